// Serves the app's webhook use cases over real HTTP on 127.0.0.1, so the fakes can deliver signed webhooks
// exactly as the platforms do (raw bytes, headers, retries) without a Next.js build. Like the app, it runs the
// ingestion loop beside the route: a 200 means "durably logged", and `settled()` waits (bounded) until the log
// has been processed.
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Database } from "@/lib/db/open-database";
import { startIngestLoop } from "@/lib/ingest/ingest-loop";
import type { ChannelKind } from "@/lib/generated/prisma/enums";
import { answerHandshake } from "@/lib/webhooks/answer-handshake";
import { receiveWebhook } from "@/lib/webhooks/receive-webhook";

const PATHS: Record<string, ChannelKind> = {
  "/api/webhooks/facebook": "FACEBOOK_PAGE",
  "/api/webhooks/instagram": "INSTAGRAM_ACCOUNT",
  "/api/webhooks/x": "X_ACCOUNT",
};

export async function startWebhookServer(db: Database, opts: { ingest?: boolean } = {}) {
  const prisma = db.prisma;
  const loop = opts.ingest === false ? null : startIngestLoop(db, { idlePollMs: 100 });
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const kind = PATHS[url.pathname];
    if (!kind) return void res.writeHead(404).end();
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
    const request = new Request(url, {
      method: req.method,
      headers,
      ...(req.method === "POST" ? { body: req as unknown as ReadableStream, duplex: "half" } : {}),
    } as RequestInit);
    try {
      const response =
        req.method === "GET"
          ? await answerHandshake(prisma, kind, url)
          : await receiveWebhook(db, kind, request).then((r) => Response.json(r.body, { status: r.status }));
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (err) {
      res.writeHead(500).end(String(err));
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    facebookUrl: `${base}/api/webhooks/facebook`,
    xUrl: `${base}/api/webhooks/x`,
    instagramUrl: `${base}/api/webhooks/instagram`,
    /** Resolves once no delivery is waiting to be processed (fails after `timeoutMs`). */
    settled: async (timeoutMs = 15_000) => {
      await waitForIngestion(db, timeoutMs);
      await loop?.idle();
    },
    async close() {
      await new Promise<void>((r) => server.close(() => r()));
      await loop?.stop();
    },
  };
}

/** Polls the delivery log until no delivery waits for its first processing or a retry already due. */
export async function waitForIngestion(db: Database, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pending = await db.prisma.rawDelivery.count({ where: { status: "PENDING", OR: [{ attempts: 0 }, { nextAttemptAt: { lte: new Date() } }] } });
    if (pending === 0) return;
    if (Date.now() > deadline) throw new Error(`${pending} deliveries still pending after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
