// A customer-service agent takes an escalation: it is theirs, its pick-up clock stops, the owner is told.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { actorOf, recordAudit } from "../audit/record-audit";
import { conflict } from "../errors/domain-errors";
import { notify } from "../notifications/notify";
import { caseOwnerIds } from "../notifications/recipients";
import { loadEscalation } from "./load-escalation";

export async function pickUpEscalation(prisma: PrismaClient, member: Member, escalationId: string) {
  const esc = await loadEscalation(prisma, member, escalationId);
  if (esc.status !== "PENDING") {
    throw conflict("invalid_escalation_transition", esc.status === "IN_PROGRESS" ? "Someone already picked this escalation up." : "This escalation was already handed back.");
  }
  const ws = esc.case.workspaceId;
  return prisma.$transaction(async (tx) => {
    // Conditional update: two agents clicking at once cannot both get it.
    const won = await tx.escalation.updateMany({
      where: { id: esc.id, status: "PENDING" },
      data: { status: "IN_PROGRESS", assigneeId: member.userId, pickedUpAt: new Date() },
    });
    if (won.count === 0) throw conflict("invalid_escalation_transition", "Someone already picked this escalation up.");
    await recordAudit(tx, { workspaceId: ws, action: "ESCALATION_PICKED_UP", actor: actorOf(member), caseId: esc.caseId, entityType: "escalation", entityId: esc.id, data: { by: member.name } });
    await notify(tx, ws, (await caseOwnerIds(tx, esc.caseId)).map((userId) => ({
      userId, kind: "ESCALATION_PICKED_UP", caseId: esc.caseId, data: { number: esc.case.number, actor: member.name },
    })), member.userId);
    return tx.escalation.findUniqueOrThrow({ where: { id: esc.id } });
  });
}
