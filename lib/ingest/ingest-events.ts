// The one ingestion use case for a list of events of one channel, shared by the delivery log processor,
// polling and the demo connector. The whole list commits in ONE transaction (few round trips, one commit);
// if that fails, each event is retried in its own transaction so that one poison event or one lost race
// cannot hold the others back. Idempotent: replays of the same platform item (webhook retries, webhook +
// polling, replay of the log) are reported as duplicates and change nothing.
import type { PrismaClient } from "../generated/prisma/client";
import type { InboundEvent } from "../connectors/types";
import { log } from "../log";
import { runAfterIngest, type IngestedMessage } from "./after-ingest";
import { emptySummary, ingestBatch, prepareEvents, type IngestSummary } from "./ingest-batch";
import type { ChannelRef } from "./ingest-message";

export type { IngestSummary } from "./ingest-batch";

const UNIQUE_VIOLATION = "P2002";
/** A unique-key error means another transaction wrote the same author, thread or message first: re-run. */
const RACE_RETRIES = 3;
export const BATCH_TIMEOUT_MS = 120_000;

export async function ingestEvents(prisma: PrismaClient, channelId: string, events: InboundEvent[]): Promise<IngestSummary> {
  const channel = await prisma.channel.findUniqueOrThrow({ where: { id: channelId }, select: { id: true, workspaceId: true } });
  const { summary, newMessages } = await ingestForChannel(prisma, channel, prepareEvents(events));
  await afterBatch(prisma, channel, summary, newMessages, { wait: true });
  return summary;
}

/** Batch first, then one by one on failure. Does not run the after-batch work (see afterBatch). */
export async function ingestForChannel(prisma: PrismaClient, channel: ChannelRef, events: InboundEvent[]) {
  try {
    const summary = emptySummary();
    const newMessages: IngestedMessage[] = [];
    await prisma.$transaction((tx) => ingestBatch(tx, channel, events, summary, newMessages), { timeout: BATCH_TIMEOUT_MS, maxWait: BATCH_TIMEOUT_MS });
    return { summary, newMessages };
  } catch (err) {
    if (events.length > 0) log.info("ingest.batch_fallback", { channelId: channel.id, events: events.length, reason: reasonOf(err) });
    return ingestOneByOne(prisma, channel, events);
  }
}

export async function ingestOneByOne(prisma: PrismaClient, channel: ChannelRef, events: InboundEvent[]) {
  const summary = emptySummary();
  const newMessages: IngestedMessage[] = [];
  for (const ev of events) {
    for (let attempt = 1; ; attempt++) {
      const part = emptySummary();
      const fresh: IngestedMessage[] = [];
      try {
        await prisma.$transaction((tx) => ingestBatch(tx, channel, [ev], part, fresh), { timeout: BATCH_TIMEOUT_MS, maxWait: BATCH_TIMEOUT_MS });
      } catch (err) {
        if ((err as { code?: string }).code === UNIQUE_VIOLATION && attempt < RACE_RETRIES) continue;
        log.warn("ingest.event_failed", { channelId: channel.id, externalId: ev.externalId, reason: reasonOf(err) });
        summary.failed.push({ externalId: ev.externalId, reason: reasonOf(err) });
        break;
      }
      merge(summary, part);
      newMessages.push(...fresh);
      break;
    }
  }
  return { summary, newMessages };
}

/** Health fields once per batch, then post-commit work (after-ingest-handlers.ts) on what was new. */
export async function afterBatch(prisma: PrismaClient, channel: ChannelRef, summary: IngestSummary, newMessages: IngestedMessage[], opts: { wait?: boolean } = {}) {
  if (summary.stored > 0) {
    await prisma.channel.update({ where: { id: channel.id }, data: { lastEventAt: new Date() } }).catch((err: unknown) => {
      log.warn("ingest.health_update_failed", { channelId: channel.id, reason: reasonOf(err) });
    });
  }
  await runAfterIngest(prisma, { workspaceId: channel.workspaceId, channelId: channel.id, messages: newMessages }, opts);
}

function merge(into: ReturnType<typeof emptySummary>, part: ReturnType<typeof emptySummary>) {
  into.stored += part.stored;
  into.duplicates += part.duplicates;
  into.ignored += part.ignored;
  into.parked += part.parked;
  for (const id of part.caseIds) if (!into.caseIds.includes(id)) into.caseIds.push(id);
}

export function reasonOf(err: unknown): string {
  const m = err instanceof Error ? err.message : String(err);
  // Prisma messages carry the whole query: keep the line that says what went wrong.
  const lines = m.split("\n").map((l) => l.trim()).filter(Boolean);
  return (lines[lines.length - 1] ?? m).slice(0, 500);
}
