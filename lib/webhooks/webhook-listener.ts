// Platform webhooks on a port of their own (WEBHOOK_PORT), served by a plain Node.js HTTP server instead of
// the Next.js request pipeline: the same use cases (receive-webhook.ts, answer-handshake.ts), the same
// answers and guarantees (signature over the raw bytes, 413/400/401/404, 200 once durably logged), several
// times the acknowledgement rate, because a webhook needs none of what Next.js does per request. The
// /api/webhooks/* routes of the app stay, for installs that expose one port. Also used by the tests, which
// deliver the fakes' signed webhooks to it without a Next.js build.
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { ChannelKind } from "../generated/prisma/enums";
import { log } from "../log";
import { API_CSP, STATIC_SECURITY_HEADERS } from "../security/headers";
import { answerHandshake } from "./answer-handshake";
import { readNodeBody } from "./read-body";
import { receiveWebhook, type WebhookDb } from "./receive-webhook";

export const WEBHOOK_PATHS: Readonly<Record<string, ChannelKind>> = {
  "/api/webhooks/facebook": "FACEBOOK_PAGE",
  "/api/webhooks/instagram": "INSTAGRAM_ACCOUNT",
  "/api/webhooks/x": "X_ACCOUNT",
  "/api/webhooks/google": "GOOGLE_BUSINESS_LOCATION",
};

export interface WebhookListener {
  /** http://host:port, without a trailing slash. */
  url: string;
  close(): Promise<void>;
}

const HEADERS = { ...STATIC_SECURITY_HEADERS, "Content-Security-Policy": API_CSP };

export async function startWebhookListener(db: WebhookDb, opts: { port: number; host: string }): Promise<WebhookListener> {
  const server = http.createServer((req, res) => {
    void handle(db, req).then(
      (r) => send(res, r.status, r.body, r.headers),
      (err: unknown) => {
        // Not committed: a 500 makes the platform retry later, which is what we want.
        log.error("webhook.failed", { message: (err as Error).message });
        send(res, 500, { error: "internal error" });
      },
    );
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${opts.host}:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

type Answer = { status: number; body: unknown; headers?: Record<string, string> };

async function handle(db: WebhookDb, req: http.IncomingMessage): Promise<Answer> {
  const url = new URL(req.url ?? "/", "http://localhost");
  const kind = WEBHOOK_PATHS[url.pathname];
  if (!kind) return { status: 404, body: { error: "not found" } };
  if (req.method === "GET") {
    // The handshake is rare: the shared use case answers it as a web Response.
    const r = await answerHandshake(db.prisma, kind, url);
    return { status: r.status, body: await r.text(), headers: Object.fromEntries(r.headers) };
  }
  if (req.method !== "POST") return { status: 405, body: { error: "method not allowed" }, headers: { Allow: "GET, POST" } };
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
  return receiveWebhook(db, kind, { url, headers, readBody: () => readNodeBody(req) });
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const type = typeof body === "string" ? (headers["content-type"] ?? "text/plain; charset=utf-8") : "application/json";
  res.writeHead(status, { ...HEADERS, ...headers, "content-type": type, "content-length": Buffer.byteLength(text) });
  res.end(text);
}
