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
    // Not before its time: a stray job must not send before the platform's rate-limit reset or the backoff.
    where: { id: messageId, direction: "OUTBOUND", deliveryStatus: "QUEUED", OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: now } }] },
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
  let sent: { externalId: string };
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
      // A private answer to a review follows a private message of another case (lib/outbound/private-route.ts):
      // the platform's window runs from that message, not from this case's last one.
      lastCustomerMessageAt: m.parent.caseId === m.caseId ? (m.case.lastInboundAt ?? m.parent.platformCreatedAt) : m.parent.platformCreatedAt,
      inReplyToCreatedAt: m.parent.platformCreatedAt,
    };
    sent =
      m.visibility === "PRIVATE" ? await connector.sendPrivateReply(ctx, reply) : await connector.sendPublicReply(ctx, reply);
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
  // Sent: from here on, no error may lead to sending again. The record is retried on its own.
  await recordSent(prisma, m, attempt, sent.externalId, now);
  return { outcome: "sent", externalId: sent.externalId };
}

type Claimed = { id: string; caseId: string; workspaceId: string; automated: boolean; case: { openedAt: Date; firstRespondedAt: Date | null } };
const RECORD_RETRIES = 5;

/**
 * Records a successful send. The platform id may already be stored: normally by the echo of this very reply,
 * which ingestion attaches to it (same id: no conflict); if an older echo was stored as a message of its own,
 * the unique key refuses the id here, and the reply is recorded as sent without it rather than sent again.
 */
async function recordSent(prisma: PrismaClient, m: Claimed, attempt: number, externalId: string, now: Date) {
  for (let i = 1; ; i++) {
    try {
      await writeSent(prisma, m, attempt, externalId, now);
      return;
    } catch (err) {
      if ((err as { code?: string }).code === "P2002") {
        log.warn("delivery.echo_stored_separately", { messageId: m.id, externalId });
        await writeSent(prisma, m, attempt, null, now);
        return;
      }
      log.error("delivery.record_failed", { messageId: m.id, attempt: i, reason: (err as Error).message.split("\n").pop() });
      // Still SENDING: the sweeper takes it back only after the lease, by which time the database is back.
      if (i >= RECORD_RETRIES) throw err;
      await new Promise((r) => setTimeout(r, 200 * 2 ** i));
    }
  }
}

async function writeSent(prisma: PrismaClient, m: Claimed, attempt: number, externalId: string | null, now: Date) {
  await prisma.$transaction(async (tx) => {
    await tx.message.update({
      where: { id: m.id },
      data: { deliveryStatus: "SENT", externalId, deliveredAt: now, deliveryError: null, nextAttemptAt: null },
    });
    await tx.deliveryAttempt.create({ data: { messageId: m.id, attempt, outcome: "SENT" } });
    // A rule's automatic acknowledgement is not an answer: the first-response clock runs on (R2, issue #22).
    const firstResponse = m.automated ? {} : firstResponseFields(m.case, now);
    if (Object.keys(firstResponse).length > 0) await tx.case.update({ where: { id: m.caseId }, data: firstResponse });
    await recordAudit(tx, {
      workspaceId: m.workspaceId, action: "REPLY_SENT", actor: SYSTEM, caseId: m.caseId,
      entityType: "message", entityId: m.id, data: { attempt, externalId },
    });
  });
}
