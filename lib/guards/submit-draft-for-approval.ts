// Instead of overriding a `high` finding, the author submits the draft to a team lead, who approves it
// (it is sent) or returns it with a comment (lib/guards/decide-draft-approval.ts).
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { recordAudit, actorOf } from "../audit/record-audit";
import { notFound } from "../errors/domain-errors";
import { caseScopeWhere } from "../cases/case-scope";
import { checkGuards } from "./check-guards";
import { loadGuardContext } from "./load-guard-context";
import { findingRecord } from "./enforce-send-guards";
import { notify } from "../notifications/notify";
import { leadIds } from "../notifications/recipients";
import { emailApprovalRequest } from "../notifications/email-approval-request";
import { transactionThen } from "../jobs/after-commit";

export async function submitDraftForApproval(
  prisma: PrismaClient,
  member: Member,
  caseId: string,
  input: { text: string; visibility: "public" | "private" },
) {
  assertCan(member.role, "cases.reply");
  const c = await prisma.case.findFirst({ where: { id: caseId, ...caseScopeWhere(member) }, select: { id: true, number: true, workspaceId: true, contactId: true, threadId: true } });
  if (!c) throw notFound("Case");
  const ctx = await loadGuardContext(prisma, c, c.workspaceId);
  const warnings = checkGuards(input.text, { ...ctx, visibility: input.visibility, locale: "en" });
  return transactionThen(prisma, async (tx, afterCommit) => {
    const a = await tx.draftApproval.create({
      data: { workspaceId: c.workspaceId, caseId: c.id, authorUserId: member.userId, text: input.text, visibility: input.visibility, warnings: findingRecord(warnings) },
    });
    await recordAudit(tx, { workspaceId: c.workspaceId, action: "DRAFT_SUBMITTED", actor: actorOf(member), caseId: c.id, entityType: "draft_approval", entityId: a.id, data: { findings: findingRecord(warnings) } });
    // The leads are told at once: a held draft is a customer waiting for an answer.
    const leads = await leadIds(tx, c.workspaceId);
    await notify(tx, c.workspaceId, leads.map((userId) => ({ userId, kind: "DRAFT_APPROVAL_REQUESTED" as const, caseId: c.id, data: { number: c.number, actor: member.name } })), member.userId);
    // After commit, and only when SMTP is set (lib/mail/send-mail.ts); never fails the request.
    const others = leads.filter((id) => id !== member.userId);
    afterCommit("e-mail approval request", () => emailApprovalRequest(prisma, { workspaceId: c.workspaceId, caseId: c.id, number: c.number, actor: member.name, leadUserIds: others }));
    return a;
  });
}
