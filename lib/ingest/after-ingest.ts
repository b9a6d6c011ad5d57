// Work that follows ingestion, after the messages are committed: reading a customer's answer to a
// satisfaction check, scoring sentiment and reach, clustering into incidents, the crisis radar, SLA clocks.
// Contract: ingestion calls runAfterIngest once per committed batch with the messages it newly stored (never
// duplicates). A handler must be idempotent (a batch may be replayed after a crash), must not throw for one bad
// message (it is logged and skipped here anyway), and owns its own transactions and audit events.
import type { PrismaClient } from "../generated/prisma/client";
import { log } from "../log";
import { AFTER_INGEST_HANDLERS } from "./after-ingest-handlers";
import type { CoalescedHandler } from "./coalesce-handler";

export interface IngestedMessage {
  messageId: string;
  caseId: string;
  direction: "INBOUND" | "OUTBOUND";
}

export interface IngestedBatch {
  workspaceId: string;
  channelId: string;
  messages: IngestedMessage[];
}

export interface AfterIngestHandler {
  name: string;
  run(prisma: PrismaClient, batch: IngestedBatch): Promise<void>;
}

/**
 * `wait`: also wait for the coalesced handlers' runs (coalesce-handler.ts) to finish; the webhook pipeline
 * does not (its next batch goes on), callers that report what ingestion did (polling, the demo, tests) do.
 */
export async function runAfterIngest(prisma: PrismaClient, batch: IngestedBatch, opts: { wait?: boolean } = {}): Promise<void> {
  if (batch.messages.length === 0) return;
  for (const h of AFTER_INGEST_HANDLERS) {
    try {
      await h.run(prisma, batch);
    } catch (err) {
      log.error("ingest.after_handler_failed", { handler: h.name, channelId: batch.channelId, error: String(err) });
    }
  }
  if (opts.wait) await afterIngestSettled(batch.workspaceId);
}

/** Resolves once no coalesced after-ingest run is pending or running (for that workspace, when given). */
export async function afterIngestSettled(workspaceId?: string): Promise<void> {
  for (const h of AFTER_INGEST_HANDLERS) if ("settled" in h) await (h as CoalescedHandler).settled(workspaceId);
}
