// The owner marks a promise kept. Nothing is deleted: the follow-up becomes DONE, with its audit event.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { actorOf, recordAudit } from "../audit/record-audit";
import { conflict, notFound } from "../errors/domain-errors";
import { caseScopeWhere } from "../cases/case-scope";

export async function completeFollowUp(prisma: PrismaClient, member: Member, followUpId: string) {
  assertCan(member.role, "cases.update");
  const f = await prisma.followUp.findFirst({ where: { id: followUpId, case: caseScopeWhere(member) } });
  if (!f) throw notFound("Follow-up");
  if (f.status === "DONE") throw conflict("already_done", "This follow-up is already done.");
  if (f.status === "CANCELLED") throw conflict("follow_up_not_open", "This promise was withdrawn.");
  return prisma.$transaction(async (tx) => {
    const updated = await tx.followUp.update({ where: { id: f.id }, data: { status: "DONE", doneAt: new Date() } });
    await recordAudit(tx, { workspaceId: f.workspaceId, action: "FOLLOW_UP_DONE", actor: actorOf(member), caseId: f.caseId, entityType: "case", entityId: f.caseId, data: { phrase: f.phrase } });
    return updated;
  });
}
