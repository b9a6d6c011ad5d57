// Hands a case to customer service with its context (R10): reason, summary, references and the private channel
// to reach the customer, so nobody sends them back to the number that failed them. The case becomes ESCALATED
// and keeps its owner (R6); the escalation has its own assignee and its own clocks (pick-up, solution).
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { actorOf, recordAudit } from "../audit/record-audit";
import { conflict, invalid, notFound } from "../errors/domain-errors";
import { caseScopeWhere } from "../cases/case-scope";
import { canTransition } from "../cases/case-state-machine";
import { notify } from "../notifications/notify";
import { escalationAudienceIds } from "../notifications/recipients";
import { getEscalationRoutes } from "./escalation-routes";
import type { EscalateInput } from "./schemas";

const PRIVATE_CHANNEL = { FACEBOOK: "Messenger", X: "X DM", INSTAGRAM: "Instagram Direct" } as Record<string, string>;

export async function escalateCase(prisma: PrismaClient, member: Member, caseId: string, input: EscalateInput) {
  assertCan(member.role, "cases.escalate");
  const c = await prisma.case.findFirst({
    where: { id: caseId, ...caseScopeWhere(member) },
    include: {
      channel: true, thread: true, workspace: true,
      contact: { include: { identities: { select: { channelId: true, handle: true, name: true, platformUserId: true } } } },
      escalations: { where: { status: { in: ["PENDING", "IN_PROGRESS"] } }, select: { id: true } },
    },
  });
  if (!c) throw notFound("Case");
  if (c.escalations.length > 0) throw conflict("already_escalated", "This case already has an escalation waiting for customer service.");
  if (c.status !== "ESCALATED" && !canTransition(c.status, "ESCALATED")) {
    throw conflict("invalid_transition", `A ${c.status} case cannot be escalated; reopen it first.`);
  }
  let teamId = input.teamId ?? null;
  if (teamId && !(await prisma.team.count({ where: { id: teamId, workspaceId: member.workspaceId, archivedAt: null, kind: "CUSTOMER_SERVICE" } }))) {
    throw invalid("unknown_team", "Unknown team: escalate to an active customer-service team.");
  }
  if (input.assigneeId) {
    const m = await prisma.membership.findFirst({ where: { workspaceId: member.workspaceId, userId: input.assigneeId, deactivatedAt: null } });
    if (!m || !["CUSTOMER_SERVICE", "TEAM_LEAD", "ADMIN"].includes(m.role)) {
      throw invalid("invalid_assignee", "The assignee must be a customer-service member of this workspace.");
    }
    teamId ??= m.teamId;
  }
  // Neither a team nor the agent's team: the workspace's default team for this reason, if it set one.
  if (input.teamId === undefined) teamId ??= (await getEscalationRoutes(prisma, member.workspaceId))[input.reason];
  const identity = c.contact.identities.find((i) => i.channelId === c.channelId);
  const now = new Date();
  const actor = actorOf(member);
  return prisma.$transaction(async (tx) => {
    const esc = await tx.escalation.create({
      data: {
        caseId, reason: input.reason, summary: input.summary, references: input.references ?? [],
        teamId, assigneeId: input.assigneeId ?? null, createdById: member.userId,
        pickUpDueAt: new Date(now.getTime() + c.workspace.escalationPickupMinutes * 60_000),
        solutionDueAt: new Date(now.getTime() + c.workspace.escalationSolutionHours * 3_600_000),
        // How to reach the customer: the case's own private channel, never "call the hotline" (R10).
        context: {
          channel: c.channel.name, platform: c.channel.platform, contactChannel: PRIVATE_CHANNEL[c.channel.platform] ?? c.channel.platform,
          customer: identity?.name ?? c.contact.displayName, handle: identity?.handle ?? null,
          post: c.thread?.permalink ?? c.thread?.text ?? null,
        },
      },
    });
    if (c.status !== "ESCALATED") {
      await tx.case.update({ where: { id: caseId }, data: { status: "ESCALATED", resolvedAt: null, closedAt: null } });
      await recordAudit(tx, { workspaceId: c.workspaceId, action: "CASE_STATUS_CHANGED", actor, caseId, entityType: "case", entityId: caseId, data: { from: c.status, to: "ESCALATED" } });
    }
    await recordAudit(tx, {
      workspaceId: c.workspaceId, action: "ESCALATION_CREATED", actor, caseId, entityType: "escalation", entityId: esc.id,
      data: { reason: input.reason, summary: input.summary, references: input.references ?? [], teamId, assigneeId: input.assigneeId ?? null },
    });
    const audience = await escalationAudienceIds(tx, c.workspaceId, esc);
    await notify(tx, c.workspaceId, audience.map((userId) => ({
      userId, kind: "ESCALATION_CREATED", caseId, data: { number: c.number, reason: input.reason, actor: member.name },
    })), member.userId);
    return esc;
  });
}
