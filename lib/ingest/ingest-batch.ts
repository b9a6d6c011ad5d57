// Ingests the events of one channel inside the caller's transaction, in platform-time order, with the batch's
// lookups done up front (batch-memo.ts). Throws on the first failure: the caller decides how to isolate it.
import type { Prisma } from "../generated/prisma/client";
import type { InboundEvent, InboundMessage } from "../connectors/types";
import type { IngestedMessage } from "./after-ingest";
import { flushAudits, preloadBatch } from "./batch-memo";
import { ingestInboundRun } from "./ingest-inbound-run";
import { ingestMessage, type ChannelRef } from "./ingest-message";
import { ingestMessageEvent } from "./ingest-message-event";
import { sanitizeEvent } from "./sanitize-event";

export interface IngestSummary {
  stored: number;
  duplicates: number;
  ignored: number;
  /** Edits/hides/removals of messages not stored yet: parked until their message arrives. */
  parked: number;
  /** Events that could not be stored, with the reason (the rest of their batch was). */
  failed: { externalId: string; reason: string }[];
  caseIds: string[];
}

export const emptySummary = (): IngestSummary => ({ stored: 0, duplicates: 0, ignored: 0, parked: 0, failed: [], caseIds: [] });

/** NUL replaced, oldest first: retries can deliver an old comment after a newer one. */
export function prepareEvents(events: InboundEvent[]): InboundEvent[] {
  return events.map(sanitizeEvent).sort((a, b) => eventTime(a) - eventTime(b));
}

export async function ingestBatch(
  tx: Prisma.TransactionClient,
  channel: ChannelRef,
  events: InboundEvent[],
  summary: IngestSummary,
  newMessages: IngestedMessage[],
): Promise<void> {
  if (events.length === 0) return;
  const memo = await preloadBatch(tx, channel, events);
  // Customer messages go set-based, a run at a time (ingest-inbound-run.ts); the rest one by one, in order.
  let run: InboundMessage[] = [];
  const flushRun = async () => {
    if (run.length === 0) return;
    for (const r of await ingestInboundRun(tx, channel, run, memo)) {
      count(summary, r.outcome, r.caseId);
      if (r.outcome === "stored") newMessages.push({ messageId: r.messageId, caseId: r.caseId, direction: "INBOUND" });
    }
    run = [];
  };
  for (const ev of events) {
    if (ev.type === "message" && ev.direction === "INBOUND" && !memo.parked.has(ev.externalId)) {
      run.push(ev);
      continue;
    }
    await flushRun();
    if (ev.type === "message") {
      const r = await ingestMessage(tx, channel, ev, memo);
      count(summary, r.outcome, r.caseId);
      if (r.outcome === "stored" && r.caseId && r.messageId) {
        newMessages.push({ messageId: r.messageId, caseId: r.caseId, direction: ev.direction });
      }
    } else {
      const r = await ingestMessageEvent(tx, channel, ev, memo);
      count(summary, r.outcome, r.caseId);
    }
  }
  await flushRun();
  await flushAudits(tx, memo);
}

function count(summary: IngestSummary, outcome: string, caseId?: string) {
  if (outcome === "stored") summary.stored++;
  else if (outcome === "duplicate") summary.duplicates++;
  else if (outcome === "parked") summary.parked++;
  else summary.ignored++;
  if (caseId && !summary.caseIds.includes(caseId)) summary.caseIds.push(caseId);
}

export function eventTime(ev: InboundEvent): number {
  return (ev.type === "message" ? ev.platformCreatedAt : ev.platformTime).getTime();
}
