// Customer service hands the case back with a proposed solution (refund, redelivery, replacement, explanation
// or none, with text). Only after this may the owner resolve the case (see assert-resolvable.ts).
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { actorOf, recordAudit } from "../audit/record-audit";
import { conflict } from "../errors/domain-errors";
import { returnCaseToOwner } from "./hand-back";
import { loadEscalation } from "./load-escalation";
import type { SOLUTION_KINDS } from "./schemas";

export async function proposeSolution(
  prisma: PrismaClient,
  member: Member,
  escalationId: string,
  solution: { kind: (typeof SOLUTION_KINDS)[number]; text: string },
) {
  const esc = await loadEscalation(prisma, member, escalationId);
  if (esc.status !== "IN_PROGRESS") {
    throw conflict("invalid_escalation_transition", esc.status === "PENDING" ? "Pick the escalation up before proposing a solution." : "This escalation was already handed back.");
  }
  return prisma.$transaction(async (tx) => {
    const won = await tx.escalation.updateMany({
      where: { id: esc.id, status: "IN_PROGRESS" },
      data: { status: "DONE", solutionKind: solution.kind, resolution: solution.text, resolvedAt: new Date() },
    });
    if (won.count === 0) throw conflict("invalid_escalation_transition", "This escalation was already handed back.");
    await recordAudit(tx, {
      workspaceId: esc.case.workspaceId, action: "ESCALATION_SOLUTION_PROPOSED", actor: actorOf(member), caseId: esc.caseId,
      entityType: "escalation", entityId: esc.id, data: { kind: solution.kind, text: solution.text },
    });
    await returnCaseToOwner(tx, member, esc, { kind: "ESCALATION_HANDED_BACK", data: { solution: solution.kind } });
    return tx.escalation.findUniqueOrThrow({ where: { id: esc.id } });
  });
}
