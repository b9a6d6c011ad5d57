import { createHmac } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { facebookConnector } from "@/lib/connectors/facebook";
import type { FakeGraph } from "../../../fakes/fake-graph";
import { PAGE_ID, SECRETS, channelFor, startGraph, startWebhookRoute, webhookRequest } from "./helpers";

const other = { ...SECRETS, verifyToken: "another-verify-token", appSecret: "another-app-secret" };

function hubUrl(params: Record<string, string>): URL {
  const u = new URL("https://inbox.example/api/webhooks/facebook");
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  return u;
}

describe("answerHandshake", () => {
  it("echoes the challenge as text/plain when the token matches one of the candidates", async () => {
    const res = facebookConnector.answerHandshake(
      hubUrl({ "hub.mode": "subscribe", "hub.challenge": "1158201444", "hub.verify_token": SECRETS.verifyToken }),
      [other, SECRETS],
    );
    expect(res).not.toBeNull();
    expect(res?.status).toBe(200);
    expect(res?.headers.get("content-type")).toBe("text/plain");
    expect(await res?.text()).toBe("1158201444");
  });

  it("refuses a wrong token, a prefix of the token, and an empty candidate list", () => {
    const q = { "hub.mode": "subscribe", "hub.challenge": "42" };
    expect(facebookConnector.answerHandshake(hubUrl({ ...q, "hub.verify_token": "wrong-token-xyz" }), [SECRETS, other])).toBeNull();
    expect(facebookConnector.answerHandshake(hubUrl({ ...q, "hub.verify_token": SECRETS.verifyToken.slice(0, -1) }), [SECRETS])).toBeNull();
    expect(facebookConnector.answerHandshake(hubUrl({ ...q, "hub.verify_token": SECRETS.verifyToken }), [])).toBeNull();
  });

  it("refuses a non-numeric or missing challenge and a mode other than subscribe", () => {
    const token = SECRETS.verifyToken;
    expect(facebookConnector.answerHandshake(hubUrl({ "hub.mode": "subscribe", "hub.challenge": "<script>", "hub.verify_token": token }), [SECRETS])).toBeNull();
    expect(facebookConnector.answerHandshake(hubUrl({ "hub.mode": "subscribe", "hub.challenge": "12a", "hub.verify_token": token }), [SECRETS])).toBeNull();
    expect(facebookConnector.answerHandshake(hubUrl({ "hub.mode": "subscribe", "hub.verify_token": token }), [SECRETS])).toBeNull();
    expect(facebookConnector.answerHandshake(hubUrl({ "hub.mode": "unsubscribe", "hub.challenge": "42", "hub.verify_token": token }), [SECRETS])).toBeNull();
  });
});

describe("verifySignature", () => {
  // Non-ASCII and "/" make Meta's bytes differ from JSON.stringify's.
  const payload = { object: "page", entry: [{ id: PAGE_ID, time: 1_700_000_000, changes: [{ field: "feed", value: { item: "comment", message: "Très déçu 😡 https://x.y/z" } }] }] };
  let fake: FakeGraph;
  beforeEach(async () => {
    ({ fake } = await startGraph());
  });
  afterEach(async () => {
    await fake.close();
  });

  it("accepts Meta's signature over the exact bytes", () => {
    const body = fake.serialize(payload);
    expect(body).toContain("\\u00e8"); // Meta-escaped, as signed
    expect(facebookConnector.verifySignature(webhookRequest(body, fake.signWebhook(body)), SECRETS)).toBe(true);
  });

  it("accepts an upper-case hex digest (hex is case-insensitive)", () => {
    const body = fake.serialize(payload);
    const sig = fake.signWebhook(body).replace(/^sha256=/, "");
    expect(facebookConnector.verifySignature(webhookRequest(body, `sha256=${sig.toUpperCase()}`), SECRETS)).toBe(true);
  });

  it("rejects a signature made with another secret, and a tampered body", () => {
    const body = fake.serialize(payload);
    const forged = `sha256=${createHmac("sha256", "not-the-secret").update(body).digest("hex")}`;
    expect(facebookConnector.verifySignature(webhookRequest(body, forged), SECRETS)).toBe(false);
    const tampered = body.replace("d\\u00e9\\u00e7u", "ravi");
    expect(tampered).not.toBe(body);
    expect(facebookConnector.verifySignature(webhookRequest(tampered, fake.signWebhook(body)), SECRETS)).toBe(false);
    // The right bytes but the wrong channel's secret.
    expect(facebookConnector.verifySignature(webhookRequest(body, fake.signWebhook(body)), other)).toBe(false);
  });

  it("rejects missing and malformed headers", () => {
    const body = fake.serialize(payload);
    const hex = fake.signWebhook(body).replace(/^sha256=/, "");
    for (const header of [undefined, "", hex, `sha1=${hex}`, `sha256=${hex.slice(2)}`, `sha256=${hex}00`, "sha256=zz" + hex.slice(2)]) {
      expect(facebookConnector.verifySignature(webhookRequest(body, header), SECRETS)).toBe(false);
    }
  });

  it("fails over re-serialised JSON: the signature covers Meta's bytes, not JSON.stringify's", () => {
    const metaBytes = fake.serialize(payload);
    const reserialised = JSON.stringify(JSON.parse(metaBytes));
    expect(reserialised).not.toBe(metaBytes);
    expect(facebookConnector.verifySignature(webhookRequest(reserialised, fake.signWebhook(metaBytes)), SECRETS)).toBe(false);
  });
});

describe("webhook route over real HTTP", () => {
  let fake: FakeGraph;
  let route: Awaited<ReturnType<typeof startWebhookRoute>>;
  beforeEach(async () => {
    ({ fake } = await startGraph());
    route = await startWebhookRoute(channelFor(fake.url));
  });
  afterEach(async () => {
    await route.close();
    await fake.close();
  });

  it("passes Meta's hub.challenge handshake and 403s a wrong token", async () => {
    const ok = await fake.verifyChallenge(route.url, SECRETS.verifyToken);
    expect(ok.status).toBe(200);
    expect(ok.body).toBe(ok.challenge);
    const bad = await fake.verifyChallenge(route.url, "not-the-verify-token");
    expect(bad.status).toBe(403);
  });

  it("accepts a signed delivery and refuses a forged one", async () => {
    const env = fake.feedCommentChange({ verb: "add", comment_id: "222_1", post_id: `${PAGE_ID}_222`, from: { id: "u1", name: "Zoë" }, message: "Où est ma commande ?" });
    const ok = await fake.sendWebhook(route.url, env);
    expect(ok.status).toBe(200);
    expect(route.events).toHaveLength(1);
    expect(route.events[0]).toMatchObject({ externalId: "222_1", body: "Où est ma commande ?", author: { name: "Zoë" } });
    const forged = await fake.sendWebhook(route.url, env, { signature: "sha256=" + "0".repeat(64) });
    expect(forged.status).toBe(401);
    expect(route.events).toHaveLength(1);
  });
});
