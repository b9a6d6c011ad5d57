// Serves the app's webhook listener (lib/webhooks/webhook-listener.ts) on 127.0.0.1, so the fakes can deliver
// signed webhooks exactly as the platforms do (raw bytes, headers, retries) without a Next.js build. Like the app, it runs the
// ingestion loop beside the route: a 200 means "durably logged", and `settled()` waits (bounded) until the log
// has been processed.
import type { Database } from "@/lib/db/open-database";
import { startIngestLoop } from "@/lib/ingest/ingest-loop";
import { startWebhookListener } from "@/lib/webhooks/webhook-listener";
import { eventually } from "./eventually";

export async function startWebhookServer(db: Database, opts: { ingest?: boolean } = {}) {
  const loop = opts.ingest === false ? null : startIngestLoop(db, { idlePollMs: 100 });
  const listener = await startWebhookListener(db, { port: 0, host: "127.0.0.1" });
  const base = listener.url;
  return {
    facebookUrl: `${base}/api/webhooks/facebook`,
    xUrl: `${base}/api/webhooks/x`,
    instagramUrl: `${base}/api/webhooks/instagram`,
    googleUrl: `${base}/api/webhooks/google`,
    /** Resolves once no delivery is waiting to be processed (fails after `timeoutMs`). */
    settled: async (timeoutMs = 15_000) => {
      await waitForIngestion(db, timeoutMs);
      await loop?.idle();
    },
    async close() {
      await listener.close();
      await loop?.stop();
    },
  };
}

/** Polls the delivery log until no delivery waits for its first processing or a retry already due. */
export async function waitForIngestion(db: Database, timeoutMs = 15_000): Promise<void> {
  await eventually(
    () => db.prisma.rawDelivery.count({ where: { status: "PENDING", OR: [{ attempts: 0 }, { nextAttemptAt: { lte: new Date() } }] } }),
    (pending) => pending === 0, timeoutMs, "no delivery pending");
}
