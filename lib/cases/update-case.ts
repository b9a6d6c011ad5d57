// Applies one CasePatch: scoped load → permission → state machine → one transaction with an audit event per
// changed aspect (the audit trigger also notifies live clients at commit) → after commit, a resolve's satisfaction
// question goes to delivery (lib/jobs/after-commit.ts), whichever edge called: route, action or bulk.
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { CaseStatus } from "../generated/prisma/enums";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { actorOf, recordAudit } from "../audit/record-audit";
import { conflict, invalid, notFound } from "../errors/domain-errors";
import { caseScopeWhere } from "./case-scope";
import { canTransition } from "./case-state-machine";
import { complaintWhy, unansweredComplaint } from "./unanswered-complaint";
import type { CasePatch } from "./schemas";
import { assertResolvable } from "../escalations/assert-resolvable";
import { openConfirmation } from "../resolution/open-confirmation";
import { notify } from "../notifications/notify";
import { transactionThen, type EnqueueDelivery } from "../jobs/after-commit";
import { runRules } from "../automation/run-rules";

export async function updateCase(prisma: PrismaClient, member: Member, caseId: string, patch: CasePatch, enqueueDelivery: EnqueueDelivery) {
  assertCan(member.role, "cases.update");
  if (patch.status === "ESCALATED") assertCan(member.role, "cases.escalate");
  const assigneeId = patch.assigneeId === "me" ? member.userId : patch.assigneeId;
  if (assigneeId) await assertMember(prisma, member.workspaceId, assigneeId);
  if (patch.teamId) {
    const team = await prisma.team.findFirst({ where: { id: patch.teamId, workspaceId: member.workspaceId } });
    if (!team) throw invalid("invalid_request", "Unknown team.");
  }
  const actor = actorOf(member);
  const now = new Date();
  return transactionThen(prisma, async (tx, afterCommit) => {
    // Read (and lock) the case inside the transaction: a customer's message may have reopened it a moment
    // ago, and the transition check and the audit's "from" must be about the case as it is now.
    await tx.$queryRaw`SELECT id FROM cases WHERE id = ${caseId} FOR UPDATE`;
    const c = await tx.case.findFirst({ where: { id: caseId, ...caseScopeWhere(member) }, include: { channel: true, thread: true } });
    if (!c) throw notFound("Case");
    if (patch.status && patch.status !== c.status && !canTransition(c.status, patch.status)) {
      throw conflict("invalid_transition", `A case cannot go from ${c.status} to ${patch.status}.`);
    }
    const tags = nextTags(c.tags, patch);
    const data: Prisma.CaseUpdateInput = {};
    const audit = (action: Parameters<typeof recordAudit>[1]["action"], d: Prisma.InputJsonObject) =>
      recordAudit(tx, { workspaceId: c.workspaceId, action, actor, caseId, entityType: "case", entityId: caseId, data: d });
    if (patch.status && patch.status !== c.status) {
      // R6: no resolve while customer service has not handed back; resolving asks the customer (issue 8).
      if (patch.status === "RESOLVED") await assertResolvable(tx, caseId);
      // Closing a complaint nobody answered is the seeds' "resolved when it is not": answer or escalate it (a
      // case that is not a complaint has "No reply needed", with its reason). Marked troll/spam authors excepted.
      const unanswered = patch.status === "CLOSED" ? await unansweredComplaint(tx, c) : null;
      if (unanswered) {
        throw conflict("unanswered_complaint", `This complaint was never answered: ${complaintWhy(unanswered, c.sentiment)}. Answer it or escalate it before closing it; if it is not a complaint, use "No reply needed" with its reason.`,
          { problem: unanswered.problem, sentiment: c.sentiment });
      }
      Object.assign(data, statusFields(patch.status, now));
      await audit("CASE_STATUS_CHANGED", { from: c.status, to: patch.status });
      if (patch.status === "RESOLVED") await openConfirmation(tx, c, actor, { afterCommit, enqueueDelivery }, now);
      if (patch.status === "ESCALATED") {
        const esc = await tx.escalation.create({
          data: {
            caseId, reason: "other", summary: patch.escalationReason!, createdById: member.userId,
            // The context travels with the case: customer service never sends the customer back (R10).
            context: { channel: c.channel.name, platform: c.channel.platform, post: c.thread?.permalink ?? c.thread?.text ?? null },
          },
        });
        await recordAudit(tx, { workspaceId: c.workspaceId, action: "ESCALATION_CREATED", actor, caseId, entityType: "escalation", entityId: esc.id, data: { reason: patch.escalationReason! } });
      }
    }
    if (patch.priority && patch.priority !== c.priority) {
      data.priority = patch.priority;
      await audit("CASE_PRIORITY_CHANGED", { from: c.priority, to: patch.priority });
    }
    if ((assigneeId !== undefined && assigneeId !== c.assigneeId) || (patch.teamId !== undefined && patch.teamId !== c.teamId)) {
      if (assigneeId !== undefined) data.assignee = assigneeId ? { connect: { id: assigneeId } } : { disconnect: true };
      if (patch.teamId !== undefined) data.team = patch.teamId ? { connect: { id: patch.teamId } } : { disconnect: true };
      await audit("CASE_ASSIGNED", { fromUser: c.assigneeId, toUser: assigneeId ?? c.assigneeId, fromTeam: c.teamId, toTeam: patch.teamId ?? c.teamId });
      if (assigneeId && assigneeId !== c.assigneeId) await notify(tx, c.workspaceId, [{ userId: assigneeId, kind: "ASSIGNED", caseId, data: { number: c.number, actor: member.name } }], member.userId);
    }
    if (tags && tags.join(",") !== c.tags.join(",")) {
      data.tags = tags;
      await audit("CASE_TAGS_CHANGED", { from: c.tags, to: tags });
    }
    const updated = await tx.case.update({ where: { id: caseId }, data });
    // Rules on a person's change of status, priority or owner (issue #22); a rule's own changes trigger none.
    if (data.status || data.priority || data.assignee || data.team) {
      afterCommit("rules on change", () => runRules(prisma, c.workspaceId, ["CASE_CHANGED"], [{ caseId, eventKey: `change:${now.getTime()}` }], { enqueueDelivery }));
    }
    return updated;
  });
}

// Any status a person sets here ends a "no reply needed" closing (./close-without-reply.ts): the case is then
// counted like any other in the SLA figures.
function statusFields(to: CaseStatus, now: Date): Prisma.CaseUpdateInput {
  if (to === "RESOLVED") return { status: to, resolvedAt: now, noReplyReason: null };
  if (to === "CLOSED") return { status: to, closedAt: now, noReplyReason: null };
  return { status: to, resolvedAt: null, closedAt: null, noReplyReason: null };
}

function nextTags(current: string[], patch: CasePatch): string[] | undefined {
  if (patch.tags) return [...new Set(patch.tags)].sort();
  if (!patch.addTags && !patch.removeTags) return undefined;
  const set = new Set(current);
  for (const t of patch.addTags ?? []) set.add(t);
  for (const t of patch.removeTags ?? []) set.delete(t);
  return [...set].sort();
}

async function assertMember(prisma: PrismaClient, workspaceId: string, userId: string) {
  const m = await prisma.membership.findFirst({ where: { workspaceId, userId } });
  if (!m) throw invalid("invalid_request", "The assignee is not a member of this workspace.");
}
