// YouTube polling against the fake: comments, replies beyond the inline five, held comments, video titles,
// the watermark, edits, our own comments, and the absence of webhooks.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WebhookPayloadError } from "@/lib/connectors/connector";
import { createYoutubeConnector, youtubeConnector } from "@/lib/connectors/youtube";
import type { FakeYoutube } from "../../../fakes/fake-youtube";
import { byId, customer, messages, other, owner, startYoutube, testClock } from "./helpers";

let fake: FakeYoutube;
let channel: Awaited<ReturnType<typeof startYoutube>>["channel"];
beforeEach(async () => {
  ({ fake, channel } = await startYoutube());
});
afterEach(() => fake.close());

const backfillSince = new Date("2024-04-01T00:00:00Z");
const clock = testClock("2024-05-01T18:00:00Z");

describe("YouTube polling", () => {
  it("maps comments and replies on the channel's videos, with the video as the thread", async () => {
    const video = fake.addVideo({ id: "wtLJPvx7-ys", title: "Unboxing the spring collection" });
    const top = fake.addComment({ videoId: video.id, text: "Still waiting for my order 4471", author: customer, publishedAt: "2024-05-01T10:00:00Z" });
    const r = fake.addReply({ parentId: top.id, text: "Same here", author: other, publishedAt: "2024-05-01T10:05:00Z" });
    const ours = fake.addReply({ parentId: top.id, text: "We are on it", author: owner, publishedAt: "2024-05-01T10:10:00Z" });

    const { events } = await createYoutubeConnector({ now: clock.now }).fetchSince(channel, null, { backfillSince });
    expect(byId(events, top.id)).toEqual({
      type: "message",
      externalId: top.id,
      kind: "COMMENT",
      direction: "INBOUND",
      visibility: "PUBLIC",
      thread: { externalId: video.id, kind: "POST", text: "Unboxing the spring collection", permalink: "https://www.youtube.com/watch?v=wtLJPvx7-ys" },
      author: { platformUserId: customer.channelId, name: "@camillelefort", handle: "camillelefort", profileUrl: "http://www.youtube.com/@camillelefort" },
      body: "Still waiting for my order 4471",
      platformCreatedAt: new Date("2024-05-01T10:00:00Z"),
      permalink: `https://www.youtube.com/watch?v=wtLJPvx7-ys&lc=${top.id}`,
    });
    expect(byId(events, r.id)).toMatchObject({ parentExternalId: top.id, direction: "INBOUND", author: { platformUserId: other.channelId, name: "Jean Martin" } });
    expect(byId(events, r.id)?.author.handle).toBeUndefined();
    expect(byId(events, ours.id)).toMatchObject({ parentExternalId: top.id, direction: "OUTBOUND" });
    // One videos.list call for the title; the request carried the documented parameters.
    const list = fake.requests.find((q) => q.path === "/youtube/v3/commentThreads" && !q.query.moderationStatus)!;
    expect(list.query).toMatchObject({ part: "snippet,replies", allThreadsRelatedToChannelId: channel.externalId, order: "time", maxResults: "100" });
    expect(fake.requests.filter((q) => q.path === "/youtube/v3/videos")).toHaveLength(1);
  });

  it("reads replies beyond the five inline ones through comments.list, page by page", async () => {
    fake.addVideo({ id: "vid1", title: "Video" });
    const top = fake.addComment({ videoId: "vid1", text: "Question", author: customer, publishedAt: "2024-05-01T09:00:00Z" });
    const replies = Array.from({ length: 8 }, (_, i) => fake.addReply({ parentId: top.id, text: `reply ${i}`, author: other, publishedAt: `2024-05-01T09:1${i}:00Z` }));

    const yt = createYoutubeConnector({ now: clock.now, pageSize: 3 });
    const { events } = await yt.fetchSince(channel, null, { backfillSince });
    for (const r of replies) expect(byId(events, r.id)?.parentExternalId).toBe(top.id);
    const pages = fake.requests.filter((q) => q.path === "/youtube/v3/comments");
    expect(pages.map((q) => q.query.parentId)).toEqual([top.id, top.id, top.id]);
  });

  it("reads held comments (review, likely spam) from their own lists and marks them held", async () => {
    fake.addVideo({ id: "vid1", title: "Video" });
    const review = fake.addComment({ videoId: "vid1", text: "Is this a scam?", author: customer, held: "review", publishedAt: "2024-05-01T08:00:00Z" });
    const spam = fake.addComment({ videoId: "vid1", text: "free gift cards on my channel", author: other, held: "likely_spam", publishedAt: "2024-05-01T08:30:00Z" });
    const visible = fake.addComment({ videoId: "vid1", text: "Love it", author: other, publishedAt: "2024-05-01T08:40:00Z" });
    const heldReply = fake.addReply({ parentId: visible.id, text: "buy followers here", author: customer, held: "review", publishedAt: "2024-05-01T08:50:00Z" });

    const { events } = await youtubeConnector.fetchSince(channel, null, { backfillSince });
    expect(byId(events, review.id)?.held).toBe("review");
    expect(byId(events, spam.id)?.held).toBe("likely_spam");
    expect(byId(events, heldReply.id)).toMatchObject({ held: "review", parentExternalId: visible.id });
    // The published top-level comment of a thread held only for a reply is not held.
    expect(byId(events, visible.id)?.held).toBeUndefined();
    expect(messages(events).filter((m) => m.externalId === visible.id)).toHaveLength(1);
    const statuses = fake.requests.filter((q) => q.path === "/youtube/v3/commentThreads").map((q) => q.query.moderationStatus);
    expect(statuses).toEqual(["heldForReview", "likelySpam", undefined]);
  });

  it("finds a reply held later on a thread older than the watermark, without re-reading old held threads", async () => {
    fake.addVideo({ id: "vid1", title: "Video" });
    const oldHeld = fake.addComment({ videoId: "vid1", text: "old spam", author: other, held: "likely_spam", publishedAt: "2024-04-20T08:00:00Z" });
    const top = fake.addComment({ videoId: "vid1", text: "Question", author: customer, publishedAt: "2024-05-01T08:00:00Z" });
    const yt = createYoutubeConnector({ now: clock.now });
    const one = await yt.fetchSince(channel, null, { backfillSince });
    expect(byId(one.events, oldHeld.id)?.held).toBe("likely_spam");

    const heldReply = fake.addReply({ parentId: top.id, text: "spam link", author: other, held: "review", publishedAt: "2024-05-01T09:00:00Z" });
    const two = await yt.fetchSince(channel, one.cursor, { backfillSince });
    // Its thread comes along (ingest dedupes it); the held comment from before the lookback is not read again.
    const ids = messages(two.events).map((m) => m.externalId);
    expect(ids).toContain(heldReply.id);
    expect(ids).not.toContain(oldHeld.id);
    expect(byId(two.events, heldReply.id)).toMatchObject({ held: "review", parentExternalId: top.id });
  });

  it("brings only new comments on the next poll (watermark), and reports an edit as an EDITED event", async () => {
    fake.addVideo({ id: "vid1", title: "Video" });
    const first = fake.addComment({ videoId: "vid1", text: "First", author: customer, publishedAt: "2024-05-01T08:00:00Z" });
    const edited = fake.addComment({ videoId: "vid1", text: "Second (edited)", author: other, publishedAt: "2024-05-01T09:00:00Z", updatedAt: "2024-05-01T09:30:00Z" });
    // No overlap here: by default a poll re-reads the minute before the watermark (ingest dedupes).
    const yt = createYoutubeConnector({ now: clock.now, overlapMs: 0 });
    const one = await yt.fetchSince(channel, null, { backfillSince });
    expect(messages(one.events).map((m) => m.externalId)).toEqual([first.id, edited.id]);
    expect(one.events).toContainEqual({ type: "message_event", externalId: edited.id, kind: "EDITED", newText: "Second (edited)", platformTime: new Date("2024-05-01T09:30:00Z") });
    expect(one.cursor).toMatchObject({ watermark: "2024-05-01T09:00:00.000Z", day: "2024-05-01" });

    const fresh = fake.addComment({ videoId: "vid1", text: "Third", author: customer, publishedAt: "2024-05-01T12:00:00Z" });
    const two = await yt.fetchSince(channel, one.cursor, { backfillSince });
    expect(messages(two.events).map((m) => m.externalId)).toEqual([fresh.id]);
    const three = await yt.fetchSince(channel, two.cursor, { backfillSince });
    expect(messages(three.events)).toEqual([]);
    expect(three.cursor).toMatchObject({ watermark: "2024-05-01T12:00:00.000Z" });
  });

  it("goes back no further than backfillSince on the first poll", async () => {
    fake.addVideo({ id: "vid1", title: "Video" });
    fake.addComment({ videoId: "vid1", text: "Old", author: customer, publishedAt: "2024-03-01T08:00:00Z" });
    const recent = fake.addComment({ videoId: "vid1", text: "Recent", author: customer, publishedAt: "2024-04-20T08:00:00Z" });
    const { events } = await youtubeConnector.fetchSince(channel, null, { backfillSince });
    expect(messages(events).map((m) => m.externalId)).toEqual([recent.id]);
  });

  it("has no webhooks: nothing to split, verify or answer", () => {
    expect(() => youtubeConnector.splitWebhook({})).toThrow(WebhookPayloadError);
    expect(() => youtubeConnector.splitWebhook({})).toThrow("youtube has no comment webhooks");
    const req = { url: new URL("https://inbox.example/api/webhooks/youtube"), headers: new Headers(), rawBody: Buffer.from("{}") };
    expect(youtubeConnector.verifySignature(req, channel.secrets)).toBe(false);
    expect(youtubeConnector.answerHandshake(new URL("https://inbox.example/api/webhooks/youtube?hub.challenge=1"), [channel.secrets])).toBeNull();
    expect(youtubeConnector.kind).toBe("YOUTUBE_CHANNEL");
    expect(youtubeConnector.parseSecrets(channel.secrets)).toEqual(channel.secrets);
    expect(() => youtubeConnector.parseSecrets({ ...channel.secrets, accessToken: "ya29.not-stored" })).toThrow();
  });
});
