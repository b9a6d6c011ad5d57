// The daily quota: Pacific days and resets (DST included), the budget that stops polling at the reserve and
// travels in the cursor across a reset, and Google's quotaExceeded answer.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConnectorError } from "@/lib/connectors/connector";
import { QUOTA_COST, createYoutubeConnector, nextPacificMidnight, pacificDay, quotaStatus } from "@/lib/connectors/youtube";
import type { FakeYoutube } from "../../../fakes/fake-youtube";
import { customer, failure, messages, startYoutube, testClock } from "./helpers";

describe("Pacific quota days", () => {
  it("names the Pacific day and finds the next Pacific midnight, on standard time, summer time and both DST switches", () => {
    // 2024-01-15 20:00 PST is already the 16th in UTC.
    expect(pacificDay(new Date("2024-01-16T04:00:00Z"))).toBe("2024-01-15");
    expect(nextPacificMidnight(new Date("2024-01-16T04:00:00Z")).toISOString()).toBe("2024-01-16T08:00:00.000Z");
    expect(nextPacificMidnight(new Date("2024-07-01T12:00:00Z")).toISOString()).toBe("2024-07-02T07:00:00.000Z");
    // Spring forward (2024-03-10, 02:00 → 03:00): the day starts at -08:00 and the next one at -07:00.
    expect(nextPacificMidnight(new Date("2024-03-10T04:00:00Z")).toISOString()).toBe("2024-03-10T08:00:00.000Z");
    expect(nextPacificMidnight(new Date("2024-03-10T12:00:00Z")).toISOString()).toBe("2024-03-11T07:00:00.000Z");
    // Fall back (2024-11-03, 02:00 → 01:00): a 25-hour day.
    expect(nextPacificMidnight(new Date("2024-11-03T07:30:00Z")).toISOString()).toBe("2024-11-04T08:00:00.000Z");
  });

  it("reports the day's spending for the Channels page, and forgets it after Pacific midnight", () => {
    const cursor = { watermark: null, day: "2024-05-01", spent: 130 };
    expect(quotaStatus(cursor, new Date("2024-05-01T20:00:00Z"))).toEqual({
      day: "2024-05-01",
      spent: 130,
      remaining: 9_870,
      resetsAt: new Date("2024-05-02T07:00:00Z"),
    });
    expect(quotaStatus(cursor, new Date("2024-05-02T07:00:01Z"))).toMatchObject({ day: "2024-05-02", spent: 0, remaining: 10_000 });
    expect(quotaStatus(null, new Date("2024-05-01T20:00:00Z"))).toMatchObject({ spent: 0, remaining: 10_000 });
    expect(QUOTA_COST).toEqual({ listPage: 1, videosList: 1, commentsInsert: 50, setModerationStatus: 50 });
  });
});

describe("YouTube polling within the quota", () => {
  let fake: FakeYoutube;
  let channel: Awaited<ReturnType<typeof startYoutube>>["channel"];
  beforeEach(async () => {
    ({ fake, channel } = await startYoutube());
  });
  afterEach(() => fake.close());
  const backfillSince = new Date("2024-04-01T00:00:00Z");

  it("stops paging at the reserve, keeps the watermark, and carries the spending across a Pacific midnight reset", async () => {
    fake.addVideo({ id: "vid1", title: "Video" });
    const all = Array.from({ length: 20 }, (_, i) => fake.addComment({ videoId: "vid1", text: `c${i}`, author: customer, publishedAt: new Date(Date.UTC(2024, 4, 1, 8, i)) }));
    // 20 units a day, half kept back: polling may spend 10. Held lists 2, then 1 page of 2 threads per unit.
    const clock = testClock("2024-05-01T20:00:00Z"); // 13:00 PDT
    const yt = createYoutubeConnector({ now: clock.now, dailyQuota: 20, reserveFraction: 0.5, pageSize: 2 });

    const one = await yt.fetchSince(channel, null, { backfillSince });
    expect(one.cursor).toEqual({ watermark: null, day: "2024-05-01", spent: 10 });
    expect(fake.quotaSpent()).toBe(10);
    // 2 held-list pages, 1 videos.list, 7 pages of 2 threads (newest first): the 14 newest, returned oldest first.
    expect(messages(one.events).map((m) => m.externalId)).toEqual(all.slice(6).map((c) => c.id));

    // Same Pacific day: nothing left above the reserve, so no call at all.
    const before = fake.requests.length;
    const two = await yt.fetchSince(channel, one.cursor, { backfillSince });
    expect(two.events).toEqual([]);
    expect(fake.requests.length).toBe(before);
    expect(two.cursor).toEqual(one.cursor);

    // Past Pacific midnight (07:00 UTC in May) Google resets the day, and so does the cursor.
    clock.set("2024-05-02T07:00:05Z");
    fake.resetQuota();
    const three = await yt.fetchSince(channel, two.cursor, { backfillSince });
    expect(three.cursor).toEqual({ watermark: null, day: "2024-05-02", spent: 10 });
    // The title is known by now: the unit goes to one more page of threads.
    expect(messages(three.events).map((m) => m.externalId)).toEqual(all.slice(4).map((c) => c.id));
    expect(fake.quotaSpent()).toBe(10);
  });

  it("turns Google's quotaExceeded into a retryable error at the next Pacific midnight (DST day)", async () => {
    fake.addVideo({ id: "vid1", title: "Video" });
    fake.addComment({ videoId: "vid1", text: "hello", author: customer, publishedAt: "2024-03-09T20:00:00Z" });
    // Other apps of the Google project spent the day's units: Google refuses where our own count would not.
    fake.setQuotaLimit(1);
    const clock = testClock("2024-03-10T12:00:00Z"); // 05:00 PDT, the day clocks spring forward
    const err = await failure(createYoutubeConnector({ now: clock.now }).fetchSince(channel, null, { backfillSince: new Date("2024-03-01T00:00:00Z") }));
    expect(err).toBeInstanceOf(ConnectorError);
    const e = err as ConnectorError;
    expect(e).toMatchObject({ retryable: true, platformCode: "quotaExceeded", httpStatus: 403, tokenInvalid: false });
    expect(e.retryAt?.toISOString()).toBe("2024-03-11T07:00:00.000Z");
    expect(e.message).not.toMatch(/<a /);
  });
});
