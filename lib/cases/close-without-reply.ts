// "No reply needed" (issue #26 item 4): closes a case nobody needs to answer — praise, bot spam, off-topic, a
// duplicate — with its reason, so it leaves the Late view and does not count as a missed first response.
// Scoped load → permission → state check → one transaction with the audit event.
// Contract: refused (409) on a case that reads as a complaint (./reads-as-complaint.ts) unless its author is
// marked troll or spam (a mark that takes a lead's approval on open complaints), on an escalated case, and on a
// case already answered (close it normally). A new customer message reopens the case as usual.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { actorOf, recordAudit } from "../audit/record-audit";
import { conflict, notFound } from "../errors/domain-errors";
import { caseScopeWhere } from "./case-scope";
import { complaintWhy, unansweredComplaint } from "./unanswered-complaint";
import { onTheDesk } from "./case-status";
import type { NoReplyInput } from "./schemas";

export async function closeWithoutReply(prisma: PrismaClient, member: Member, caseId: string, input: NoReplyInput, now = new Date()) {
  assertCan(member.role, "cases.update");
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM cases WHERE id = ${caseId} FOR UPDATE`;
    const c = await tx.case.findFirst({ where: { id: caseId, ...caseScopeWhere(member) } });
    if (!c) throw notFound("Case");
    if (!onTheDesk(c.status)) throw conflict("invalid_transition", `A ${c.status.toLowerCase()} case cannot be closed as "no reply needed".`);
    if (c.firstRespondedAt) throw conflict("already_answered", "This case was answered: resolve or close it normally.");
    const reading = await unansweredComplaint(tx, c);
    if (reading) {
      throw conflict("reads_as_complaint", `This case reads as a complaint: ${complaintWhy(reading, c.sentiment)}. Answer it or escalate it; "no reply needed" is for praise, spam, off-topic messages and duplicates.`, { problem: reading.problem, sentiment: c.sentiment });
    }
    const updated = await tx.case.update({ where: { id: caseId }, data: { status: "CLOSED", closedAt: now, noReplyReason: input.reason } });
    await recordAudit(tx, {
      workspaceId: c.workspaceId, action: "CASE_STATUS_CHANGED", actor: actorOf(member), caseId, entityType: "case", entityId: caseId,
      data: { from: c.status, to: "CLOSED", reason: "no_reply_needed", noReplyReason: input.reason, ...(input.note ? { note: input.note } : {}) },
    });
    return updated;
  });
}
