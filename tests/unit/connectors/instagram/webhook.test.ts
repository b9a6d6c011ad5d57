// Instagram webhooks through the wire format (Meta's escaped, signed bytes) into neutral events.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebhookPayloadError, type WebhookRequest } from "@/lib/connectors/connector";
import { instagramConnector } from "@/lib/connectors/instagram";
import type { InboundEvent, InboundMessage } from "@/lib/connectors/types";
import type { FakeInstagram } from "../../../fakes/fake-instagram";
import { ACCOUNT_ID, SECRETS, startInstagram } from "./helpers";

let fake: FakeInstagram;
let channel: Awaited<ReturnType<typeof startInstagram>>["channel"];
beforeAll(async () => {
  ({ fake, channel } = await startInstagram());
});
afterAll(() => fake.close());

/**
 * As the route and ingestion do: split and parse (no network), read what only has ids (before the claim),
 * then complete from what was read, through JSON as it is stored with the delivery.
 */
async function parse(envelope: object): Promise<InboundEvent[]> {
  const parts = instagramConnector.splitWebhook(JSON.parse(fake.serialize(envelope)) as unknown);
  const { fetch, apply } = instagramConnector.completion!;
  const out: InboundEvent[] = [];
  for (const p of parts) {
    const events = instagramConnector.parseWebhook(p, channel);
    out.push(...apply(events, JSON.parse(JSON.stringify(await fetch(channel, events))) as unknown));
  }
  return out;
}
const customer = { id: "6100000000000042", username: "camille.lefort" };

describe("Instagram webhook parsing", () => {
  it("maps a comment and a reply to it, on the media's thread", async () => {
    const [c] = (await parse(fake.commentChange({ id: "1790001", media_id: "1780001", text: "Toujours pas livrée 😡", from: customer }))) as InboundMessage[];
    expect(c).toMatchObject({
      type: "message", externalId: "1790001", kind: "COMMENT", direction: "INBOUND", visibility: "PUBLIC",
      thread: { externalId: "1780001", kind: "POST" }, author: { platformUserId: customer.id, handle: "camille.lefort" }, body: "Toujours pas livrée 😡",
    });
    const [r] = (await parse(fake.commentChange({ id: "1790002", media_id: "1780001", parent_id: "1790001", text: "moi aussi", from: { id: "61", username: "val" } }))) as InboundMessage[];
    expect(r).toMatchObject({ parentExternalId: "1790001", thread: { externalId: "1780001" } });
    const [live] = (await parse(fake.commentChange({ id: "1790003", media_id: "1780009", text: "live", from: customer, live: true }))) as InboundMessage[];
    expect(live?.kind).toBe("COMMENT");
  });

  it("treats the account's own comment as outbound", async () => {
    const [own] = (await parse(fake.commentChange({ id: "1790004", media_id: "1780001", parent_id: "1790001", text: "Bonjour Camille", from: { id: ACCOUNT_ID, username: "maisonlumiere" } }))) as InboundMessage[];
    expect(own?.direction).toBe("OUTBOUND");
  });

  it("parses a mention without any call, as an incomplete reference", () => {
    const before = fake.requests.length;
    const parts = instagramConnector.splitWebhook(JSON.parse(fake.serialize(fake.mentionChange({ media_id: "1785555", comment_id: "1795555" }))) as unknown);
    const [m] = instagramConnector.parseWebhook(parts[0]!, channel) as InboundMessage[];
    expect(m).toMatchObject({ externalId: "1795555", kind: "MENTION", incomplete: true, thread: { externalId: "1785555" } });
    expect(fake.requests.length).toBe(before);
  });

  it("completes a mention's text, author and link with a GET (comment and caption)", async () => {
    const at = new Date("2026-11-20T10:00:00Z");
    fake.addMention({ media_id: "1785555", comment_id: "1795555", text: "@maisonlumiere mon bouquet n'est jamais arrivé", from: customer, created_time: at });
    const [m] = (await parse(fake.mentionChange({ media_id: "1785555", comment_id: "1795555" }))) as InboundMessage[];
    expect(m).toMatchObject({
      externalId: "1795555", kind: "MENTION", direction: "INBOUND", visibility: "PUBLIC", body: "@maisonlumiere mon bouquet n'est jamais arrivé",
      author: { platformUserId: customer.id, handle: "camille.lefort" }, thread: { externalId: "1785555" },
    });
    expect(m?.platformCreatedAt.toISOString()).toBe(at.toISOString());
    expect(m?.permalink).toMatch(/^https:\/\/www\.instagram\.com\/p\//);
    fake.addMention({ media_id: "1786666", text: "Merci @maisonlumiere… ou pas", from: customer });
    const [cap] = (await parse(fake.mentionChange({ media_id: "1786666" }))) as InboundMessage[];
    expect(cap).toMatchObject({ externalId: "1786666", kind: "MENTION", body: "Merci @maisonlumiere… ou pas" });
  });

  it("maps direct messages, echoes and unsent messages", async () => {
    const [dm] = (await parse(fake.dm({ sender: customer.id, mid: "aWdf-1", text: "Commande ML-48213", timestamp: 1_780_000_000_000 }))) as InboundMessage[];
    expect(dm).toMatchObject({ kind: "DM", visibility: "PRIVATE", direction: "INBOUND", thread: { kind: "DM_CONVERSATION" }, author: { platformUserId: customer.id } });
    const [echo] = (await parse(fake.dm({ sender: ACCOUNT_ID, recipient: customer.id, mid: "aWdf-2", text: "Bonjour", is_echo: true }))) as InboundMessage[];
    expect(echo?.direction).toBe("OUTBOUND");
    expect(echo?.thread.externalId).toBe(dm?.thread.externalId);
    const [photo] = (await parse(fake.dm({ sender: customer.id, mid: "aWdf-3", attachments: [{ type: "image" }] }))) as InboundMessage[];
    expect(photo?.body).toBe("[image]");
    const unsent = { object: "instagram", entry: [{ id: ACCOUNT_ID, time: Date.now(), messaging: [{ sender: { id: customer.id }, recipient: { id: ACCOUNT_ID }, timestamp: 1_780_000_100_000, message: { mid: "aWdf-1", is_deleted: true } }] }] };
    expect(await parse(unsent)).toEqual([{ type: "message_event", externalId: "aWdf-1", kind: "REMOVED", platformTime: new Date(1_780_000_100_000) }]);
  });

  it("yields nothing for reads, reactions, postbacks, story insights and likes", async () => {
    for (const env of fake.notMessages(customer.id)) expect(await parse(env)).toEqual([]);
  });

  it("refuses unknown shapes and misrouted parts", async () => {
    // A mention that cannot be read (unknown to the platform) fails the completion, never stores an empty message.
    await expect(parse(fake.mentionChange({ media_id: "404", comment_id: "40404" }))).rejects.toThrow(/Facebook|Graph|does not exist/);
    expect(() => instagramConnector.splitWebhook({ object: "page", entry: [] })).toThrow(WebhookPayloadError);
    expect(() => instagramConnector.splitWebhook({ object: "instagram", entry: "nope" })).toThrow(WebhookPayloadError);
    expect(() => instagramConnector.splitWebhook({ object: "instagram", entry: [{ id: ACCOUNT_ID }] })).toThrow(WebhookPayloadError);
    await expect(parse({ object: "instagram", entry: [{ id: ACCOUNT_ID, time: 1, changes: [{ field: "comments", value: { id: "1" } }] }] })).rejects.toThrow(WebhookPayloadError);
    await expect(parse({ object: "instagram", entry: [{ id: ACCOUNT_ID, time: 1, changes: [{ field: "mentions", value: {} }] }] })).rejects.toThrow(WebhookPayloadError);
    expect(() => instagramConnector.parseWebhook({ channelExternalId: "9", payload: [{ id: "9", time: 1 }] }, channel)).toThrow(WebhookPayloadError);
  });

  it("verifies the handshake and the signature like Page webhooks", () => {
    const url = new URL(`https://inbox.example/api/webhooks/instagram?hub.mode=subscribe&hub.challenge=77&hub.verify_token=${SECRETS.verifyToken}`);
    expect(instagramConnector.answerHandshake(url, [SECRETS])?.status).toBe(200);
    url.searchParams.set("hub.verify_token", "wrong-token");
    expect(instagramConnector.answerHandshake(url, [SECRETS])).toBeNull();
    const body = fake.serialize(fake.commentChange({ id: "1", media_id: "2", text: "é", from: customer }));
    const req = (sig: string): WebhookRequest => ({ url, headers: new Headers({ "x-hub-signature-256": sig }), rawBody: Buffer.from(body) });
    expect(instagramConnector.verifySignature(req(fake.signWebhook(body)), SECRETS)).toBe(true);
    expect(instagramConnector.verifySignature(req(`sha256=${"0".repeat(64)}`), SECRETS)).toBe(false);
  });
});
