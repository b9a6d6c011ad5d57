// Pub/Sub push bodies → parts → incomplete review messages → completed from the review the fake serves, the
// way lib/ingest runs them (split, parse, completion.fetch, JSON round trip of what was fetched, apply).
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WebhookPayloadError } from "@/lib/connectors/connector";
import type { InboundEvent, InboundMessage, InboundMessageEvent } from "@/lib/connectors/types";
import { startGoogle, type GoogleRig } from "./helpers";

let rig: GoogleRig;
beforeEach(async () => {
  rig = await startGoogle();
});
afterEach(() => rig.fake.close());

/** What ingestion does with a stored delivery: re-split, parse, complete from the stored (JSON) fetch result. */
async function ingestView(body: unknown): Promise<InboundEvent[]> {
  const { connector, channel } = rig;
  const parts = connector.splitWebhook(JSON.parse(JSON.stringify(body)));
  const out: InboundEvent[] = [];
  for (const part of parts) {
    expect(part.channelExternalId).toBe(channel.externalId);
    const events = connector.parseWebhook(part, channel);
    const fetched = JSON.parse(JSON.stringify(await connector.completion!.fetch(channel, events))) as unknown;
    out.push(...connector.completion!.apply(events, fetched));
  }
  return out;
}

const messages = (evs: InboundEvent[]) => evs.filter((e): e is InboundMessage => e.type === "message");
const edits = (evs: InboundEvent[]) => evs.filter((e): e is InboundMessageEvent => e.type === "message_event");

describe("Google push notifications", () => {
  it("NEW_REVIEW: an incomplete message keyed by reviewId, completed by GET v4/{review} into the review", async () => {
    const r = rig.fake.addReview({ reviewId: "r-new-1", displayName: "Julien Moreau", starRating: 2, comment: "Livraison en retard de deux semaines." });
    const parts = rig.connector.splitWebhook(rig.fake.pushEnvelope({ type: "NEW_REVIEW", reviewId: r.reviewId }));
    const placeholder = rig.connector.parseWebhook(parts[0]!, rig.channel);
    expect(placeholder).toEqual([expect.objectContaining({ type: "message", externalId: "r-new-1", incomplete: true })]);

    const events = await ingestView(rig.fake.pushEnvelope({ type: "NEW_REVIEW", reviewId: r.reviewId }));
    expect(events).toEqual([
      {
        type: "message",
        externalId: "r-new-1",
        kind: "POST",
        direction: "INBOUND",
        visibility: "PUBLIC",
        thread: { externalId: "r-new-1", kind: "POST" },
        author: { platformUserId: "google:Julien Moreau", name: "Julien Moreau" },
        body: "Livraison en retard de deux semaines.",
        platformCreatedAt: new Date(rig.clock.ms),
        rating: 2,
      },
    ]);
    const get = rig.fake.requests.find((q) => q.method === "GET" && q.path === `/v4/${rig.fake.location}/reviews/r-new-1`);
    expect(get?.headers.authorization).toMatch(/^Bearer ya29\.fake-/);
  });

  it("UPDATED_REVIEW: the review plus an EDITED event at updateTime with the new text and stars", async () => {
    rig.fake.addReview({ reviewId: "r-upd", displayName: "Léa Martin", starRating: 4, comment: "Très bien." });
    rig.clock.advance(3_600_000);
    rig.fake.editReview("r-upd", { comment: "Finalement, le produit est cassé.", starRating: 1 });
    const events = await ingestView(rig.fake.pushEnvelope({ type: "UPDATED_REVIEW", reviewId: "r-upd" }));
    expect(messages(events)).toEqual([expect.objectContaining({ externalId: "r-upd", body: "Finalement, le produit est cassé.", rating: 1 })]);
    expect(edits(events)).toEqual([
      { type: "message_event", externalId: "r-upd", kind: "EDITED", platformTime: new Date(rig.clock.ms), newText: "Finalement, le produit est cassé.", newRating: 1 },
    ]);
  });

  it("keeps the reviewer's original words when Google serves a translation", async () => {
    rig.fake.addReview({ reviewId: "r-tr", starRating: 5, comment: "(Translated by Google) Very friendly staff.\n\n(Original)\nSehr freundliches Personal." });
    rig.fake.addReview({ reviewId: "r-tr2", starRating: 5, comment: "Sehr freundliches Personal.\n\n(Translated by Google)\nVery friendly staff." });
    rig.fake.addReview({ reviewId: "r-stars", starRating: 3 });
    const bodies = [];
    for (const id of ["r-tr", "r-tr2", "r-stars"]) bodies.push(messages(await ingestView(rig.fake.pushEnvelope({ type: "NEW_REVIEW", reviewId: id })))[0]!.body);
    expect(bodies).toEqual(["Sehr freundliches Personal.", "Sehr freundliches Personal.", ""]);
  });

  it("an anonymous reviewer gets an identity of its own per review", async () => {
    rig.fake.addReview({ reviewId: "r-anon", isAnonymous: true, starRating: 1, comment: "Nul." });
    const [m] = messages(await ingestView(rig.fake.pushEnvelope({ type: "NEW_REVIEW", reviewId: "r-anon" })));
    expect(m!.author).toEqual({ platformUserId: "google:anonymous:r-anon" });
  });

  it("a review deleted before it was read yields nothing (acknowledged, not retried)", async () => {
    rig.fake.addReview({ reviewId: "r-gone", comment: "Bof." });
    rig.fake.deleteReview("r-gone");
    expect(await ingestView(rig.fake.pushEnvelope({ type: "NEW_REVIEW", reviewId: "r-gone" }))).toEqual([]);
  });

  it("acknowledges other notification types with no part", () => {
    for (const type of ["NEW_CUSTOMER_MEDIA", "GOOGLE_UPDATE", "NEW_QUESTION"] as const) {
      expect(rig.connector.splitWebhook(rig.fake.pushEnvelope({ type }))).toEqual([]);
    }
  });

  it("reads the documented reviewName/locationName spelling and the recorded fixture", () => {
    const loc = rig.fake.location;
    const parts = rig.connector.splitWebhook(rig.fake.pushEnvelope({ type: "NEW_REVIEW" }, { type: "NEW_REVIEW", reviewName: `${loc}/reviews/r9`, locationName: loc }));
    expect(parts).toEqual([{ channelExternalId: loc, payload: expect.objectContaining({ reviewId: "r9" }) }]);
    const fixture = JSON.parse(readFileSync(path.join(__dirname, "../../../fakes/fixtures/google-pubsub-push.json"), "utf8")) as unknown;
    expect(rig.connector.splitWebhook(fixture)[0]!.channelExternalId).toBe("accounts/108123456789012345678/locations/4821516071425384512");
  });

  it("rejects bodies that are not a Business Profile push", () => {
    const { connector, fake } = rig;
    expect(() => connector.splitWebhook({ object: "page" })).toThrow(WebhookPayloadError);
    expect(() => connector.splitWebhook(fake.pushEnvelope({ type: "NEW_REVIEW" }, "not an object"))).toThrow(WebhookPayloadError);
    const bad = fake.pushEnvelope({ type: "NEW_REVIEW" });
    bad.message.data = Buffer.from("{not json").toString("base64");
    expect(() => connector.splitWebhook(bad)).toThrow(WebhookPayloadError);
    expect(() => connector.splitWebhook(fake.pushEnvelope({ type: "NEW_REVIEW" }, { type: "NEW_REVIEW", review: "accounts/1/locations/2/reviews/../../x" }))).toThrow(WebhookPayloadError);
    expect(() => connector.splitWebhook(fake.pushEnvelope({ type: "NEW_REVIEW" }, { type: "NEW_REVIEW", review: "accounts/1/locations/2/reviews/r", location: "accounts/1/locations/3" }))).toThrow(WebhookPayloadError);
    expect(() => connector.parseWebhook({ channelExternalId: "accounts/1/locations/3", payload: { type: "NEW_REVIEW", reviewName: "accounts/1/locations/3/reviews/r", location: "accounts/1/locations/3", reviewId: "r", publishTime: new Date().toISOString() } }, rig.channel)).toThrow(WebhookPayloadError);
  });
});
