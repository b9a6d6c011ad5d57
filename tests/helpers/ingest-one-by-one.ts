// Ingests events through the per-event path (lib/ingest/ingest-message.ts), each in its own transaction, as
// replies, polls and the first ingestion did: the reference that set-based ingestion is compared with, and a way
// to store messages whose scores are left to the scoring handler.
import type { InboundMessage } from "@/lib/connectors/types";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { flushAudits, preloadBatch } from "@/lib/ingest/batch-memo";
import { prepareEvents } from "@/lib/ingest/ingest-batch";
import { ingestMessage } from "@/lib/ingest/ingest-message";

export async function ingestOneByOne(prisma: PrismaClient, channel: { id: string; workspaceId: string }, events: InboundMessage[]) {
  for (const ev of prepareEvents(events) as InboundMessage[]) {
    await prisma.$transaction(async (tx) => {
      const memo = await preloadBatch(tx, channel, [ev]);
      await ingestMessage(tx, channel, ev, memo);
      await flushAudits(tx, memo);
    });
  }
}
