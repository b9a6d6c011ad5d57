// Re-runs ingestion of one channel's raw deliveries received since a time, from the log, in arrival order.
// Idempotent: what is already stored is a duplicate and changes nothing; what was missed (a bug since fixed,
// a delivery that failed) is stored now. A failed delivery whose events now all go in is marked done.
import type { PrismaClient } from "../generated/prisma/client";
import { afterBatch, ingestForChannel, reasonOf } from "./ingest-events";
import { prepareEvents } from "./ingest-batch";
import { ensureCompleted } from "./complete-delivery";
import { parseDelivery } from "./parse-delivery";
import type { ReplayInput } from "./schemas";

export interface ReplaySummary {
  deliveries: number;
  stored: number;
  duplicates: number;
  parked: number;
  failed: { deliveryId: string; reason: string }[];
}

const PAGE = 200;

export async function replayDeliveries(prisma: PrismaClient, input: ReplayInput): Promise<ReplaySummary> {
  const channel = await prisma.channel.findUniqueOrThrow({ where: { id: input.channelId }, select: { id: true, workspaceId: true } });
  const summary: ReplaySummary = { deliveries: 0, stored: 0, duplicates: 0, parked: 0, failed: [] };
  let after = -1n;
  for (;;) {
    const page = await prisma.rawDelivery.findMany({
      where: { channelIds: { has: channel.id }, receivedAt: { gte: input.since }, id: { gt: after } },
      orderBy: { id: "asc" },
      take: PAGE,
      select: { id: true, kind: true, channelIds: true, body: true, attempts: true, status: true, completions: true },
    });
    if (page.length === 0) break;
    for (const d of page) {
      after = d.id;
      summary.deliveries++;
      try {
        // A delivery stored before completions were kept (or never completed) is read from the platform now.
        const part = (await parseDelivery(prisma, prisma, await ensureCompleted(prisma, d))).get(channel.id);
        if (!part) continue;
        const r = await ingestForChannel(prisma, channel, prepareEvents(part.events));
        await afterBatch(prisma, channel, r.summary, r.newMessages, { wait: true });
        summary.stored += r.summary.stored;
        summary.duplicates += r.summary.duplicates;
        summary.parked += r.summary.parked;
        if (r.summary.failed.length) {
          summary.failed.push({ deliveryId: String(d.id), reason: r.summary.failed.map((f) => `${f.externalId}: ${f.reason}`).join("; ") });
        } else if (d.status === "FAILED") {
          await prisma.rawDelivery.update({ where: { id: d.id }, data: { status: "DONE", processedAt: new Date(), lastError: null } });
        }
      } catch (err) {
        summary.failed.push({ deliveryId: String(d.id), reason: reasonOf(err) });
      }
    }
  }
  return summary;
}
