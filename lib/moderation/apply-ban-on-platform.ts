// Sends a committed ban to the platform (blocks the person from the Page / account), the way replies are
// delivered (lib/outbound/deliver-message.ts): the ban row exists first (PENDING), a job calls the connector,
// every attempt ends in an audit event, and a retryable failure (5xx, timeout, rate limit) only moves the next
// attempt (backoff or the platform's reset): an outage delays the block, it never drops it. Claimed
// atomically with a lease, so two workers never send the same ban and a worker that dies gives it back.
import type { PrismaClient } from "../generated/prisma/client";
import { recordAudit, SYSTEM } from "../audit/record-audit";
import { contextOf } from "../channels/channel-context";
import { markChannelDisconnected } from "../channels/mark-channel-disconnected";
import { ConnectorError } from "../connectors/connector";
import { log } from "../log";
import { nextAttemptAt } from "../outbound/backoff";

export type BanPlatformOutcome =
  | { outcome: "done" }
  | { outcome: "retry"; retryAt: Date }
  | { outcome: "failed"; reason: string }
  | { outcome: "skipped" };

/** How long an attempt may run before the sweep hands the ban to another worker. */
export const BAN_LEASE_MS = 2 * 60_000;

export async function applyBanOnPlatform(prisma: PrismaClient, banId: string, now = new Date()): Promise<BanPlatformOutcome> {
  const claimed = await prisma.ban.updateMany({
    where: {
      id: banId,
      platformStatus: "PENDING",
      liftedAt: null,
      OR: [{ platformNextAttemptAt: null }, { platformNextAttemptAt: { lte: now } }],
    },
    data: { platformAttempts: { increment: 1 }, platformNextAttemptAt: new Date(now.getTime() + BAN_LEASE_MS) },
  });
  if (claimed.count === 0) return { outcome: "skipped" };
  const ban = await prisma.ban.findUniqueOrThrow({ where: { id: banId }, include: { identity: { include: { channel: true } } } });
  const { identity } = ban;
  const attempt = ban.platformAttempts;
  const audit = { workspaceId: ban.workspaceId, actor: SYSTEM, entityType: "ban", entityId: ban.id } as const;
  try {
    if (identity.channel.status === "DISCONNECTED") {
      throw new ConnectorError("The channel is disconnected: reconnect it, then ban again.", { retryable: false });
    }
    const { connector, ctx } = contextOf(identity.channel);
    if (!connector.blockUser) throw new ConnectorError("This platform offers no way to block from the inbox.", { retryable: false });
    // Facebook names Messenger senders (PSIDs) and commenters differently; an identity is one or the other.
    const dms = await prisma.message.count({ where: { authorIdentityId: identity.id, kind: "DM" } });
    await connector.blockUser(ctx, { platformUserId: identity.platformUserId, via: dms > 0 ? "private" : "public" });
  } catch (err) {
    const e = err instanceof ConnectorError ? err : new ConnectorError(`Unexpected error: ${(err as Error).message}`, { retryable: true });
    log.warn("ban.platform_attempt_failed", { banId, attempt, retryable: e.retryable, status: e.httpStatus, reason: e.message });
    const data = { identityId: identity.id, channelId: identity.channelId, attempt, reason: e.message, status: e.httpStatus ?? null, code: e.platformCode ?? null };
    if (e.retryable) {
      const retryAt = nextAttemptAt(attempt, now, e.retryAt);
      await prisma.$transaction(async (tx) => {
        await tx.ban.update({ where: { id: ban.id }, data: { platformNextAttemptAt: retryAt, platformError: e.message } });
        await recordAudit(tx, { ...audit, action: "BAN_PLATFORM_RETRY", data: { ...data, retryAt: retryAt.toISOString() } });
      });
      return { outcome: "retry", retryAt };
    }
    await prisma.$transaction(async (tx) => {
      await tx.ban.update({ where: { id: ban.id }, data: { platformStatus: "FAILED", platformNextAttemptAt: null, platformError: e.message } });
      await recordAudit(tx, { ...audit, action: "BAN_PLATFORM_FAILED", data });
    });
    if (e.tokenInvalid) await markChannelDisconnected(prisma, identity.channelId, e.message);
    return { outcome: "failed", reason: e.message };
  }
  await prisma.$transaction(async (tx) => {
    await tx.ban.update({
      where: { id: ban.id },
      data: { platformStatus: "DONE", platformDoneAt: now, platformNextAttemptAt: null, platformError: null },
    });
    await recordAudit(tx, { ...audit, action: "BAN_APPLIED_ON_PLATFORM", data: { identityId: identity.id, channelId: identity.channelId, attempt } });
  });
  return { outcome: "done" };
}

/** Bans due on the platform: never sent, due for a retry, or whose attempt outlived its lease. */
export async function dueBans(prisma: PrismaClient, now = new Date()): Promise<string[]> {
  const due = await prisma.ban.findMany({
    where: { platformStatus: "PENDING", liftedAt: null, OR: [{ platformNextAttemptAt: null }, { platformNextAttemptAt: { lte: now } }] },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: 500,
  });
  return due.map((b) => b.id);
}
