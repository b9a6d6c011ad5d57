// One polling sweep of a channel: everything new since the stored cursor (a 7-day backfill on the first
// sweep) goes through the same idempotent ingestion as webhooks; the cursor moves only after the events
// are committed, so a crash repeats a sweep instead of skipping one.
import type { PrismaClient } from "../generated/prisma/client";
import { contextOf } from "../channels/channel-context";
import { markChannelDisconnected } from "../channels/mark-channel-disconnected";
import { ConnectorError } from "../connectors/connector";
import { ingestEvents } from "../ingest/ingest-events";
import { log } from "../log";

export const BACKFILL_DAYS = 7;

export async function pollChannel(prisma: PrismaClient, channelId: string, now = new Date()) {
  const channel = await prisma.channel.findUniqueOrThrow({ where: { id: channelId } });
  if (channel.status !== "ACTIVE" || channel.kind === "DEMO") return { skipped: true as const };
  // A spent quota: asking again before it resets only spends the next day's units on refusals.
  if (channel.pollPausedUntil && channel.pollPausedUntil > now) return { skipped: true as const };
  const { connector, ctx } = contextOf(channel);
  try {
    const { events, cursor } = await connector.fetchSince(ctx, channel.pollCursor, {
      backfillSince: new Date(now.getTime() - BACKFILL_DAYS * 86_400_000),
    });
    const summary = await ingestEvents(prisma, channelId, events);
    await prisma.channel.update({
      where: { id: channelId },
      data: { pollCursor: (cursor ?? null) as never, lastPollAt: now, lastError: null, lastErrorAt: null, pollPausedUntil: null },
    });
    return { skipped: false as const, ...summary };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    log.warn("poll.failed", { channelId, reason });
    if (err instanceof ConnectorError && err.tokenInvalid) {
      await markChannelDisconnected(prisma, channelId, reason);
    } else {
      // A quota refusal says when it resets: polling pauses until then, and the Channels page says why.
      const pausedUntil = err instanceof ConnectorError && err.platformCode === "quotaExceeded" && err.retryAt ? err.retryAt : null;
      await prisma.channel.update({ where: { id: channelId }, data: { lastError: reason, lastErrorAt: now, lastPollAt: now, pollPausedUntil: pausedUntil } });
    }
    throw err;
  }
}
