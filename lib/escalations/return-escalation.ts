// Customer service returns an escalation as not theirs, with a reason; the case goes back to its owner.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { actorOf, recordAudit } from "../audit/record-audit";
import { conflict } from "../errors/domain-errors";
import { returnCaseToOwner } from "./hand-back";
import { loadEscalation } from "./load-escalation";

export async function returnEscalation(prisma: PrismaClient, member: Member, escalationId: string, reason: string) {
  const esc = await loadEscalation(prisma, member, escalationId);
  if (esc.status !== "PENDING" && esc.status !== "IN_PROGRESS") {
    throw conflict("invalid_escalation_transition", "This escalation was already handed back.");
  }
  return prisma.$transaction(async (tx) => {
    const won = await tx.escalation.updateMany({
      where: { id: esc.id, status: { in: ["PENDING", "IN_PROGRESS"] } },
      data: { status: "RETURNED", returnReason: reason, resolvedAt: new Date() },
    });
    if (won.count === 0) throw conflict("invalid_escalation_transition", "This escalation was already handed back.");
    await recordAudit(tx, {
      workspaceId: esc.case.workspaceId, action: "ESCALATION_RETURNED", actor: actorOf(member), caseId: esc.caseId,
      entityType: "escalation", entityId: esc.id, data: { reason },
    });
    await returnCaseToOwner(tx, member, esc, { kind: "ESCALATION_RETURNED", data: { reason } });
    return tx.escalation.findUniqueOrThrow({ where: { id: esc.id } });
  });
}
