// Delivers one queued reply. Claims it atomically (QUEUED → SENDING), so several workers never send the same
// message; records every attempt; ends SENT (with the platform id), back to QUEUED for a retry, or FAILED
// with the platform's reason. A dead token marks the channel disconnected.
import type { PrismaClient } from "../generated/prisma/client";
import { recordAudit, SYSTEM } from "../audit/record-audit";
import { contextOf } from "../channels/channel-context";
import { markChannelDisconnected } from "../channels/mark-channel-disconnected";
import { ConnectorError, type OutgoingReply } from "../connectors/connector";
import { log } from "../log";
import { firstResponseFields } from "../cases/first-response";
import { nextAttemptAt } from "./backoff";

export type DeliveryOutcome =
  | { outcome: "sent"; externalId: string }
  | { outcome: "retry"; retryAt: Date }
  | { outcome: "failed"; reason: string }
  | { outcome: "skipped" };

/** How long a worker may hold a message in SENDING before the sweeper assumes it died mid-call. */
export const SENDING_LEASE_MS = 2 * 60_000;

export async function deliverMessage(prisma: PrismaClient, messageId: string, now = new Date()): Promise<DeliveryOutcome> {
  const claimed = await prisma.message.updateMany({
    where: { id: messageId, direction: "OUTBOUND", deliveryStatus: "QUEUED" },
    data: {
      deliveryStatus: "SENDING",
      attemptCount: { increment: 1 },
      nextAttemptAt: new Date(now.getTime() + SENDING_LEASE_MS),
    },
  });
  if (claimed.count === 0) return { outcome: "skipped" };
  const m = await prisma.message.findUniqueOrThrow({
    where: { id: messageId },
    include: { channel: true, parent: { include: { authorIdentity: true, thread: { select: { externalId: true } } } }, case: true },
  });
  const attempt = m.attemptCount;
  try {
    if (!m.parent?.externalId) throw new ConnectorError("The message answered has no platform id.", { retryable: false });
    if (m.channel.status === "DISCONNECTED") {
      throw new ConnectorError("The channel is disconnected: reconnect it, then retry.", { retryable: false });
    }
    const { connector, ctx } = contextOf(m.channel);
    const reply: OutgoingReply = {
      text: m.body,
      inReplyToExternalId: m.parent.externalId,
      inReplyToKind: m.parent.kind === "NOTE" ? "COMMENT" : m.parent.kind,
      ...(m.parent.thread ? { inReplyToThreadExternalId: m.parent.thread.externalId } : {}),
      recipientPlatformUserId: m.parent.authorIdentity?.platformUserId ?? "",
      lastCustomerMessageAt: m.case.lastInboundAt ?? m.parent.platformCreatedAt,
    };
    const sent =
      m.visibility === "PRIVATE" ? await connector.sendPrivateReply(ctx, reply) : await connector.sendPublicReply(ctx, reply);
    await prisma.$transaction(async (tx) => {
      await tx.message.update({
        where: { id: m.id },
        data: { deliveryStatus: "SENT", externalId: sent.externalId, deliveredAt: now, deliveryError: null, nextAttemptAt: null },
      });
      await tx.deliveryAttempt.create({ data: { messageId: m.id, attempt, outcome: "SENT" } });
      const firstResponse = firstResponseFields(m.case, now);
      if (Object.keys(firstResponse).length > 0) await tx.case.update({ where: { id: m.caseId }, data: firstResponse });
      await recordAudit(tx, {
        workspaceId: m.workspaceId, action: "REPLY_SENT", actor: SYSTEM, caseId: m.caseId,
        entityType: "message", entityId: m.id, data: { attempt, externalId: sent.externalId },
      });
    });
    return { outcome: "sent", externalId: sent.externalId };
  } catch (err) {
    const e = err instanceof ConnectorError ? err : new ConnectorError(`Unexpected error: ${(err as Error).message}`, { retryable: true });
    log.warn("delivery.attempt_failed", { messageId, attempt, retryable: e.retryable, code: e.platformCode, status: e.httpStatus, reason: e.message });
    const attemptRow = { messageId: m.id, attempt, httpStatus: e.httpStatus ?? null, errorCode: e.platformCode ?? null, errorMessage: e.message };
    if (e.retryable) {
      const retryAt = nextAttemptAt(attempt, now, e.retryAt);
      await prisma.$transaction([
        prisma.deliveryAttempt.create({ data: { ...attemptRow, outcome: "RETRYABLE_ERROR", retryAt } }),
        prisma.message.update({ where: { id: m.id }, data: { deliveryStatus: "QUEUED", deliveryError: e.message, nextAttemptAt: retryAt } }),
      ]);
      return { outcome: "retry", retryAt };
    }
    await prisma.$transaction(async (tx) => {
      await tx.deliveryAttempt.create({ data: { ...attemptRow, outcome: "PERMANENT_ERROR" } });
      await tx.message.update({ where: { id: m.id }, data: { deliveryStatus: "FAILED", deliveryError: e.message, nextAttemptAt: null } });
      await recordAudit(tx, {
        workspaceId: m.workspaceId, action: "REPLY_FAILED", actor: SYSTEM, caseId: m.caseId,
        entityType: "message", entityId: m.id, data: { attempt, reason: e.message, code: e.platformCode ?? null },
      });
    });
    if (e.tokenInvalid) await markChannelDisconnected(prisma, m.channel.id, e.message);
    return { outcome: "failed", reason: e.message };
  }
}
