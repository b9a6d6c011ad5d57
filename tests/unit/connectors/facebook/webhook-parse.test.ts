import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebhookPayloadError } from "@/lib/connectors/connector";
import { facebookConnector } from "@/lib/connectors/facebook";
// The connector's own (synchronous) parser: Page payloads need no fetch.
import { parseWebhook } from "@/lib/connectors/facebook/parse-webhook";
import type { InboundEvent, InboundMessage, InboundMessageEvent } from "@/lib/connectors/types";
import type { FakeGraph } from "../../../fakes/fake-graph";
import { PAGE_ID, channelFor, startGraph } from "./helpers";

const POST = `${PAGE_ID}_5550001`;
const channel = channelFor("http://127.0.0.1:1");
let fake: FakeGraph;
beforeAll(async () => {
  ({ fake } = await startGraph());
});
afterAll(async () => {
  await fake.close();
});

/** Through the real wire format: Meta's bytes, parsed as the route would, then split and parse. */
function roundTrip(envelope: unknown, ch = channel): InboundEvent[] {
  const parts = facebookConnector.splitWebhook(JSON.parse(fake.serialize(envelope)) as unknown);
  return parts.flatMap((p) => parseWebhook(p, ch));
}
const only = <T extends InboundEvent>(events: InboundEvent[]): T => {
  expect(events).toHaveLength(1);
  return events[0] as T;
};

describe("feed comments", () => {
  it("maps a new top-level comment", () => {
    const m = only<InboundMessage>(
      roundTrip(fake.feedCommentChange({ verb: "add", comment_id: "5550001_9001", post_id: POST, from: { id: "6101", name: "Ana Lima" }, message: "Still no refund 😡", created_time: 1_760_000_000 })),
    );
    expect(m).toEqual({
      type: "message",
      externalId: "5550001_9001",
      kind: "COMMENT",
      direction: "INBOUND",
      visibility: "PUBLIC",
      thread: { externalId: POST, kind: "POST", permalink: `https://www.facebook.com/${PAGE_ID}/posts/5550001` },
      author: { platformUserId: "6101", name: "Ana Lima" },
      body: "Still no refund 😡",
      platformCreatedAt: new Date(1_760_000_000_000),
    });
  });

  it("sets parentExternalId only for replies, including replies to replies", () => {
    const [reply, nested] = roundTrip(
      fake.feedCommentChange([
        { verb: "add", comment_id: "5550001_9002", post_id: POST, parent_id: "5550001_9001", from: { id: "6102", name: "B" }, message: "same here" },
        { verb: "add", comment_id: "5550001_9003", post_id: POST, parent_id: "5550001_9002", from: { id: "6101", name: "Ana Lima" }, message: "@B yes" },
      ]),
    ) as InboundMessage[];
    expect(reply?.parentExternalId).toBe("5550001_9001");
    expect(nested?.parentExternalId).toBe("5550001_9002");
    const top = only<InboundMessage>(roundTrip(fake.feedCommentChange({ verb: "add", comment_id: "5550001_9004", post_id: POST, parent_id: POST, from: { id: "1", name: "x" }, message: "hi" })));
    expect(top.parentExternalId).toBeUndefined();
  });

  it("marks the Page's own comment OUTBOUND", () => {
    const m = only<InboundMessage>(roundTrip(fake.feedCommentChange({ verb: "add", comment_id: "5550001_9005", post_id: POST, parent_id: "5550001_9001", from: { id: PAGE_ID, name: "Fake Page" }, message: "Sorry, DM us" })));
    expect(m.direction).toBe("OUTBOUND");
    expect(m.author.platformUserId).toBe(PAGE_ID);
  });

  it("gives a comment without `from` its own anonymous author (never a shared one)", () => {
    const [a, b] = roundTrip(
      fake.feedCommentChange([
        { verb: "add", comment_id: "5550001_9006", post_id: POST, message: "a" },
        { verb: "add", comment_id: "5550001_9007", post_id: POST, message: "b" },
      ]),
    ) as InboundMessage[];
    expect(a?.direction).toBe("INBOUND");
    expect(a?.author).toEqual({ platformUserId: "fb-anonymous:5550001_9006" });
    expect(b?.author.platformUserId).toBe("fb-anonymous:5550001_9007");
  });

  it("maps edited / remove / hide / unhide to events keyed by the change's created_time", () => {
    const events = roundTrip(
      fake.feedCommentChange([
        { verb: "edited", comment_id: "5550001_9001", post_id: POST, from: { id: "6101", name: "Ana" }, message: "Refund arrived, thanks", created_time: 1_760_000_100 },
        { verb: "hide", comment_id: "5550001_9001", post_id: POST, created_time: 1_760_000_200, is_hidden: true },
        { verb: "unhide", comment_id: "5550001_9001", post_id: POST, created_time: 1_760_000_300, is_hidden: false },
        { verb: "remove", comment_id: "5550001_9001", post_id: POST, created_time: 1_760_000_400 },
      ]),
    ) as InboundMessageEvent[];
    expect(events).toEqual([
      { type: "message_event", externalId: "5550001_9001", kind: "EDITED", newText: "Refund arrived, thanks", platformTime: new Date(1_760_000_100_000) },
      { type: "message_event", externalId: "5550001_9001", kind: "HIDDEN", platformTime: new Date(1_760_000_200_000) },
      { type: "message_event", externalId: "5550001_9001", kind: "UNHIDDEN", platformTime: new Date(1_760_000_300_000) },
      { type: "message_event", externalId: "5550001_9001", kind: "REMOVED", platformTime: new Date(1_760_000_400_000) },
    ]);
  });

  it("gives a retried delivery the same event key even though the entry time changed", () => {
    const change = { verb: "edited" as const, comment_id: "5550001_9001", post_id: POST, message: "v2", created_time: 1_760_000_100 };
    const first = fake.feedCommentChange(change);
    const retry = structuredClone(first);
    (retry.entry[0] as { time: number }).time += 3600;
    expect(roundTrip(retry)).toEqual(roundTrip(first));
  });

  it("ignores the Page's own posts (visitor posts: visitor-posts.test.ts), other fields and unknown verbs", () => {
    expect(roundTrip(fake.feedPostChange({ verb: "add", post_id: POST, item: "status", message: "New post" }))).toEqual([]);
    expect(roundTrip(fake.feedPostChange({ verb: "add", post_id: POST, item: "status", message: "Ours", from: { id: PAGE_ID, name: "Page" } }))).toEqual([]);
    expect(roundTrip(fake.feedPostChange({ verb: "add", post_id: POST, item: "post" }))).toEqual([]);
    const other = { object: "page", entry: [{ id: PAGE_ID, time: 1, changes: [{ field: "ratings", value: { verb: "add" } }, { field: "feed", value: { item: "reaction", verb: "add", reaction_type: "like" } }] }] };
    expect(roundTrip(other)).toEqual([]);
    expect(roundTrip(fake.feedCommentChange({ verb: "block" as never, comment_id: "1_2", post_id: POST }))).toEqual([]);
  });

  it("ignores unknown extra fields at every level", () => {
    const env = fake.feedCommentChange({ verb: "add", comment_id: "5550001_9010", post_id: POST, from: { id: "6101", name: "Ana" }, message: "hi", created_time: 1_760_000_000 });
    const entry = env.entry[0] as { changes: Array<{ value: Record<string, unknown> }> } & Record<string, unknown>;
    entry.uid = "x";
    entry.changes[0]!.value.reaction_type = "angry";
    entry.changes[0]!.value.post = "not-an-object";
    const m = only<InboundMessage>(roundTrip({ ...env, extra: { a: 1 } }));
    expect(m).toMatchObject({ externalId: "5550001_9010", body: "hi", thread: { externalId: POST } });
    expect(m.thread.permalink).toBeUndefined();
  });
});

describe("Messenger", () => {
  it("maps an inbound message with reply_to into the customer's DM thread", () => {
    const m = only<InboundMessage>(roundTrip(fake.messengerEvent({ sender: "24001", text: "Hello? 👋", mid: "m_abc", reply_to: "m_prev", timestamp: 1_760_000_000_123 })));
    expect(m).toEqual({
      type: "message",
      externalId: "m_abc",
      kind: "DM",
      direction: "INBOUND",
      visibility: "PRIVATE",
      thread: { externalId: "dm:24001", kind: "DM_CONVERSATION" },
      parentExternalId: "m_prev",
      author: { platformUserId: "24001" },
      body: "Hello? 👋",
      platformCreatedAt: new Date(1_760_000_000_123),
    });
  });

  it("maps an echo as OUTBOUND in the recipient's thread", () => {
    const m = only<InboundMessage>(roundTrip(fake.messengerEvent({ sender: PAGE_ID, recipient: "24001", text: "We are on it", mid: "m_echo", is_echo: true })));
    expect(m.direction).toBe("OUTBOUND");
    expect(m.thread.externalId).toBe("dm:24001");
    expect(m.author.platformUserId).toBe(PAGE_ID);
    expect(m.parentExternalId).toBeUndefined();
  });

  it("ignores deliveries and reads; uses a placeholder for attachment-only messages", () => {
    const reads = { object: "page", entry: [{ id: PAGE_ID, time: 1_760_000_000_000, messaging: [{ sender: { id: "24001" }, recipient: { id: PAGE_ID }, timestamp: 1, read: { watermark: 1 } }] }] };
    const deliveries = { object: "page", entry: [{ id: PAGE_ID, time: 1_760_000_000_000, messaging: [{ sender: { id: "24001" }, recipient: { id: PAGE_ID }, delivery: { mids: ["m_1"], watermark: 1 } }] }] };
    expect(roundTrip(reads)).toEqual([]);
    expect(roundTrip(deliveries)).toEqual([]);
    const image = { object: "page", entry: [{ id: PAGE_ID, time: 1, messaging: [{ sender: { id: "24001" }, recipient: { id: PAGE_ID }, timestamp: 5, message: { mid: "m_img", attachments: [{ type: "image", payload: { url: "https://x/y.png" } }] } }] }] };
    expect(only<InboundMessage>(roundTrip(image)).body).toBe("[image]");
  });
});

describe("splitting batched bodies", () => {
  it("groups entries by page, keeping order, and parses every change of a batch", () => {
    const otherPage = "200000000000002";
    const env = fake.batch(
      fake.feedCommentChange({ verb: "add", comment_id: "1_1", post_id: POST, from: { id: "7", name: "A" }, message: "one" }),
      { object: "page", entry: [{ id: otherPage, time: 1, changes: [{ field: "feed", value: { item: "comment", verb: "add", comment_id: "9_9", post_id: `${otherPage}_9`, created_time: 1, message: "elsewhere" } }] }] },
      fake.messengerEvent({ sender: "24001", text: "two", mid: "m_2" }),
    );
    const parts = facebookConnector.splitWebhook(JSON.parse(fake.serialize(env)) as unknown);
    expect(parts.map((p) => [p.channelExternalId, (p.payload as unknown[]).length])).toEqual([
      [PAGE_ID, 2],
      [otherPage, 1],
    ]);
    const mine = parseWebhook(parts[0]!, channel) as InboundMessage[];
    expect(mine.map((e) => e.body)).toEqual(["one", "two"]);
    const theirs = parseWebhook(parts[1]!, { ...channel, externalId: otherPage }) as InboundMessage[];
    expect(theirs.map((e) => e.externalId)).toEqual(["9_9"]);
  });

  it("returns no parts for an empty entry list", () => {
    expect(facebookConnector.splitWebhook({ object: "page", entry: [] })).toEqual([]);
  });
});

describe("malformed payloads", () => {
  const bad = (body: unknown) => () => facebookConnector.splitWebhook(body);
  it("rejects other objects and bad envelopes in splitWebhook", () => {
    expect(bad({ object: "instagram", entry: [] })).toThrow(WebhookPayloadError);
    expect(bad({ object: "page" })).toThrow(WebhookPayloadError);
    expect(bad({ object: "page", entry: [{ time: 1 }] })).toThrow(WebhookPayloadError);
    expect(bad({ object: "page", entry: [{ id: PAGE_ID }] })).toThrow(WebhookPayloadError);
    expect(bad({ object: "page", entry: [{ id: PAGE_ID, time: 1, changes: "nope" }] })).toThrow(WebhookPayloadError);
    expect(bad(null)).toThrow(WebhookPayloadError);
    expect(bad("page")).toThrow(WebhookPayloadError);
  });

  it("rejects malformed items in parseWebhook", () => {
    const part = (entry: Record<string, unknown>) => ({ channelExternalId: PAGE_ID, payload: [{ id: PAGE_ID, time: 1, ...entry }] });
    const parse = (entry: Record<string, unknown>) => () => parseWebhook(part(entry), channel);
    expect(parse({ changes: [{ field: "feed", value: { item: "comment", verb: "add", post_id: POST } }] })).toThrow(WebhookPayloadError);
    expect(parse({ changes: [{ field: "feed", value: { item: "comment", verb: "add", comment_id: "1_2", post_id: POST, from: { name: "no id" } } }] })).toThrow(WebhookPayloadError);
    expect(parse({ changes: [{ value: {} }] })).toThrow(WebhookPayloadError);
    expect(parse({ messaging: [{ sender: { id: "1" }, recipient: { id: PAGE_ID }, timestamp: 1, message: { text: "no mid" } }] })).toThrow(WebhookPayloadError);
    expect(parse({ messaging: [{ recipient: { id: PAGE_ID }, timestamp: 1, message: { mid: "m_1", text: "no sender" } }] })).toThrow(WebhookPayloadError);
    expect(parse({ messaging: ["not an object"] })).toThrow(WebhookPayloadError);
    expect(() => parseWebhook({ channelExternalId: PAGE_ID, payload: { not: "an array" } }, channel)).toThrow(WebhookPayloadError);
  });

  it("refuses a part addressed to another page", () => {
    const part = { channelExternalId: "999", payload: [{ id: "999", time: 1, changes: [] }] };
    expect(() => parseWebhook(part, channel)).toThrow(WebhookPayloadError);
  });
});
