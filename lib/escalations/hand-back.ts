// Hand-back, shared by "propose a solution" and "return as not ours": the escalation is closed on customer
// service's side, the case comes back to its owner's queue (OPEN) and the owner is told. Resolution stays the
// owner's move, after the customer's word (R6).
import type { Prisma } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { actorOf, recordAudit } from "../audit/record-audit";
import { notify } from "../notifications/notify";
import { caseOwnerIds } from "../notifications/recipients";
import type { LoadedEscalation } from "./load-escalation";

export async function returnCaseToOwner(
  tx: Prisma.TransactionClient,
  member: Member,
  esc: LoadedEscalation,
  notice: { kind: "ESCALATION_HANDED_BACK" | "ESCALATION_RETURNED"; data: Prisma.InputJsonObject },
) {
  const stillOpen = await tx.escalation.count({ where: { caseId: esc.caseId, status: { in: ["PENDING", "IN_PROGRESS"] } } });
  if (stillOpen === 0 && esc.case.status === "ESCALATED") {
    await tx.case.update({ where: { id: esc.caseId }, data: { status: "OPEN" } });
    await recordAudit(tx, {
      workspaceId: esc.case.workspaceId, action: "CASE_STATUS_CHANGED", actor: actorOf(member), caseId: esc.caseId,
      entityType: "case", entityId: esc.caseId, data: { from: "ESCALATED", to: "OPEN", reason: "handed_back" },
    });
  }
  await notify(tx, esc.case.workspaceId, (await caseOwnerIds(tx, esc.caseId)).map((userId) => ({
    userId, kind: notice.kind, caseId: esc.caseId, data: { number: esc.case.number, actor: member.name, ...notice.data },
  })), member.userId);
}
