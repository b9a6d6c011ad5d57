// The one ingestion use case, shared by webhooks, polling and the demo connector. Each event commits in its
// own transaction; the caller acknowledges the platform only after this resolves. Idempotent: replays of
// the same platform item (webhook retries, webhook + polling) are reported as duplicates and change nothing.
import type { PrismaClient } from "../generated/prisma/client";
import type { InboundEvent } from "../connectors/types";
import { ingestMessage } from "./ingest-message";
import { ingestMessageEvent } from "./ingest-message-event";
import { runAfterIngest, type IngestedMessage } from "./after-ingest";

export interface IngestSummary {
  stored: number;
  duplicates: number;
  ignored: number;
  /** Events about messages we have not stored (yet): returned so the caller can log or retry them. */
  unknown: InboundEvent[];
  caseIds: string[];
}

const UNIQUE_VIOLATION = "P2002";

export async function ingestEvents(
  prisma: PrismaClient,
  channelId: string,
  events: InboundEvent[],
): Promise<IngestSummary> {
  const channel = await prisma.channel.findUniqueOrThrow({
    where: { id: channelId },
    select: { id: true, workspaceId: true },
  });
  const summary: IngestSummary = { stored: 0, duplicates: 0, ignored: 0, unknown: [], caseIds: [] };
  // Platform order, not arrival order: retries can deliver an old comment after a newer one.
  const newMessages: IngestedMessage[] = [];
  const ordered = [...events].sort((a, b) => eventTime(a) - eventTime(b));
  for (const ev of ordered) {
    let result: { outcome: string; caseId?: string; messageId?: string };
    try {
      result = await prisma.$transaction(
        (tx): Promise<{ outcome: string; caseId?: string; messageId?: string }> =>
          ev.type === "message" ? ingestMessage(tx, channel, ev) : ingestMessageEvent(tx, channel, ev),
      );
    } catch (err) {
      // A concurrent delivery of the same item won the race on the unique key: that is a duplicate.
      if ((err as { code?: string }).code === UNIQUE_VIOLATION) {
        summary.duplicates++;
        continue;
      }
      throw err;
    }
    if (result.outcome === "stored") {
      summary.stored++;
      if (ev.type === "message" && result.caseId && result.messageId) {
        newMessages.push({ messageId: result.messageId, caseId: result.caseId, direction: ev.direction });
      }
    }
    else if (result.outcome === "duplicate") summary.duplicates++;
    else if (result.outcome === "unknown_message") summary.unknown.push(ev);
    else summary.ignored++;
    if (result.caseId && !summary.caseIds.includes(result.caseId)) summary.caseIds.push(result.caseId);
  }
  if (summary.stored > 0) {
    await prisma.channel.update({ where: { id: channelId }, data: { lastEventAt: new Date() } });
  }
  await runAfterIngest(prisma, { workspaceId: channel.workspaceId, channelId, messages: newMessages });
  return summary;
}

function eventTime(ev: InboundEvent): number {
  return (ev.type === "message" ? ev.platformCreatedAt : ev.platformTime).getTime();
}
