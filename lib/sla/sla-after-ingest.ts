// After ingestion: the cases that got messages recompute their SLA clocks (a customer message starts the
// next-response clock and ends a pause; our own reply seen on the platform stops it).
import type { AfterIngestHandler } from "../ingest/after-ingest";
import { refreshSlaClocks } from "./refresh-sla-clocks";

export const slaAfterIngest: AfterIngestHandler = {
  name: "sla",
  async run(prisma, batch) {
    await refreshSlaClocks(prisma, batch.workspaceId, [...new Set(batch.messages.map((m) => m.caseId))]);
  },
};
