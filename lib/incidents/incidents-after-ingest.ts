// After ingestion (and scoring, which it reads): new complaints form or grow incident suggestions at once.
import type { AfterIngestHandler } from "../ingest/after-ingest";
import { suggestIncidents } from "./suggest-incidents";

export const incidentsAfterIngest: AfterIngestHandler = {
  name: "incidents",
  async run(prisma, batch) {
    if (!batch.messages.some((m) => m.direction === "INBOUND")) return;
    const latest = await prisma.message.findFirst({
      where: { id: { in: batch.messages.map((m) => m.messageId) } }, orderBy: { platformCreatedAt: "desc" },
      select: { platformCreatedAt: true },
    });
    // The window ends at the batch's platform time, so replayed history groups as it happened.
    const now = new Date(Math.max(Date.now(), latest?.platformCreatedAt.getTime() ?? 0));
    await suggestIncidents(prisma, batch.workspaceId, now);
  },
};
