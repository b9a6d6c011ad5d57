// CRC handshake and POST signature checks, over real HTTP against the fake's CRC checker and sender.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { XSecrets } from "@/lib/connectors/secrets-schemas";
import { xConnector } from "@/lib/connectors/x";
import { startFakeX, type FakeX } from "../../../fakes/fake-x";
import { SECRETS_BASE, annV1, startWebhookEndpoint } from "./helpers";

let fake: FakeX;
let endpoint: Awaited<ReturnType<typeof startWebhookEndpoint>>;
let secrets: XSecrets;

beforeEach(async () => {
  fake = await startFakeX({ consumerSecret: "app-consumer-secret" });
  secrets = { ...SECRETS_BASE, consumerSecret: fake.consumerSecret };
  endpoint = await startWebhookEndpoint([secrets, { ...secrets, consumerSecret: "second-channel-secret" }]);
});
afterEach(async () => {
  await endpoint.close();
  await fake.close();
});

describe("X CRC handshake", () => {
  it("answers X's CRC with sha256=base64(HMAC-SHA256(consumer secret, token)) as JSON", async () => {
    const res = await fake.crc(endpoint.url);
    expect(res.status).toBe(200);
    expect(res.ok).toBe(true);
    expect(JSON.parse(res.body)).toEqual({ response_token: res.expected });
    // Tokens with characters that need URL-encoding survive the round trip.
    expect((await fake.crc(endpoint.url, "a+b/c=d&e")).ok).toBe(true);
  });

  it("fails X's check when the app's consumer secret is not the first candidate's", async () => {
    const wrong = await startWebhookEndpoint([{ ...secrets, consumerSecret: "not-the-app-secret" }]);
    try {
      const res = await fake.crc(wrong.url);
      expect(res.status).toBe(200);
      expect(res.ok).toBe(false);
    } finally {
      await wrong.close();
    }
  });

  it("returns null without crc_token or without candidates (the route answers 403)", async () => {
    expect(xConnector.answerHandshake(new URL("https://app.example/webhooks/x"), [secrets])).toBeNull();
    expect(xConnector.answerHandshake(new URL("https://app.example/webhooks/x?crc_token="), [secrets])).toBeNull();
    expect(xConnector.answerHandshake(new URL("https://app.example/webhooks/x?crc_token=abc"), [])).toBeNull();
    const res = await fetch(`${endpoint.url}?nonce=1`);
    expect(res.status).toBe(403);
  });

  it("sets a JSON content type", () => {
    const res = xConnector.answerHandshake(new URL("https://app.example/webhooks/x?crc_token=abc"), [secrets]);
    expect(res?.headers.get("content-type")).toMatch(/^application\/json/);
  });
});

describe("X webhook signature", () => {
  const mention = () => fake.tweetCreateEvent({ id: "1790000000000000123", text: "@fakebrand help", user: annV1 });

  it("accepts the fake's signed delivery over the raw bytes", async () => {
    const res = await fake.sendWebhook(endpoint.url, mention());
    expect(res.status).toBe(200);
    expect(endpoint.deliveries).toHaveLength(1);
    expect(endpoint.deliveries[0]).toMatchObject({ verified: true, channelIds: [fake.userId] });
  });

  it("rejects a forged signature, a signature by another secret, and a missing or malformed header", async () => {
    const body = fake.serialize(mention());
    const otherSecret = `sha256=${Buffer.alloc(32, 7).toString("base64")}`;
    expect((await fake.sendWebhook(endpoint.url, mention(), { signature: otherSecret })).status).toBe(401);
    const url = new URL(endpoint.url);
    const verify = (headers: Record<string, string>, raw = body) => xConnector.verifySignature({ url, headers: new Headers(headers), rawBody: Buffer.from(raw) }, secrets);
    const good = fake.signWebhook(body);
    expect(verify({ "x-twitter-webhooks-signature": good })).toBe(true);
    expect(verify({})).toBe(false);
    expect(verify({ "x-twitter-webhooks-signature": good.replace("sha256=", "sha1=") })).toBe(false);
    expect(verify({ "x-twitter-webhooks-signature": good.slice(0, -4) })).toBe(false);
    expect(verify({ "x-twitter-webhooks-signature": `${good}AAAA` })).toBe(false);
    expect(verify({ "x-twitter-webhooks-signature": "sha256=%%%" })).toBe(false);
    expect(verify({ "x-twitter-webhooks-signature": good }, `${body} `)).toBe(false);
    expect(endpoint.deliveries.map((d) => d.verified)).toEqual([false]);
  });

  it("fails over re-serialised bytes: JSON.parse rounds the bare 64-bit ids, so the bytes differ", async () => {
    const original = fake.serialize(mention());
    const reserialised = JSON.stringify(JSON.parse(original));
    expect(reserialised).not.toBe(original);
    const res = await fake.sendWebhook(endpoint.url, mention(), { rawBody: reserialised, signature: fake.signWebhook(original) });
    expect(res.status).toBe(401);
    const ok = await fake.sendWebhook(endpoint.url, mention(), { rawBody: original, signature: fake.signWebhook(original) });
    expect(ok.status).toBe(200);
    expect(endpoint.deliveries.map((d) => d.verified)).toEqual([false, true]);
  });

  it("verifies non-ASCII bodies byte for byte", async () => {
    const payload = fake.tweetCreateEvent({ text: "@fakebrand ça ne marche pas 🙁", user: annV1 });
    expect((await fake.sendWebhook(endpoint.url, payload)).status).toBe(200);
  });
});
