// Stores a reply as QUEUED (it exists before any platform call, so an outage can delay it but never lose
// it), with its audit event, then hands it to the delivery job after commit (lib/jobs/after-commit.ts; the outbox
// sweep delivers it if that hand-over fails).
import { PUBLIC_ONLY_PLATFORMS, type PlatformId } from "../connectors/platforms";
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { recordAudit, actorOf } from "../audit/record-audit";
import { mayReplyPublicly } from "./public-reply-rule";
import { conflict, invalid, notFound } from "../errors/domain-errors";
import { measureDraft } from "../composer/check-draft";
import { caseScopeWhere } from "../cases/case-scope";
import type { ReplyInput } from "./schemas";
import { privateRouteFor } from "./private-route";
import { enforceSendGuards } from "../guards/enforce-send-guards";
import { trackPromise } from "../followups/track-promise";
import { transactionThen, type EnqueueDelivery } from "../jobs/after-commit";

export type Enqueue = EnqueueDelivery;

export async function queueReply(
  prisma: PrismaClient,
  member: Member,
  caseId: string,
  input: ReplyInput,
  enqueue: Enqueue,
  /** Set by the approval flow (lib/guards/decide-draft-approval.ts): the lead who approved this text. */
  approvedBy?: string,
) {
  assertCan(member.role, "cases.reply");
  const c = await prisma.case.findFirst({ where: { id: caseId, ...caseScopeWhere(member) }, include: { channel: true, workspace: { select: { assignOnReply: true } } } });
  if (!c) throw notFound("Case");
  if (input.visibility === "public" && member.role === "CUSTOMER_SERVICE") {
    const escalations = await prisma.escalation.findMany({ where: { caseId }, select: { status: true, assigneeId: true } });
    if (!mayReplyPublicly(member.role, member.userId, escalations)) {
      throw conflict("public_reply_not_picked_up", "Customer service answers in public only on a case it has picked up: pick it up first, or reply privately.");
    }
  }
  // A review or a video comment has no private channel: a private answer follows the customer's private messages
  // on another of our channels (./private-route.ts), or is refused now rather than stored and refused by the platform.
  const elsewhere = input.visibility === "private" && PUBLIC_ONLY_PLATFORMS.includes(c.channel.platform as PlatformId)
    ? await privateRouteFor(prisma, c) : undefined;
  if (elsewhere === null) {
    throw conflict("no_private_channel", `${c.channel.platform} has no private messages and this customer has not written to us privately elsewhere: invite them to, in public.`);
  }
  const target = await prisma.message.findFirst({
    where: elsewhere ? { id: elsewhere.messageId } : {
      caseId,
      direction: "INBOUND",
      ...(input.inReplyToMessageId ? { id: input.inReplyToMessageId } : {}),
      // A public answer goes under a public comment or mention; a private one may follow either.
      ...(input.visibility === "public" ? { visibility: "PUBLIC" } : {}),
    },
    orderBy: { platformCreatedAt: "desc" },
  });
  if (!target) {
    throw conflict(
      "no_target",
      input.visibility === "public"
        ? "This case has no public message to answer under: reply privately."
        : "This case has no customer message to answer.",
    );
  }
  // The platform's own limit (X's 280 weighted characters in public, Instagram's 1,000 in private…), as the
  // composer counts it: refused here rather than stored and then refused for good by the platform.
  const platform = elsewhere?.platform ?? c.channel.platform;
  const { length, limit } = measureDraft(input.text, { platform, visibility: input.visibility });
  if (length > limit) throw invalid("too_long", `This reply is ${length} characters long; ${platform} accepts ${limit} here.`, { length, limit });
  // Tact and safety guards (issue 9): refuses a `high` finding without an override or an approval.
  const recordGuardOverride = await enforceSendGuards(prisma, member, c, { ...input, approvedBy });
  const isX = c.channel.platform === "X";
  const kind = input.visibility === "private" ? "DM" : isX ? "MENTION" : "COMMENT";
  const now = new Date();
  const message = await transactionThen(prisma, async (tx, afterCommit) => {
    const m = await tx.message.create({
      data: {
        workspaceId: c.workspaceId,
        caseId,
        channelId: target.channelId,
        threadId: target.threadId,
        parentId: target.id,
        parentExternalId: target.externalId,
        direction: "OUTBOUND",
        visibility: input.visibility === "private" ? "PRIVATE" : "PUBLIC",
        kind,
        authorUserId: member.userId,
        body: input.text,
        platformCreatedAt: now,
        deliveryStatus: "QUEUED",
        nextAttemptAt: now,
      },
    });
    // Answering opens a new case; conditional on the status in the database, not on what was read above.
    const opened = await tx.case.updateMany({ where: { id: caseId, status: "NEW" }, data: { status: "OPEN" } });
    if (opened.count > 0) {
      await recordAudit(tx, {
        workspaceId: c.workspaceId, action: "CASE_STATUS_CHANGED", actor: actorOf(member), caseId,
        entityType: "case", entityId: caseId, data: { from: "NEW", to: "OPEN", reason: "reply_queued" },
      });
    }
    // Whoever answers an unassigned case owns it (a workspace setting, on by default), so the per-agent figures
    // credit them; customer service is left out, its work being assigned through the escalation. Conditional on the
    // database's value: a colleague assigning the case meanwhile wins.
    if (c.workspace.assignOnReply && member.role !== "CUSTOMER_SERVICE" && !c.assigneeId) {
      const took = await tx.case.updateMany({ where: { id: caseId, assigneeId: null }, data: { assigneeId: member.userId } });
      if (took.count > 0) {
        await recordAudit(tx, {
          workspaceId: c.workspaceId, action: "CASE_ASSIGNED", actor: actorOf(member), caseId, entityType: "case", entityId: caseId,
          data: { fromUser: null, toUser: member.userId, fromTeam: c.teamId, toTeam: c.teamId, reason: "replied" },
        });
      }
    }
    await recordAudit(tx, {
      workspaceId: c.workspaceId,
      action: "REPLY_QUEUED",
      actor: actorOf(member),
      caseId,
      entityType: "message",
      entityId: m.id,
      data: { visibility: m.visibility, inReplyTo: target.id },
    });
    if (recordGuardOverride) await recordGuardOverride(tx, m.id);
    afterCommit("deliver reply", () => enqueue(m.id));
    return m;
  });
  await trackPromise(prisma, message.id); // a promise in the reply becomes a follow-up (issue 8)
  return message;
}
