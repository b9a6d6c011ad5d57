// Ingestion of the raw delivery log. One call claims up to `limit` pending deliveries (oldest first,
// FOR UPDATE SKIP LOCKED, so any number of processes share the work), ingests all their events per channel in
// platform-time order in ONE transaction, and marks them done in that same transaction: a crash anywhere
// leaves them pending, never half-counted. If the batch fails, each delivery is processed alone (with a lease),
// so one bad delivery or one lost race never holds the others; a delivery that keeps failing is retried with
// backoff and after MAX_DELIVERY_ATTEMPTS shows as failed, with its reason, on the Channels page. What a
// delivery only references is read from the platform before the claim (complete-delivery.ts): no platform
// call inside the transaction.
import type { PrismaClient } from "../generated/prisma/client";
import type { InboundEvent } from "../connectors/types";
import { COMPLETING_KINDS } from "../connectors/registry";
import { log } from "../log";
import type { IngestedMessage } from "./after-ingest";
import { emptySummary, ingestBatch, prepareEvents, type IngestSummary } from "./ingest-batch";
import { afterBatch, BATCH_TIMEOUT_MS, ingestForChannel, reasonOf } from "./ingest-events";
import type { ChannelRef } from "./ingest-message";
import { parseDelivery, type StoredDelivery } from "./parse-delivery";
import { completePendingDeliveries, ensureCompleted } from "./complete-delivery";
import { recordDeliveryFailure } from "./delivery-failure";
import { warmChannelCache } from "../webhooks/channel-cache";

/** How long a delivery processed alone is reserved for its processor (if it dies, another takes it after). */
const LEASE_MS = 5 * 60_000;

const noWork = async () => undefined;

interface ChannelWork {
  channel: ChannelRef;
  events: InboundEvent[];
}

/**
 * `deferAfterBatch`: return the post-commit work (after-ingest handlers, health fields) as `after` instead of
 * running it, so the caller can store the next batch meanwhile (the cases are visible once committed).
 */
export async function processDeliveries(prisma: PrismaClient, opts: { limit?: number; now?: Date; deferAfterBatch?: boolean } = {}) {
  const limit = opts.limit ?? 200;
  const now = opts.now ?? new Date();
  let claimed: StoredDelivery[] = [];
  const done: { channel: ChannelRef; summary: IngestSummary; newMessages: IngestedMessage[] }[] = [];
  const channels = await warmChannelCache(prisma);
  // No query at all for workspaces without a channel whose deliveries may need it.
  if (channels.some((l) => COMPLETING_KINDS.includes(l.channel.kind))) await completePendingDeliveries(prisma, now, limit);
  try {
    await prisma.$transaction(
      async (tx) => {
        claimed = await tx.$queryRaw<StoredDelivery[]>`
          SELECT id, kind::text AS kind, "channelIds", body, attempts, completions FROM raw_deliveries
           WHERE status = 'PENDING' AND "nextAttemptAt" <= ${now}
             AND (completions IS NOT NULL OR kind::text <> ALL(${COMPLETING_KINDS}::text[]))
           ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
        if (claimed.length === 0) return;
        const work = new Map<string, ChannelWork>();
        for (const d of claimed) {
          for (const [id, part] of await parseDelivery(prisma, tx, d)) {
            const w = work.get(id) ?? { channel: part.channel, events: [] };
            w.events.push(...part.events);
            work.set(id, w);
          }
        }
        for (const w of work.values()) {
          const summary = emptySummary();
          const newMessages: IngestedMessage[] = [];
          await ingestBatch(tx, w.channel, prepareEvents(w.events), summary, newMessages);
          done.push({ channel: w.channel, summary, newMessages });
        }
        const ids = claimed.map((d) => d.id);
        await tx.$executeRaw`
          UPDATE raw_deliveries SET status = 'DONE', attempts = attempts + 1, "processedAt" = ${new Date()}, "lastError" = NULL
           WHERE id = ANY(${ids}::bigint[])`;
      },
      { timeout: BATCH_TIMEOUT_MS, maxWait: BATCH_TIMEOUT_MS },
    );
  } catch (err) {
    // The claim itself failed (database unreachable): nothing was taken; the loop backs off and tries again.
    if (claimed.length === 0) throw err;
    log.info("ingest.deliveries_fallback", { deliveries: claimed.length, reason: reasonOf(err) });
    let failed = 0;
    for (const d of claimed) if (!(await processOne(prisma, d.id, now))) failed++;
    return { claimed: claimed.length, failed, after: noWork };
  }
  const after = async () => {
    for (const d of done) await afterBatch(prisma, d.channel, d.summary, d.newMessages);
  };
  if (opts.deferAfterBatch) return { claimed: claimed.length, failed: 0, after };
  await after();
  return { claimed: claimed.length, failed: 0, after: noWork };
}

/** One delivery on its own, events one by one when needed. Returns false when it failed (and was rescheduled). */
export async function processOne(prisma: PrismaClient, id: bigint, now = new Date()): Promise<boolean> {
  const [d] = await prisma.$queryRaw<StoredDelivery[]>`
    UPDATE raw_deliveries SET "nextAttemptAt" = ${new Date(now.getTime() + LEASE_MS)}
     WHERE id = ${id} AND status = 'PENDING' AND "nextAttemptAt" <= ${now}
     RETURNING id, kind::text AS kind, "channelIds", body, attempts, completions`;
  if (!d) return true; // another processor holds it
  try {
    const failures: string[] = [];
    for (const part of (await parseDelivery(prisma, prisma, await ensureCompleted(prisma, d))).values()) {
      const { summary, newMessages } = await ingestForChannel(prisma, part.channel, prepareEvents(part.events));
      await afterBatch(prisma, part.channel, summary, newMessages);
      failures.push(...summary.failed.map((f) => `${f.externalId}: ${f.reason}`));
    }
    if (failures.length) throw new Error(`${failures.length} event(s) not stored: ${failures.join("; ")}`);
    await prisma.$executeRaw`
      UPDATE raw_deliveries SET status = 'DONE', attempts = attempts + 1, "processedAt" = ${new Date()}, "lastError" = NULL
       WHERE id = ${id}`;
    return true;
  } catch (err) {
    await recordDeliveryFailure(prisma, d, err, now);
    return false;
  }
}
