import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConnectorError, type ChannelContext } from "@/lib/connectors/connector";
import { createFacebookConnector, facebookConnector } from "@/lib/connectors/facebook";
import { graphClient } from "@/lib/connectors/facebook/graph-client";
import { resolveOptions } from "@/lib/connectors/facebook/config";
import type { FacebookSecrets } from "@/lib/connectors/secrets-schemas";
import type { InboundMessage } from "@/lib/connectors/types";
import type { FakeGraph } from "../../../fakes/fake-graph";
import { PAGE_ID, SECRETS, startGraph } from "./helpers";

const MIN = 60_000;
const HOUR = 60 * MIN;
const ago = (ms: number) => new Date(Date.now() - ms);
/** The cursor as it comes back from storage. */
const stored = (c: unknown): unknown => JSON.parse(JSON.stringify(c)) as unknown;

let fake: FakeGraph;
let channel: ChannelContext<FacebookSecrets>;
beforeEach(async () => {
  ({ fake, channel } = await startGraph());
});
afterEach(async () => {
  await fake.close();
});

const messages = (events: unknown[]) => events as InboundMessage[];
const ids = (events: unknown[]) => messages(events).map((e) => e.externalId).sort();
const get = (path: RegExp) => fake.requests.filter((r) => r.method === "GET" && path.test(r.path));

describe("fetchSince", () => {
  it("follows paging across feed and comment pages, then returns only new comments with the cursor", async () => {
    const small = createFacebookConnector({ pageSize: 2 });
    const p1 = fake.addPost({ id: `${PAGE_ID}_1`, message: "Spring sale!", created_time: ago(5 * HOUR) });
    const p2 = fake.addPost({ id: `${PAGE_ID}_2`, created_time: ago(4 * HOUR) });
    fake.addPost({ id: `${PAGE_ID}_3`, created_time: ago(3 * HOUR) }); // no comments
    const c1 = fake.addComment({ post_id: p1.id, message: "c1", from: { id: "u1", name: "Ana" }, created_time: ago(3 * HOUR) });
    fake.addComment({ post_id: p1.id, message: "c2", from: { id: "u2", name: "Bo" }, created_time: ago(170 * MIN) });
    const reply = fake.addComment({ post_id: p1.id, parent_id: c1.id, message: "answer", from: { id: PAGE_ID, name: "Fake Page" }, created_time: ago(160 * MIN) });
    fake.addComment({ post_id: p1.id, message: "anon", created_time: ago(150 * MIN) });
    fake.addComment({ post_id: p1.id, message: "c5", from: { id: "u3", name: "Cy" }, created_time: ago(140 * MIN) });
    for (let i = 0; i < 3; i++) fake.addComment({ post_id: p2.id, message: `p2-${i}`, from: { id: "u4", name: "Di" }, created_time: ago((100 - i) * MIN) });

    const first = await small.fetchSince(channel, null, { backfillSince: ago(24 * HOUR) });
    expect(ids(first.events)).toEqual(fake.comments().map((c) => c.id).sort());
    const byBody = new Map(messages(first.events).map((e) => [e.body, e]));
    expect(byBody.get("c1")).toMatchObject({ direction: "INBOUND", author: { platformUserId: "u1", name: "Ana" }, thread: { externalId: p1.id, kind: "POST", text: "Spring sale!" } });
    expect(byBody.get("c1")?.platformCreatedAt.getTime()).toBe(Math.floor(c1.createdMs / 1000) * 1000);
    expect(byBody.get("c1")?.permalink).toContain("comment_id=");
    expect(byBody.get("answer")).toMatchObject({ direction: "OUTBOUND", parentExternalId: c1.id, externalId: reply.id });
    expect(byBody.get("anon")?.author.platformUserId).toMatch(/^fb-anonymous:/);

    // 3 posts at 2 per page: 2 feed pages; p1 5 comments: 3 pages; p2: 2 pages; p3: 1 (empty).
    expect(get(/\/feed$/)).toHaveLength(2);
    expect(get(new RegExp(`/${p1.id}/comments$`))).toHaveLength(3);
    expect(get(new RegExp(`/${p2.id}/comments$`))).toHaveLength(2);
    const firstFeed = get(/\/feed$/)[0]!;
    expect(firstFeed.path).toBe(`/v25.0/${PAGE_ID}/feed`);
    expect(firstFeed.query.fields).toBe("id,message,from,created_time,permalink_url");
    expect(Number(firstFeed.query.since)).toBeLessThanOrEqual(Math.floor(ago(24 * HOUR).getTime() / 1000));
    expect(get(/\/comments$/)[0]?.query).toMatchObject({ filter: "stream", order: "chronological", fields: "id,message,from,created_time,parent,is_hidden,permalink_url" });
    // Token in the Authorization header only, never in URLs.
    for (const r of fake.requests) {
      expect(r.headers.authorization).toBe(`Bearer ${SECRETS.pageAccessToken}`);
      expect(r.query.access_token).toBeUndefined();
    }

    const late1 = fake.addComment({ post_id: p1.id, message: "new on p1", from: { id: "u5", name: "Ed" }, created_time: ago(20 * MIN) });
    const late2 = fake.addComment({ post_id: p2.id, parent_id: fake.comments().find((c) => c.message === "p2-0")!.id, message: "new on p2", from: { id: "u1", name: "Ana" }, created_time: ago(10 * MIN) });
    const second = await small.fetchSince(channel, stored(first.cursor), { backfillSince: ago(24 * HOUR) });
    expect(ids(second.events)).toEqual([late1.id, late2.id].sort());

    const third = await small.fetchSince(channel, stored(second.cursor), { backfillSince: ago(24 * HOUR) });
    expect(third.events).toEqual([]);
  });

  it("returns comments created in the same second as the watermark exactly once", async () => {
    const post = fake.addPost({ id: `${PAGE_ID}_7`, created_time: ago(2 * HOUR) });
    const t = ago(30 * MIN);
    const a = fake.addComment({ post_id: post.id, message: "a", from: { id: "u1", name: "A" }, created_time: t });
    const first = await facebookConnector.fetchSince(channel, null, { backfillSince: ago(24 * HOUR) });
    expect(ids(first.events)).toEqual([a.id]);
    const b = fake.addComment({ post_id: post.id, message: "b", from: { id: "u2", name: "B" }, created_time: t });
    const second = await facebookConnector.fetchSince(channel, stored(first.cursor), { backfillSince: ago(24 * HOUR) });
    expect(ids(second.events)).toEqual([b.id]);
  });

  it("on the first poll skips comments older than backfillSince, even on posts it reads", async () => {
    const post = fake.addPost({ id: `${PAGE_ID}_8`, created_time: ago(72 * HOUR) });
    fake.addComment({ post_id: post.id, message: "old", from: { id: "u1", name: "A" }, created_time: ago(48 * HOUR) });
    const recent = fake.addComment({ post_id: post.id, message: "recent", from: { id: "u1", name: "A" }, created_time: ago(2 * HOUR) });
    const res = await facebookConnector.fetchSince(channel, null, { backfillSince: ago(24 * HOUR) });
    expect(ids(res.events)).toEqual([recent.id]);
  });

  it("stops at the request budget and resumes the sweep from the cursor without repeats", async () => {
    const tight = createFacebookConnector({ pageSize: 2, maxRequestsPerFetch: 3 });
    const post = fake.addPost({ id: `${PAGE_ID}_9`, created_time: ago(10 * HOUR) });
    const all = Array.from({ length: 9 }, (_, i) => fake.addComment({ post_id: post.id, message: `m${i}`, from: { id: `u${i}`, name: "N" }, created_time: ago((300 - i) * MIN) }));
    const a = await tight.fetchSince(channel, null, { backfillSince: ago(24 * HOUR) });
    expect(fake.requests).toHaveLength(3);
    expect(ids(a.events)).toEqual(all.slice(0, 4).map((c) => c.id).sort());
    const b = await tight.fetchSince(channel, stored(a.cursor), { backfillSince: ago(24 * HOUR) });
    expect(fake.requests).toHaveLength(6);
    expect(ids(b.events)).toEqual(all.slice(4).map((c) => c.id).sort());
    // The resumed page was addressed with Graph's own `after` cursor, not from the start.
    expect(fake.requests[3]?.query.after).toBeTypeOf("string");
    const c = await tight.fetchSince(channel, stored(b.cursor), { backfillSince: ago(24 * HOUR) });
    expect(c.events).toEqual([]);
  });

  it("re-reads comments younger than the freshness margin on the next sweep (ingest dedupes)", async () => {
    const post = fake.addPost({ id: `${PAGE_ID}_10`, created_time: ago(HOUR) });
    const settled = fake.addComment({ post_id: post.id, message: "settled", from: { id: "u1", name: "A" }, created_time: ago(10 * MIN) });
    const fresh = fake.addComment({ post_id: post.id, message: "fresh", from: { id: "u2", name: "B" }, created_time: ago(5_000) });
    const first = await facebookConnector.fetchSince(channel, null, { backfillSince: ago(24 * HOUR) });
    expect(ids(first.events)).toEqual([settled.id, fresh.id].sort());
    const second = await facebookConnector.fetchSince(channel, stored(first.cursor), { backfillSince: ago(24 * HOUR) });
    expect(ids(second.events)).toEqual([fresh.id]);
  });

  it("skips a post deleted between the feed and its comments", async () => {
    const gone = fake.addPost({ id: `${PAGE_ID}_11`, created_time: ago(HOUR) });
    const kept = fake.addPost({ id: `${PAGE_ID}_12`, created_time: ago(2 * HOUR) });
    fake.addComment({ post_id: gone.id, message: "x", from: { id: "u1", name: "A" }, created_time: ago(30 * MIN) });
    const c = fake.addComment({ post_id: kept.id, message: "y", from: { id: "u1", name: "A" }, created_time: ago(30 * MIN) });
    fake.failNext(1, { status: 400, error: { code: 100, error_subcode: 33, type: "GraphMethodException" } }, { path: new RegExp(`/${gone.id}/comments`), method: "GET" });
    const res = await facebookConnector.fetchSince(channel, null, { backfillSince: ago(24 * HOUR) });
    expect(ids(res.events)).toEqual([c.id]);
  });

  it("throws ConnectorErrors: retryable on a 500, tokenInvalid on a revoked token, and keeps the cursor usable", async () => {
    fake.addPost({ id: `${PAGE_ID}_13`, created_time: ago(HOUR) });
    fake.failNext(1, { status: 500 }, { path: /\/comments$/, method: "GET" });
    const err = await facebookConnector.fetchSince(channel, null, { backfillSince: ago(HOUR) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectorError);
    expect(err).toMatchObject({ retryable: true, httpStatus: 500, tokenInvalid: false });
    fake.setAccessToken("a-different-token");
    const revoked = await facebookConnector.fetchSince(channel, null, { backfillSince: ago(HOUR) }).catch((e: unknown) => e);
    expect(revoked).toMatchObject({ retryable: false, tokenInvalid: true, platformCode: "190" });
    expect(String((revoked as Error).message)).not.toContain(SECRETS.pageAccessToken);
  });

  it("treats an unreadable cursor as a first poll", async () => {
    const post = fake.addPost({ id: `${PAGE_ID}_14`, created_time: ago(HOUR) });
    const c = fake.addComment({ post_id: post.id, message: "x", from: { id: "u1", name: "A" }, created_time: ago(30 * MIN) });
    const res = await facebookConnector.fetchSince(channel, { something: "else" }, { backfillSince: ago(24 * HOUR) });
    expect(ids(res.events)).toEqual([c.id]);
  });

  it("never follows paging links to another host (the token would go with them)", () => {
    const client = graphClient(channel, resolveOptions());
    expect(() => client.nextUrl("https://evil.example/v25.0/1/comments?after=x")).toThrow(ConnectorError);
    expect(() => client.nextUrl("//evil.example/v25.0/1/comments")).toThrow(ConnectorError);
    expect(client.nextUrl(`${fake.url}/v25.0/1/comments?after=x&access_token=leak`).searchParams.has("access_token")).toBe(false);
  });
});
