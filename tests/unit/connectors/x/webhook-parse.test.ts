// splitWebhook + parseWebhook on v1.1 account-activity payloads built by the fake, taken through the
// wire format (bare 64-bit numbers next to id_str) exactly as the route would receive them.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WebhookPayloadError, type ChannelContext } from "@/lib/connectors/connector";
import type { XSecrets } from "@/lib/connectors/secrets-schemas";
import type { InboundMessage, InboundMessageEvent } from "@/lib/connectors/types";
import { xConnector } from "@/lib/connectors/x";
// The connector's own (synchronous) parser: X payloads need no fetch.
import { parseWebhook } from "@/lib/connectors/x/webhook";
import { parseV1Date } from "@/lib/connectors/x/time";
import { startFakeX, type FakeX } from "../../../fakes/fake-x";
import { annV1, channelFor } from "./helpers";

let fake: FakeX;
let channel: ChannelContext<XSecrets>;
const self = () => ({ id: fake.userId, screen_name: fake.username, name: "Fake Brand" });

beforeEach(async () => {
  fake = await startFakeX();
  channel = channelFor(fake);
});
afterEach(async () => {
  await fake.close();
});

/** What the route sees: the wire bytes parsed with JSON.parse. */
function received(payload: object): unknown {
  return JSON.parse(fake.serialize(payload)) as unknown;
}

function parse(payload: object) {
  const parts = xConnector.splitWebhook(received(payload));
  expect(parts).toHaveLength(1);
  expect(parts[0]?.channelExternalId).toBe(fake.userId);
  return parseWebhook(parts[0]!, channel);
}

const BIG_ID = "1790000000000000123"; // > 2^53: a JS number cannot hold it
const BIG_PARENT = "1790000000000000077";

describe("tweet_create_events", () => {
  it("maps a long mention: extended_tweet.full_text, author, date, big id kept as a string", () => {
    const long = `@fakebrand my order never arrived ${"and nobody answers ".repeat(8)}please help`;
    const payload = fake.tweetCreateEvent({ id: BIG_ID, text: long, user: annV1, created_at: new Date(Date.UTC(2025, 4, 19, 14, 1, 46)) });
    const raw = received(payload) as { tweet_create_events: Array<{ id: number; text: string; created_at: string }> };
    // The trap is real: the numeric id was rounded and the short text was cut.
    expect(String(raw.tweet_create_events[0]?.id)).not.toBe(BIG_ID);
    expect(raw.tweet_create_events[0]?.text).not.toBe(long);
    expect(raw.tweet_create_events[0]?.created_at).toBe("Mon May 19 14:01:46 +0000 2025");

    const [ev, ...rest] = parse(payload);
    expect(rest).toHaveLength(0);
    expect(ev).toEqual({
      type: "message",
      externalId: BIG_ID,
      kind: "MENTION",
      direction: "INBOUND",
      visibility: "PUBLIC",
      thread: {
        externalId: BIG_ID,
        kind: "TWEET_CONVERSATION",
        text: long,
        createdAt: new Date(Date.UTC(2025, 4, 19, 14, 1, 46)),
        permalink: `https://x.com/ann/status/${BIG_ID}`,
      },
      parentExternalId: undefined,
      author: { platformUserId: annV1.id, handle: "ann", name: "Ann Example", followerCount: 1234, profileUrl: "https://x.com/ann" },
      body: long,
      platformCreatedAt: new Date(Date.UTC(2025, 4, 19, 14, 1, 46)),
      permalink: `https://x.com/ann/status/${BIG_ID}`,
    });
  });

  it("keeps the reply parent (from in_reply_to_status_id_str) and threads the reply on it", () => {
    const [ev] = parse(fake.tweetCreateEvent({ id: BIG_ID, text: "@fakebrand still broken", user: annV1, in_reply_to_status_id: BIG_PARENT, in_reply_to_user_id: fake.userId }));
    const m = ev as InboundMessage;
    expect(m.parentExternalId).toBe(BIG_PARENT);
    expect(m.thread).toEqual({ externalId: BIG_PARENT, kind: "TWEET_CONVERSATION" });
    expect(m.body).toBe("@fakebrand still broken");
  });

  it("marks the account's own tweet OUTBOUND", () => {
    const [ev] = parse(fake.tweetCreateEvent({ text: "@ann sorry, we are on it", user: self(), in_reply_to_status_id: BIG_PARENT }));
    expect(ev).toMatchObject({ type: "message", direction: "OUTBOUND", author: { platformUserId: fake.userId }, parentExternalId: BIG_PARENT });
  });

  it("skips pure retweets but keeps the other tweets of the batch", () => {
    const rt = fake.tweetCreateEvent({ text: "RT @fakebrand: big news", user: annV1 });
    (rt.tweet_create_events as Array<Record<string, unknown>>)[0]!.retweeted_status = { id_str: "1790000000000000001", text: "big news" };
    const events = parse(fake.batch(rt, fake.tweetCreateEvent({ id: BIG_ID, text: "@fakebrand hi", user: annV1 })));
    expect(events.map((e) => e.externalId)).toEqual([BIG_ID]);
  });
});

describe("direct_message_events", () => {
  it("maps an inbound DM: thread per customer, author from the users map, created_timestamp", () => {
    const events = parse(fake.directMessageEvent({ id: "1790000000000000999", text: "my order #42?", sender: annV1, created_timestamp: 1_747_663_306_123 }));
    expect(events).toEqual([
      {
        type: "message",
        externalId: "1790000000000000999",
        kind: "DM",
        direction: "INBOUND",
        visibility: "PRIVATE",
        thread: { externalId: `dm:${annV1.id}`, kind: "DM_CONVERSATION" },
        author: { platformUserId: annV1.id, handle: "ann", name: "Ann Example", followerCount: 1234, profileUrl: "https://x.com/ann" },
        body: "my order #42?",
        platformCreatedAt: new Date(1_747_663_306_123),
      },
    ]);
  });

  it("maps our own send (source_app_id echo) OUTBOUND in the customer's thread", () => {
    const [ev] = parse(fake.directMessageEvent({ id: "1790000000000001000", text: "Here is your refund", sender: self(), recipient_id: annV1.id, source_app_id: "42" }));
    expect(ev).toMatchObject({
      externalId: "1790000000000001000",
      kind: "DM",
      direction: "OUTBOUND",
      thread: { externalId: `dm:${annV1.id}`, kind: "DM_CONVERSATION" },
      author: { platformUserId: fake.userId, handle: fake.username },
      body: "Here is your refund",
    });
  });

  it("ignores DM event types other than message_create", () => {
    const payload = fake.directMessageEvent({ text: "hi", sender: annV1 });
    (payload.direct_message_events as unknown[]).push({ type: "message_delete", id: "1790000000000002000" });
    expect(parse(payload)).toHaveLength(1);
  });
});

describe("tweet_delete_events and batches", () => {
  it("maps a delete to REMOVED on the tweet id with timestamp_ms", () => {
    const events = parse(fake.tweetDeleteEvent({ id: BIG_ID, user_id: annV1.id, timestamp_ms: 1_747_663_400_000 }));
    expect(events).toEqual<InboundMessageEvent[]>([{ type: "message_event", externalId: BIG_ID, kind: "REMOVED", platformTime: new Date(1_747_663_400_000) }]);
  });

  it("ignores unknown arrays and fields, and parses every known array of a batch", () => {
    const batch = fake.batch(
      fake.tweetCreateEvent({ id: BIG_ID, text: "@fakebrand a", user: annV1 }),
      fake.directMessageEvent({ id: "1790000000000000999", text: "b", sender: annV1 }),
      fake.tweetDeleteEvent({ id: BIG_PARENT, user_id: annV1.id }),
    );
    Object.assign(batch, {
      favorite_events: [{ id: "x", favorited_status: {} }],
      follow_events: [{ type: "follow" }],
      direct_message_indicate_typing_events: [{ sender_id: annV1.id }],
      some_future_field: { nested: true },
    });
    const events = parse(batch);
    expect(events.map((e) => [e.type, e.externalId])).toEqual([
      ["message", BIG_ID],
      ["message", "1790000000000000999"],
      ["message_event", BIG_PARENT],
    ]);
    expect(parse({ for_user_id: fake.userId, favorite_events: [{}] })).toEqual([]);
  });
});

describe("malformed payloads", () => {
  const tweet = () => (fake.tweetCreateEvent({ id: BIG_ID, text: "x", user: annV1 }).tweet_create_events as Array<Record<string, unknown>>)[0]!;
  const bad: Array<[string, () => unknown]> = [
    ["not an object", () => "hello"],
    ["null", () => null],
    ["missing for_user_id", () => ({ tweet_create_events: [] })],
    ["numeric for_user_id", () => ({ for_user_id: 1700000000000000001 })],
    ["tweet_create_events not an array", () => ({ for_user_id: "1", tweet_create_events: {} })],
    ["tweet without id_str", () => ({ for_user_id: "1", tweet_create_events: [{ ...tweet(), id_str: undefined }] })],
    ["tweet user without id_str", () => ({ for_user_id: "1", tweet_create_events: [{ ...tweet(), user: { screen_name: "ann" } }] })],
    ["DM without sender", () => ({ for_user_id: "1", direct_message_events: [{ type: "message_create", id: "5", created_timestamp: "1", message_create: { target: { recipient_id: "1" }, message_data: { text: "x" } } }] })],
    ["delete with only a rounded numeric id", () => ({ for_user_id: "1", tweet_delete_events: [{ status: { id: 1790000000000000000 }, timestamp_ms: "1" }] })],
  ];
  it.each(bad)("throws WebhookPayloadError: %s", (_name, make) => {
    const body = make();
    expect(() => xConnector.splitWebhook(body)).toThrow(WebhookPayloadError);
    expect(() => parseWebhook({ channelExternalId: "1", payload: body }, channel)).toThrow(WebhookPayloadError);
  });
});

describe("v1.1 created_at", () => {
  it("parses the v1.1 format, honours the offset, rejects other text", () => {
    expect(parseV1Date("Mon May 19 14:01:46 +0000 2025")).toEqual(new Date(Date.UTC(2025, 4, 19, 14, 1, 46)));
    expect(parseV1Date("Mon May 19 16:01:46 +0200 2025")).toEqual(new Date(Date.UTC(2025, 4, 19, 14, 1, 46)));
    expect(parseV1Date("Wed Jan 1 00:00:05 -0130 2025")).toEqual(new Date(Date.UTC(2025, 0, 1, 1, 30, 5)));
    expect(parseV1Date("2025-05-19T14:01:46Z")).toBeUndefined();
    expect(parseV1Date("Mon Foo 19 14:01:46 +0000 2025")).toBeUndefined();
  });
});
