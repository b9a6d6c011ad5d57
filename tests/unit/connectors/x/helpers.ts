// Shared set-up for the X connector tests: a channel pointed at the fake X API, a webhook endpoint that
// runs the connector over real HTTP, and a scriptable stub for answers the fake does not model.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { expect } from "vitest";
import type { ChannelContext } from "@/lib/connectors/connector";
import type { XSecrets } from "@/lib/connectors/secrets-schemas";
import { xConnector } from "@/lib/connectors/x";
import type { FakeX } from "../../../fakes/fake-x";

export const SECRETS_BASE = {
  consumerKey: "consumer-key-123",
  accessToken: "1700000000000000001-accesstoken",
  accessTokenSecret: "access-token-secret-456",
};

export function channelFor(fake: FakeX, extra: Partial<XSecrets> = {}): ChannelContext<XSecrets> {
  return {
    id: "channel-x-1",
    externalId: fake.userId,
    apiBaseUrl: fake.url,
    secrets: xConnector.parseSecrets({ ...SECRETS_BASE, consumerSecret: fake.consumerSecret, ...extra }),
  };
}

export const ann = {
  id: "2244994945",
  username: "ann",
  name: "Ann Example",
  public_metrics: { followers_count: 1234, following_count: 1, tweet_count: 5, listed_count: 0 },
};
export const annV1 = { id: ann.id, screen_name: "ann", name: "Ann Example", followers_count: 1234 };

async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

function toHeaders(req: IncomingMessage): Headers {
  const h = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") h.set(k, v);
  return h;
}

export interface Delivery {
  verified: boolean;
  raw: Buffer;
  channelIds: string[];
}

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A webhook route as the app would wire it: GET → answerHandshake, POST → verifySignature + splitWebhook. */
export async function startWebhookEndpoint(candidates: XSecrets[]) {
  const deliveries: Delivery[] = [];
  const srv = await listen((req, res) => {
    void (async () => {
      const raw = await readRaw(req);
      const url = new URL(req.url ?? "/", "http://localhost");
      if (req.method === "GET") {
        const answer = xConnector.answerHandshake(url, candidates);
        res.writeHead(answer?.status ?? 403, { "content-type": answer?.headers.get("content-type") ?? "text/plain" });
        res.end(answer ? await answer.text() : "");
        return;
      }
      const secrets = candidates[0];
      const verified = !!secrets && await xConnector.verifySignature({ url, headers: toHeaders(req), rawBody: raw }, secrets);
      const channelIds = verified ? xConnector.splitWebhook(JSON.parse(raw.toString("utf8"))).map((p) => p.channelExternalId) : [];
      deliveries.push({ verified, raw, channelIds });
      res.writeHead(verified ? 200 : 401);
      res.end();
    })();
  });
  return { url: `${srv.base}/webhooks/x`, deliveries, close: srv.close };
}

export interface StubAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Never answer (for timeouts). */
  hang?: boolean;
}

/** Answers every request with `answer`, recording method, path and body. */
export async function startStub(answer: StubAnswer) {
  const seen: Array<{ method: string; path: string; body: string; authorization?: string }> = [];
  const srv = await listen((req, res) => {
    void (async () => {
      const raw = await readRaw(req);
      seen.push({ method: req.method ?? "", path: req.url ?? "", body: raw.toString("utf8"), authorization: req.headers.authorization });
      if (answer.hang) return;
      res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
      res.end(answer.body === undefined ? "" : JSON.stringify(answer.body));
    })();
  });
  return { url: srv.base, seen, close: srv.close };
}

export function stubChannel(url: string): ChannelContext<XSecrets> {
  return {
    id: "channel-stub",
    externalId: "1700000000000000001",
    apiBaseUrl: url,
    secrets: { ...SECRETS_BASE, consumerSecret: "stub-consumer-secret" },
  };
}

/** Parses `Authorization: OAuth k="v", …` into decoded pairs. */
export function parseOAuthHeader(h: string): Record<string, string> {
  expect(h.startsWith("OAuth ")).toBe(true);
  const out: Record<string, string> = {};
  for (const m of h.slice(6).matchAll(/([a-z_]+)="([^"]*)"/g)) out[m[1] ?? ""] = decodeURIComponent(m[2] ?? "");
  return out;
}
