// Polling (paging newest-updated first down to the watermark) and outbound replies against the fake.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConnectorError } from "@/lib/connectors/connector";
import type { InboundEvent, InboundMessage } from "@/lib/connectors/types";
import { reply, startGoogle, type GoogleRig } from "./helpers";

let rig: GoogleRig;
beforeEach(async () => {
  rig = await startGoogle({ pageSize: 2 });
});
afterEach(() => rig.fake.close());

const HOUR = 3_600_000;
const ids = (evs: InboundEvent[]) => evs.filter((e): e is InboundMessage => e.type === "message").map((m) => m.externalId);
const lists = () => rig.fake.requests.filter((r) => r.method === "GET" && r.path.endsWith("/reviews"));
const backfillSince = () => new Date(rig.clock.ms - 7 * 24 * HOUR);

/** Five reviews an hour apart (r1 oldest), ending now. */
function seed() {
  for (let i = 1; i <= 5; i++) rig.fake.addReview({ reviewId: `r${i}`, comment: `avis ${i}`, starRating: i, createTime: new Date(rig.clock.ms - (6 - i) * HOUR) });
}

describe("Google polling", () => {
  it("pages newest updated first down to backfillSince, with the documented query", async () => {
    rig.fake.addReview({ reviewId: "r-old", comment: "trop vieux", createTime: new Date(rig.clock.ms - 9 * 24 * HOUR) });
    seed();
    const { events, cursor } = await rig.connector.fetchSince(rig.channel, null, { backfillSince: backfillSince() });
    expect(ids(events)).toEqual(["r5", "r4", "r3", "r2", "r1"]);
    expect(lists().map((r) => r.query)).toEqual([
      { pageSize: "2", orderBy: "updateTime desc" },
      { pageSize: "2", orderBy: "updateTime desc", pageToken: expect.any(String) },
      { pageSize: "2", orderBy: "updateTime desc", pageToken: expect.any(String) },
    ]);
    expect(cursor).toEqual({ watermark: new Date(rig.clock.ms - HOUR).toISOString() });
  });

  it("stops at the watermark: only what was updated since (boundary included), edits as EDITED events", async () => {
    seed();
    const first = await rig.connector.fetchSince(rig.channel, null, { backfillSince: backfillSince() });
    rig.clock.advance(HOUR);
    rig.fake.editReview("r2", { comment: "avis 2, modifié", starRating: 1 });
    rig.fake.addReview({ reviewId: "r6", comment: "nouveau" });
    const before = lists().length;
    const next = await rig.connector.fetchSince(rig.channel, JSON.parse(JSON.stringify(first.cursor)), { backfillSince: backfillSince() });
    expect(ids(next.events)).toEqual(["r6", "r2", "r5"]);
    expect(next.events).toContainEqual(expect.objectContaining({ type: "message_event", kind: "EDITED", externalId: "r2", newText: "avis 2, modifié", newRating: 1 }));
    expect(lists().length - before).toBe(2);
    expect((next.cursor as { watermark: string }).watermark).toBe(rig.fake.review("r6")!.updateTime.replace("000Z", "Z"));
  });

  it("maps our reply as an OUTBOUND comment under the review, one message per reply version", async () => {
    rig.fake.addReview({ reviewId: "r1", comment: "Colis abîmé.", starRating: 2, reply: { comment: "Désolés, nous renvoyons un colis." } });
    const { events } = await rig.connector.fetchSince(rig.channel, null, { backfillSince: backfillSince() });
    const ours = events.find((e): e is InboundMessage => e.type === "message" && e.direction === "OUTBOUND");
    expect(ours).toMatchObject({
      externalId: `r1/reply@${rig.fake.review("r1")!.reviewReply!.updateTime}`,
      kind: "COMMENT",
      visibility: "PUBLIC",
      parentExternalId: "r1",
      thread: { externalId: "r1", kind: "POST" },
      body: "Désolés, nous renvoyons un colis.",
    });
  });

  it("continues a sweep longer than maxPagesPerFetch from the cursor instead of restarting", async () => {
    const small = await startGoogle({ pageSize: 1, maxPagesPerFetch: 2 });
    try {
      for (let i = 1; i <= 5; i++) small.fake.addReview({ reviewId: `s${i}`, createTime: new Date(small.clock.ms - (6 - i) * HOUR) });
      const since = new Date(small.clock.ms - 7 * 24 * HOUR);
      const a = await small.connector.fetchSince(small.channel, null, { backfillSince: since });
      expect(ids(a.events)).toEqual(["s5", "s4"]);
      expect(a.cursor).toMatchObject({ watermark: since.toISOString(), resume: { pageToken: expect.any(String) } });
      const b = await small.connector.fetchSince(small.channel, a.cursor, { backfillSince: since });
      expect(ids(b.events)).toEqual(["s3", "s2"]);
      const c = await small.connector.fetchSince(small.channel, b.cursor, { backfillSince: since });
      expect(ids(c.events)).toEqual(["s1"]);
      expect(c.cursor).toEqual({ watermark: new Date(small.clock.ms - HOUR).toISOString() });
    } finally {
      await small.fake.close();
    }
  });
});

describe("Google replies", () => {
  it("PUTs the reply on the review; a second reply replaces it under a new externalId", async () => {
    rig.fake.addReview({ reviewId: "r1", comment: "Toujours pas livré", starRating: 1 });
    const first = await rig.connector.sendPublicReply(rig.channel, reply({ inReplyToExternalId: "r1" }));
    const put = rig.fake.requests.find((r) => r.method === "PUT");
    expect(put?.path).toBe(`/v4/${rig.fake.location}/reviews/r1/reply`);
    expect(put?.body).toEqual({ comment: "Merci pour votre retour, nous revenons vers vous aujourd'hui." });
    expect(first.externalId).toBe(`r1/reply@${rig.fake.replies()[0]!.updateTime}`);
    // Answering our own earlier reply edits the one reply the review has.
    const second = await rig.connector.sendPublicReply(rig.channel, reply({ inReplyToExternalId: first.externalId, inReplyToKind: "COMMENT", text: "Colis renvoyé ce matin." }));
    expect(second.externalId).not.toBe(first.externalId);
    expect(second.externalId.startsWith("r1/reply@")).toBe(true);
    expect(rig.fake.review("r1")!.reviewReply!.comment).toBe("Colis renvoyé ce matin.");
    expect(rig.fake.replies()).toHaveLength(2);
  });

  it("refuses private replies and hiding for good, without calling Google", async () => {
    const before = rig.fake.requests.length;
    const priv = await rig.connector.sendPrivateReply(rig.channel, reply({})).catch((e: unknown) => e);
    const hide = await rig.connector.setHidden(rig.channel, "r1", true).catch((e: unknown) => e);
    expect(priv).toMatchObject({ retryable: false, platformCode: "no_private_channel" });
    expect(hide).toMatchObject({ retryable: false, platformCode: "cannot_hide_review" });
    expect(priv).toBeInstanceOf(ConnectorError);
    expect(rig.fake.requests.length).toBe(before);
  });

  it("maps Google's errors: 429 retryable at Retry-After, 5xx retryable, 403 and 404 final", async () => {
    rig.fake.addReview({ reviewId: "r1", comment: "?" });
    const attempt = () => rig.connector.sendPublicReply(rig.channel, reply({ inReplyToExternalId: "r1" })).catch((e: unknown) => e as ConnectorError);
    rig.fake.failNext(1, { code: 429, status: "RESOURCE_EXHAUSTED", headers: { "retry-after": "30" } }, { path: /reply$/, method: "PUT" });
    expect(await attempt()).toMatchObject({ retryable: true, httpStatus: 429, platformCode: "RESOURCE_EXHAUSTED", retryAt: new Date(rig.clock.ms + 30_000) });
    rig.fake.failNext(1, { code: 503, status: "UNAVAILABLE" }, { path: /reply$/, method: "PUT" });
    expect(await attempt()).toMatchObject({ retryable: true, httpStatus: 503 });
    rig.fake.failNext(1, { code: 403, status: "PERMISSION_DENIED", message: "Location is not verified" }, { path: /reply$/, method: "PUT" });
    expect(await attempt()).toMatchObject({ retryable: false, tokenInvalid: false, httpStatus: 403, platformCode: "PERMISSION_DENIED" });
    const missing = await rig.connector.sendPublicReply(rig.channel, reply({ inReplyToExternalId: "nope" })).catch((e: unknown) => e);
    expect(missing).toMatchObject({ retryable: false, httpStatus: 404, platformCode: "NOT_FOUND" });
  });
});
