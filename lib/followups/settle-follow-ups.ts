// What becomes of a case's open promises when it is resolved (issue #26 item 6): each is marked done (kept),
// left open (still to keep: it stays under "My promises to keep"), or cancelled with a reason — never dropped
// silently. One transaction; every change audited. Nothing is deleted: a cancelled promise keeps its text.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { actorOf, recordAudit } from "../audit/record-audit";
import { conflict, invalid, notFound } from "../errors/domain-errors";
import { caseScopeWhere } from "../cases/case-scope";
import type { FollowUpDecision } from "./schemas";

export async function settleFollowUps(prisma: PrismaClient, member: Member, caseId: string, decisions: FollowUpDecision[], now = new Date()) {
  assertCan(member.role, "cases.update");
  const c = await prisma.case.findFirst({ where: { id: caseId, ...caseScopeWhere(member) }, select: { id: true, workspaceId: true } });
  if (!c) throw notFound("Case");
  return prisma.$transaction(async (tx) => {
    const open = await tx.followUp.findMany({ where: { caseId, status: "OPEN" } });
    for (const d of decisions) {
      const f = open.find((x) => x.id === d.id);
      if (!f) throw conflict("follow_up_not_open", "This promise is not open on this case any more: reload the page.");
      if (d.action === "keep") continue;
      if (d.action === "done") {
        await tx.followUp.update({ where: { id: f.id }, data: { status: "DONE", doneAt: now } });
        await recordAudit(tx, { workspaceId: c.workspaceId, action: "FOLLOW_UP_DONE", actor: actorOf(member), caseId, entityType: "case", entityId: caseId, data: { phrase: f.phrase } });
      } else {
        if (!d.reason) throw invalid("reason_required", "Say why the promise is withdrawn.");
        await tx.followUp.update({ where: { id: f.id }, data: { status: "CANCELLED", cancelledAt: now, cancelReason: d.reason } });
        await recordAudit(tx, { workspaceId: c.workspaceId, action: "FOLLOW_UP_CANCELLED", actor: actorOf(member), caseId, entityType: "case", entityId: caseId, data: { phrase: f.phrase, reason: d.reason } });
      }
    }
    return tx.followUp.findMany({ where: { caseId }, orderBy: { createdAt: "asc" } });
  });
}

/** One promise withdrawn on its own (PATCH /api/v1/follow-ups/{id} { status: "CANCELLED", reason }). */
export async function cancelFollowUp(prisma: PrismaClient, member: Member, followUpId: string, reason: string) {
  const f = await prisma.followUp.findFirst({ where: { id: followUpId, case: caseScopeWhere(member) }, select: { id: true, caseId: true, status: true } });
  if (!f) throw notFound("Follow-up");
  if (f.status !== "OPEN") throw conflict("follow_up_not_open", `This promise is already ${f.status.toLowerCase()}.`);
  const all = await settleFollowUps(prisma, member, f.caseId, [{ id: f.id, action: "cancel", reason }]);
  return all.find((x) => x.id === f.id)!;
}
