// Shared set-up for the Facebook connector tests: a fake Graph server, a channel pointing at it, and a
// minimal webhook route (real HTTP) built only from the connector's functions.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { ChannelContext, WebhookRequest } from "@/lib/connectors/connector";
import type { FacebookSecrets } from "@/lib/connectors/secrets-schemas";
import type { InboundEvent } from "@/lib/connectors/types";
import { facebookConnector } from "@/lib/connectors/facebook";
import { startFakeGraph, type FakeGraph } from "../../../fakes/fake-graph";

export const PAGE_ID = "100000000000001";
export const SECRETS: FacebookSecrets = {
  appSecret: "app-secret-for-tests",
  pageAccessToken: "EAAB-page-token-0123456789",
  verifyToken: "verify-token-abc",
};

export async function startGraph(): Promise<{ fake: FakeGraph; channel: ChannelContext<FacebookSecrets> }> {
  const fake = await startFakeGraph({ pageId: PAGE_ID, appSecret: SECRETS.appSecret, accessToken: SECRETS.pageAccessToken });
  return { fake, channel: channelFor(fake.url) };
}

export function channelFor(apiBaseUrl: string): ChannelContext<FacebookSecrets> {
  return { id: "channel-1", externalId: PAGE_ID, apiBaseUrl, secrets: SECRETS };
}

/** A WebhookRequest as the route would build it from received bytes. */
export function webhookRequest(rawBody: string | Buffer, signature?: string): WebhookRequest {
  const headers = new Headers({ "content-type": "application/json" });
  if (signature !== undefined) headers.set("x-hub-signature-256", signature);
  return { url: new URL("https://inbox.example/api/webhooks/facebook"), headers, rawBody: Buffer.isBuffer(rawBody) ? rawBody : Buffer.from(rawBody, "utf8") };
}

/** What a route would do: handshake on GET; on POST verify, split, parse. Records parsed events. */
export async function startWebhookRoute(channel: ChannelContext<FacebookSecrets>) {
  const events: InboundEvent[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      if (req.method === "GET") {
        const answer = facebookConnector.answerHandshake(url, [channel.secrets]);
        if (!answer) return void res.writeHead(403).end();
        return void answer.text().then((t) => res.writeHead(answer.status, { "content-type": "text/plain" }).end(t));
      }
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
      const rawBody = Buffer.concat(chunks);
      if (!facebookConnector.verifySignature({ url, headers, rawBody }, channel.secrets)) return void res.writeHead(401).end();
      for (const part of facebookConnector.splitWebhook(JSON.parse(rawBody.toString("utf8")) as unknown)) {
        events.push(...facebookConnector.parseWebhook(part, channel));
      }
      res.writeHead(200).end("EVENT_RECEIVED");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhook`,
    events,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
