// After ingestion (and scoring): the radar looks at the new messages and the last hour's volume.
import type { AfterIngestHandler } from "../ingest/after-ingest";
import { deliverPendingWebhooks } from "../alert-webhooks/deliver-webhooks";
import { runRadar } from "./run-radar";

export const radarAfterIngest: AfterIngestHandler = {
  name: "radar",
  async run(prisma, batch) {
    const ids = batch.messages.filter((m) => m.direction === "INBOUND").map((m) => m.messageId);
    if (ids.length === 0) return;
    const latest = await prisma.message.findFirst({ where: { id: { in: ids } }, orderBy: { platformCreatedAt: "desc" }, select: { platformCreatedAt: true } });
    const now = new Date(Math.max(Date.now(), latest?.platformCreatedAt.getTime() ?? 0) + 1);
    const created = await runRadar(prisma, batch.workspaceId, now, ids);
    // Tell the outside now rather than at the next minute job (which retries what fails).
    if (created.length) await deliverPendingWebhooks(prisma);
  },
};
