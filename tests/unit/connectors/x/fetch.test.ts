// fetchSince against the fake X API over real HTTP: mentions paging and since_id sweeps, DM paging that
// stops at the cursor, the cursor itself, and DM rate limits that must not hold back mentions.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConnectorError, type ChannelContext } from "@/lib/connectors/connector";
import type { XSecrets } from "@/lib/connectors/secrets-schemas";
import type { InboundMessage } from "@/lib/connectors/types";
import { xConnector, type XCursor } from "@/lib/connectors/x";
import { fetchDms } from "@/lib/connectors/x/fetch-dms";
import { fetchMentions } from "@/lib/connectors/x/fetch-mentions";
import { hmacSha1Signature, signatureBaseString } from "@/lib/connectors/x/oauth1";
import { startFakeX, type FakeX } from "../../../fakes/fake-x";
import { SECRETS_BASE, ann, channelFor, parseOAuthHeader } from "./helpers";

let fake: FakeX;
let channel: ChannelContext<XSecrets>;
const backfillSince = new Date(Date.UTC(2025, 0, 1, 0, 0, 0, 500));
const bob = { id: "1600000000000000042", username: "bob", name: "Bob" };

beforeEach(async () => {
  fake = await startFakeX();
  channel = channelFor(fake);
});
afterEach(async () => {
  await fake.close();
});

const mentionRequests = () => fake.requests.filter((r) => r.path.endsWith("/mentions"));
const dmRequests = () => fake.requests.filter((r) => r.path === "/2/dm_events");
const ids = (events: Array<{ externalId: string }>) => events.map((e) => e.externalId);
const self = () => ({ id: fake.userId, username: fake.username, name: "Fake Brand" });

describe("mentions", () => {
  it("pages 12 mentions with pagination_token and sets since_id to the first page's newest_id", async () => {
    const added = Array.from({ length: 12 }, (_, i) => fake.addMention({ text: `@fakebrand help ${i}`, author: ann }));
    const res = await fetchMentions(channel, undefined, backfillSince, 5);
    expect(ids(res.events)).toEqual(added.map((t) => t.id).reverse());
    expect(res.newestId).toBe(added[11]!.id);
    const reqs = mentionRequests();
    expect(reqs).toHaveLength(3);
    expect(reqs[0]!.path).toBe(`/2/users/${fake.userId}/mentions`);
    expect(reqs[0]!.query).toEqual({
      max_results: "5",
      "tweet.fields": "author_id,conversation_id,created_at,in_reply_to_user_id,referenced_tweets,note_tweet",
      expansions: "author_id",
      "user.fields": "username,name,public_metrics",
      // First poll: the backfill horizon, at second granularity as X documents.
      start_time: "2025-01-01T00:00:00Z",
    });
    expect(reqs[0]!.query).not.toHaveProperty("pagination_token");
    expect(reqs[1]!.query.pagination_token).toBeTruthy();
    expect(reqs[2]!.query.pagination_token).toBeTruthy();
    expect(reqs[2]!.query.pagination_token).not.toBe(reqs[1]!.query.pagination_token);
  });

  it("maps author, thread = conversation_id and parent = replied_to, keeping ids beyond 2^53 exact", async () => {
    const root = fake.addMention({ text: "@fakebrand my parcel is lost", author: ann, created_at: "2025-05-19T14:01:46.000Z" });
    const reply = fake.addMention({
      text: "@fakebrand any news?",
      author: ann,
      conversation_id: root.id,
      in_reply_to_user_id: fake.userId,
      referenced_tweets: [{ type: "replied_to", id: "1790000000000000555" }],
    });
    expect(BigInt(reply.id)).toBeGreaterThan(BigInt(Number.MAX_SAFE_INTEGER));
    const { events } = await xConnector.fetchSince(channel, null, { backfillSince });
    const [r, m] = events as InboundMessage[];
    expect(r).toMatchObject({
      externalId: reply.id,
      kind: "MENTION",
      direction: "INBOUND",
      visibility: "PUBLIC",
      thread: { externalId: root.id, kind: "TWEET_CONVERSATION" },
      parentExternalId: "1790000000000000555",
      author: { platformUserId: ann.id, handle: "ann", name: "Ann Example", followerCount: 1234 },
      body: "@fakebrand any news?",
    });
    expect(m).toMatchObject({
      externalId: root.id,
      thread: { externalId: root.id, text: "@fakebrand my parcel is lost", createdAt: new Date("2025-05-19T14:01:46.000Z") },
      parentExternalId: undefined,
      platformCreatedAt: new Date("2025-05-19T14:01:46.000Z"),
      permalink: `https://x.com/ann/status/${root.id}`,
    });
  });

  it("second sweep with the cursor uses since_id and returns only the new mentions", async () => {
    Array.from({ length: 3 }, (_, i) => fake.addMention({ text: `@fakebrand old ${i}`, author: ann }));
    const first = await xConnector.fetchSince(channel, null, { backfillSince });
    const cursor = first.cursor as XCursor;
    expect(first.events).toHaveLength(3);
    const fresh = [fake.addMention({ text: "@fakebrand new 1", author: bob }), fake.addMention({ text: "@fakebrand new 2", author: ann })];
    const second = await xConnector.fetchSince(channel, JSON.parse(JSON.stringify(cursor)), { backfillSince });
    expect(ids(second.events)).toEqual([fresh[1]!.id, fresh[0]!.id]);
    const last = mentionRequests().at(-1)!;
    expect(last.query.since_id).toBe(cursor.mentionsSinceId);
    expect(last.query).not.toHaveProperty("start_time");
    expect((second.cursor as XCursor).mentionsSinceId).toBe(fresh[1]!.id);
  });

  it("handles an absent `data` (nothing new) and keeps the previous since_id", async () => {
    const empty = await xConnector.fetchSince(channel, null, { backfillSince });
    expect(empty.events).toEqual([]);
    expect(empty.cursor).toEqual({});
    const m = fake.addMention({ text: "@fakebrand hi", author: ann });
    const one = await xConnector.fetchSince(channel, empty.cursor, { backfillSince });
    expect((one.cursor as XCursor).mentionsSinceId).toBe(m.id);
    const none = await xConnector.fetchSince(channel, one.cursor, { backfillSince });
    expect(none.events).toEqual([]);
    expect((none.cursor as XCursor).mentionsSinceId).toBe(m.id);
  });

  it("follows next_token through the public API at 100 per page", async () => {
    for (let i = 0; i < 205; i++) fake.addMention({ text: `@fakebrand n${i}`, author: ann });
    const res = await xConnector.fetchSince(channel, null, { backfillSince });
    expect(res.events).toHaveLength(205);
    expect(new Set(ids(res.events)).size).toBe(205);
    expect(mentionRequests().map((r) => r.query.max_results)).toEqual(["100", "100", "100"]);
  });

  it("reports an edit as a new message plus EDITED on the original id", async () => {
    const original = fake.addMention({ text: "@fakebrand typo", author: ann });
    const edit = fake.addMention({ text: "@fakebrand fixed", author: ann, edit_history_tweet_ids: [original.id] });
    const res = await fetchMentions(channel, original.id, backfillSince);
    expect(res.events).toEqual([
      expect.objectContaining({ type: "message", externalId: edit.id, body: "@fakebrand fixed" }),
      expect.objectContaining({ type: "message_event", externalId: original.id, kind: "EDITED", newText: "@fakebrand fixed" }),
    ]);
  });

  it("signs each GET with OAuth 1.0a over the query it actually sent", async () => {
    fake.addMention({ text: "@fakebrand hi", author: ann });
    await xConnector.fetchSince(channel, null, { backfillSince });
    for (const req of [mentionRequests()[0]!, dmRequests()[0]!]) {
      const oauth = parseOAuthHeader(req.headers.authorization ?? "");
      expect(oauth).toMatchObject({ oauth_consumer_key: SECRETS_BASE.consumerKey, oauth_token: SECRETS_BASE.accessToken, oauth_signature_method: "HMAC-SHA1", oauth_version: "1.0" });
      const { oauth_signature: sig, ...params } = oauth;
      const base = signatureBaseString(req.method, `${fake.url}${req.path}`, [...Object.entries(req.query), ...Object.entries(params)]);
      expect(sig).toBe(hmacSha1Signature(base, fake.consumerSecret, SECRETS_BASE.accessTokenSecret));
      expect(req.headers.authorization).not.toContain(SECRETS_BASE.accessTokenSecret);
      expect(req.headers.authorization).not.toContain(fake.consumerSecret);
    }
  });
});

describe("DMs", () => {
  it("pages DM events, keeps both directions, and stops at the cursor on the next sweep", async () => {
    const first = Array.from({ length: 7 }, (_, i) => fake.addDm({ text: `dm ${i}`, sender: i % 2 ? bob : ann }));
    const ours = fake.addDm({ text: "we are on it", sender: self(), recipient_id: ann.id });
    const sweep1 = await fetchDms(channel, undefined, backfillSince, 3);
    expect(ids(sweep1.events)).toEqual([ours.id, ...first.map((d) => d.id).reverse()]);
    expect(dmRequests()).toHaveLength(3);
    expect(sweep1.newest?.id).toBe(ours.id);
    expect(sweep1.events[0]).toMatchObject({ direction: "OUTBOUND", thread: { externalId: `dm:${ann.id}` }, author: { platformUserId: fake.userId } });
    expect(sweep1.events[1]).toMatchObject({ direction: "INBOUND", kind: "DM", visibility: "PRIVATE", thread: { externalId: `dm:${ann.id}`, kind: "DM_CONVERSATION" }, author: { handle: "ann", followerCount: 1234 } });
    expect(sweep1.events[2]).toMatchObject({ thread: { externalId: `dm:${bob.id}` }, author: { platformUserId: bob.id, handle: "bob", name: "Bob" } });

    const fresh = [fake.addDm({ text: "new a", sender: bob }), fake.addDm({ text: "new b", sender: ann })];
    const before = dmRequests().length;
    const sweep2 = await fetchDms(channel, sweep1.newest?.id, backfillSince, 3);
    expect(ids(sweep2.events)).toEqual([fresh[1]!.id, fresh[0]!.id]);
    // The first page (new b, new a, ours) already reached the cursor: no second request.
    expect(dmRequests().length - before).toBe(1);
    expect(sweep2.newest?.id).toBe(fresh[1]!.id);
    const q = dmRequests().at(-1)!.query;
    expect(q).toMatchObject({ "dm_event.fields": "id,text,event_type,created_at,dm_conversation_id,sender_id", expansions: "sender_id", "user.fields": "username,name,public_metrics", event_types: "MessageCreate" });
  });

  it("stops the first sweep at backfillSince and stores the DM cursor in fetchSince", async () => {
    fake.addDm({ text: "too old", sender: ann, created_at: "2024-12-31T23:59:59.000Z" });
    const recent = fake.addDm({ text: "recent", sender: ann, created_at: "2025-03-01T10:00:00.000Z" });
    const res = await xConnector.fetchSince(channel, null, { backfillSince });
    expect(ids(res.events)).toEqual([recent.id]);
    expect(res.cursor).toEqual({ dmNewestId: recent.id, dmNewestAt: "2025-03-01T10:00:00.000Z" });
    const again = await xConnector.fetchSince(channel, res.cursor, { backfillSince });
    expect(again.events).toEqual([]);
    expect(again.cursor).toEqual(res.cursor);
  });

  it("on a DM rate limit keeps the mentions, pauses DM reads until X's reset, then resumes", async () => {
    const m = fake.addMention({ text: "@fakebrand hello", author: ann });
    const dm = fake.addDm({ text: "private hello", sender: ann });
    const resetAt = Math.floor(Date.now() / 1000) + 600;
    fake.setRateLimit("dm_events", { remaining: 0, resetAt });
    const res = await xConnector.fetchSince(channel, null, { backfillSince });
    expect(ids(res.events)).toEqual([m.id]);
    expect(res.cursor).toEqual({ mentionsSinceId: m.id, dmPausedUntil: new Date(resetAt * 1000).toISOString() });
    const dmCalls = dmRequests().length;
    await xConnector.fetchSince(channel, res.cursor, { backfillSince });
    expect(dmRequests().length).toBe(dmCalls);
    // Once the pause is over (the stored time is in the past), DMs are read again from the old DM cursor.
    fake.resetRateLimits();
    const resumed = await xConnector.fetchSince(channel, { ...(res.cursor as XCursor), dmPausedUntil: new Date(Date.now() - 1000).toISOString() }, { backfillSince });
    expect(ids(resumed.events)).toEqual([dm.id]);
    expect(resumed.cursor).toEqual({ mentionsSinceId: m.id, dmNewestId: dm.id, dmNewestAt: expect.any(String) });
  });

  it("fails the sweep (old cursor kept by the caller) on a mentions 429 or a DM server error", async () => {
    fake.failNext(1, { status: 429, resetInSeconds: 90 }, /mentions/);
    const limited = await xConnector.fetchSince(channel, null, { backfillSince }).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(ConnectorError);
    expect(limited).toMatchObject({ retryable: true, httpStatus: 429 });
    fake.failNext(1, { status: 503 }, /dm_events/);
    const down = await xConnector.fetchSince(channel, null, { backfillSince }).catch((e: unknown) => e);
    expect(down).toMatchObject({ retryable: true, httpStatus: 503 });
  });

  it("treats an unreadable cursor as a first poll", async () => {
    const m = fake.addMention({ text: "@fakebrand hi", author: ann });
    const res = await xConnector.fetchSince(channel, { mentionsSinceId: 12.5 }, { backfillSince });
    expect(ids(res.events)).toEqual([m.id]);
    expect(mentionRequests()[0]!.query.start_time).toBe("2025-01-01T00:00:00Z");
  });
});
