// X documents two shapes for two v2 Webhooks answers (its guides: `{ data: {…} }` with `valid`; its API reference:
// create unwrapped, validate as `{ data: { attempted } }`). The client reads both, over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChannelContext } from "@/lib/connectors/connector";
import type { XSecrets } from "@/lib/connectors/secrets-schemas";
import { createWebhook, validateWebhook } from "@/lib/connectors/x/webhook-registration";
import { startRecordingServer, type RunningServer } from "../../../fakes/fake-http";

const hook = { id: "1146654567674912769", url: "https://inbox.example.org/api/webhooks/x", valid: true, created_at: "2026-12-01T10:00:00.000Z" };
let x: RunningServer;
let channel: ChannelContext<XSecrets>;

beforeAll(async () => {
  // The API reference's shapes: create unwrapped; validate says only that the check was attempted, and the
  // list then tells whether it passed.
  x = await startRecordingServer((req) => {
    if (req.method === "POST" && req.path === "/2/webhooks") return { status: 200, body: hook };
    if (req.method === "PUT" && req.path === `/2/webhooks/${hook.id}`) return { status: 200, body: { data: { attempted: true } } };
    if (req.method === "GET" && req.path === "/2/webhooks") return { status: 200, body: { data: [{ ...hook, valid: false }], meta: { result_count: 1 } } };
    return { status: 404, body: { title: "Not Found Error" } };
  });
  channel = {
    id: "x-shapes", externalId: "2244994945", apiBaseUrl: x.url,
    secrets: { consumerKey: "consumer-key-1", consumerSecret: "consumer-secret-1", accessToken: "access-token-1", accessTokenSecret: "access-secret-1", bearerToken: "app-bearer-token-1" },
  };
});
afterAll(async () => x?.close());

describe("X v2 webhook answers in the API reference's shapes", () => {
  it("reads an unwrapped create answer", async () => {
    expect(await createWebhook(channel, hook.url)).toMatchObject({ id: hook.id, valid: true });
  });

  it("reads an 'attempted' validation and takes the outcome from the list", async () => {
    expect(await validateWebhook(channel, hook.id)).toBe(false);
    expect(x.requests.map((r) => `${r.method} ${r.path}`)).toContain("GET /2/webhooks");
  });
});
