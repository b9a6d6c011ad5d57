// Google Business Profile reviews end to end over real HTTP (issue #23 item 1): Pub/Sub pushes authenticated by
// a Google-signed OIDC JWT (the fake signs with its own key and serves the JWKS) to /api/webhooks/google → one
// case per review with its stars; a forged or expired token stores nothing; an edit is an event beside the
// original; our reply is PUT to the fake; polling finds what a push missed, without a duplicate.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listCases } from "@/lib/cases/list-cases";
import { listCasesQuery } from "@/lib/cases/schemas";
import { hideMessage } from "@/lib/moderation/hide-message";
import { deliverMessage } from "@/lib/outbound/deliver-message";
import { queueReply } from "@/lib/outbound/queue-reply";
import { pollChannel } from "@/lib/polling/poll-channel";
import { computeMetrics } from "@/lib/metrics/compute-metrics";
import { metricsCsv } from "@/lib/metrics/to-csv";
import { startFakeGoogle, type FakeGoogle } from "../../fakes/fake-google";
import { googleChannelOn } from "../../helpers/channels";
import { eventually } from "../../helpers/eventually";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { startWebhookServer } from "../../helpers/webhook-server";

let db: TestDatabase;
let fake: FakeGoogle;
let hooks: Awaited<ReturnType<typeof startWebhookServer>>;
let g: Awaited<ReturnType<typeof googleChannelOn>>;
const noEnqueue = async () => undefined;

beforeAll(async () => {
  db = await createTestDatabase();
  fake = await startFakeGoogle();
  hooks = await startWebhookServer(db);
  g = await googleChannelOn(db.prisma, fake);
});
afterAll(async () => {
  await hooks?.close();
  await fake?.close();
  await db?.dispose();
});

const messageOf = (externalId: string) =>
  eventually(() => db.prisma.message.findFirst({ where: { channelId: g.channel.id, externalId }, include: { case: true, events: true } }), (m) => m !== null).then((m) => m!);
const stored = () => db.prisma.message.count({ where: { channelId: g.channel.id } });
const hourAgo = () => new Date(Date.now() - 3_600_000);

describe("Google reviews by push", () => {
  it("a 1-star review pushed with a valid token becomes one case with its stars, read as a complaint", async () => {
    const r = fake.addReview({ reviewId: "rev-1star-lyon", displayName: "Camille Lefort", starRating: 1, createTime: hourAgo(), updateTime: hourAgo(),
      comment: "Commande jamais livrée et personne ne répond au téléphone." });
    expect((await fake.pushNotification(hooks.googleUrl, { type: "NEW_REVIEW", reviewId: r.reviewId })).status).toBe(200);
    const m = await messageOf("rev-1star-lyon");
    expect(m).toMatchObject({ direction: "INBOUND", visibility: "PUBLIC", kind: "POST", rating: 1, body: "Commande jamais livrée et personne ne répond au téléphone." });
    expect(m.case.rating).toBe(1);
    expect(m.case.sentiment).toBeLessThanOrEqual(-20);
    expect(await db.prisma.case.count({ where: { channelId: g.channel.id } })).toBe(1);
  });

  it("a star rating with no words is still a case, and a 2-star one still reads as negative", async () => {
    const r = fake.addReview({ reviewId: "rev-2star-silent", displayName: "Louis Martin", starRating: 2, createTime: hourAgo(), updateTime: hourAgo() });
    expect((await fake.pushNotification(hooks.googleUrl, { type: "NEW_REVIEW", reviewId: r.reviewId })).status).toBe(200);
    const m = await messageOf("rev-2star-silent");
    expect(m).toMatchObject({ body: "", rating: 2 });
    expect(m.case.sentiment).toBeLessThanOrEqual(-20);
  });

  it("a forged, expired, or unsigned push is a 401 and stores nothing", async () => {
    const r = fake.addReview({ reviewId: "rev-forged", displayName: "Mallory", starRating: 1, comment: "Faux avis", createTime: hourAgo(), updateTime: hourAgo() });
    const before = await stored();
    const deliveriesBefore = await db.prisma.rawDelivery.count();
    const forged = fake.signPushJwt({}, { signWith: "foreign" });
    const expired = fake.signPushJwt({}, { expired: true });
    const otherAudience = fake.signPushJwt({ aud: "https://someone-else.example/api/webhooks/google" });
    for (const jwt of [forged, expired, otherAudience, null]) {
      expect((await fake.pushNotification(hooks.googleUrl, { type: "NEW_REVIEW", reviewId: r.reviewId }, { jwt, retries: 0 })).status).toBe(401);
    }
    await hooks.settled();
    expect(await stored()).toBe(before);
    expect(await db.prisma.rawDelivery.count()).toBe(deliveriesBefore);
  });

  it("a malformed push is a 400 and stores nothing: not JSON, or not a Pub/Sub envelope", async () => {
    const deliveries = await db.prisma.rawDelivery.count();
    const post = (body: string) => fetch(hooks.googleUrl, {
      method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${fake.signPushJwt()}` }, body,
    });
    expect((await post("{not json")).status).toBe(400);
    expect((await post(JSON.stringify({ message: { data: "@@not-base64-json@@" }, subscription: "projects/p/subscriptions/s" }))).status).toBe(400);
    expect(await db.prisma.rawDelivery.count()).toBe(deliveries);
  });

  it("an edited review is an event beside the original text, with its new stars on the case", async () => {
    const created = new Date(Date.now() - 7_200_000);
    fake.addReview({ reviewId: "rev-edited", displayName: "Inès Robert", starRating: 2, comment: "Colis abîmé.", createTime: created, updateTime: created });
    await fake.pushNotification(hooks.googleUrl, { type: "NEW_REVIEW", reviewId: "rev-edited" });
    const original = await messageOf("rev-edited");
    fake.editReview("rev-edited", { comment: "Colis abîmé, et toujours pas de remboursement après deux semaines.", starRating: 1 });
    expect((await fake.pushNotification(hooks.googleUrl, { type: "UPDATED_REVIEW", reviewId: "rev-edited" })).status).toBe(200);
    const after = await eventually(() => messageOf("rev-edited"), (m) => m.events.length > 0);
    expect(after.body).toBe("Colis abîmé.");
    expect(after.rating).toBe(2);
    expect(after.events).toEqual([expect.objectContaining({ kind: "EDITED", newText: "Colis abîmé, et toujours pas de remboursement après deux semaines.", newRating: 1 })]);
    expect((await db.prisma.case.findUniqueOrThrow({ where: { id: original.caseId } })).rating).toBe(1);
    // The same notification delivered again (Pub/Sub redelivers) adds nothing.
    await fake.pushNotification(hooks.googleUrl, { type: "UPDATED_REVIEW", reviewId: "rev-edited" });
    await hooks.settled();
    expect(await db.prisma.messageEvent.count({ where: { messageId: original.id } })).toBe(1);
  });
});

describe("answering a review", () => {
  it("our reply is PUT to the review, and an edited reply keeps the previous wording in the timeline", async () => {
    const m = await messageOf("rev-1star-lyon");
    const first = "Bonjour Camille, toutes nos excuses pour ce retard. Je vérifie votre commande aujourd'hui et je reviens vers vous avant 18 h.";
    const q1 = await queueReply(db.prisma, g.cm, m.caseId, { text: first, visibility: "public", inReplyToMessageId: m.id }, noEnqueue);
    expect(await deliverMessage(db.prisma, q1.id)).toMatchObject({ outcome: "sent" });
    const second = "Bonjour Camille, votre commande a été retrouvée et vous sera livrée demain avant midi. Toutes nos excuses pour l'attente.";
    const q2 = await queueReply(db.prisma, g.cm, m.caseId, { text: second, visibility: "public", inReplyToMessageId: m.id }, noEnqueue);
    expect(await deliverMessage(db.prisma, q2.id)).toMatchObject({ outcome: "sent" });
    expect(fake.replies().filter((r) => r.reviewId === "rev-1star-lyon").map((r) => r.comment)).toEqual([first, second]);
    const ours = await db.prisma.message.findMany({ where: { caseId: m.caseId, direction: "OUTBOUND" }, orderBy: { createdAt: "asc" } });
    expect(ours.map((o) => [o.body, o.deliveryStatus])).toEqual([[first, "SENT"], [second, "SENT"]]);
    expect(new Set(ours.map((o) => o.externalId)).size).toBe(2);
    // Polling reads the review back with our current reply: it is the one we stored, not a new message.
    await pollChannel(db.prisma, g.channel.id);
    expect(await db.prisma.message.count({ where: { caseId: m.caseId, direction: "OUTBOUND" } })).toBe(2);
  });

  it("a private answer follows the reviewer's private messages on another of our channels when they are known there", async () => {
    // The same contact with a Messenger identity that wrote to us privately. Nothing in the product merges
    // contacts across channels yet: the identity is written here as such a merge would leave it.
    const m = await messageOf("rev-edited");
    const fb = await db.prisma.channel.create({ data: { workspaceId: g.ws.id, kind: "FACEBOOK_PAGE", platform: "FACEBOOK", externalId: "100000000000555", name: "Maison Lumière" } });
    const identity = await db.prisma.contactIdentity.create({ data: { contactId: m.case.contactId, channelId: fb.id, platformUserId: "psid-555", name: "Inès Robert", updatedAt: new Date() } });
    const dm = await db.prisma.message.create({ data: {
      workspaceId: g.ws.id, caseId: m.caseId, channelId: fb.id, externalId: "m_dm_555", direction: "INBOUND", visibility: "PRIVATE", kind: "DM",
      authorIdentityId: identity.id, body: "Bonjour, c'est Inès, pour mon avis Google.", platformCreatedAt: new Date(Date.now() - 600_000),
    } });
    const q = await queueReply(db.prisma, g.cm, m.caseId, { text: "Bonjour Inès, pouvez-vous nous donner votre numéro de commande ?", visibility: "private" }, noEnqueue);
    expect(q).toMatchObject({ channelId: fb.id, parentId: dm.id, visibility: "PRIVATE", kind: "DM", caseId: m.caseId });
  });

  it("a private reply and a hide are refused before any call: Google has neither", async () => {
    const m = await messageOf("rev-1star-lyon");
    const calls = fake.requests.length;
    await expect(queueReply(db.prisma, g.cm, m.caseId, { text: "Pouvez-vous nous écrire en privé ?", visibility: "private", inReplyToMessageId: m.id }, noEnqueue))
      .rejects.toMatchObject({ code: "no_private_channel" });
    await expect(hideMessage(db.prisma, g.cm, m.id, { hidden: true, reason: "spam" })).rejects.toMatchObject({ code: "review_not_hideable" });
    expect(fake.requests.length).toBe(calls);
  });
});

describe("polling", () => {
  it("finds a review no push announced, once, and the platform filter lists Google cases", async () => {
    // Written now (Google's time), announced by no push.
    fake.addReview({ reviewId: "rev-missed-push", displayName: "Paul Girard", starRating: 4, comment: "Très bon accueil en boutique." });
    await pollChannel(db.prisma, g.channel.id);
    await pollChannel(db.prisma, g.channel.id);
    expect(await db.prisma.message.count({ where: { channelId: g.channel.id, externalId: "rev-missed-push" } })).toBe(1);
    expect(await db.prisma.message.count({ where: { channelId: g.channel.id, externalId: "rev-1star-lyon" } })).toBe(1);
    const { data } = await listCases(db.prisma, g.cm, listCasesQuery.parse({ platform: "google" }));
    expect(data.length).toBeGreaterThanOrEqual(4);
    expect(data.every((c) => c.channel.platform === "GOOGLE")).toBe(true);
    expect(data.find((c) => c.preview.startsWith("Très bon accueil"))?.rating).toBe(4);
    expect((await listCases(db.prisma, g.cm, listCasesQuery.parse({ platform: "youtube" }))).data).toEqual([]);
    // Search by stars: the 1- and 2-star reviews (the edited one is 1 star now; the review whose forged pushes
    // were refused is on Google all the same, and polling found it), not the 4-star praise.
    const low = await listCases(db.prisma, g.cm, listCasesQuery.parse({ q: "rating:<=2" }));
    expect(low.data.map((c) => c.rating).sort()).toEqual([1, 1, 1, 2]);
    expect(low.data.every((c) => c.channel.platform === "GOOGLE")).toBe(true);
  });
});

describe("the lead's figures", () => {
  it("count the period's reviews, their average stars, and the 1–2 star ones with how many were answered", async () => {
    const m = await computeMetrics(db.prisma, g.lead, new Date(Date.now() - 7 * 86_400_000), new Date(Date.now() + 60_000));
    // 1 (answered twice), 2 (no words), 1 (edited from 2), 1 (found by polling), 4 (found by polling).
    expect(m.reviews).toEqual({ reviews: 5, averageStars: 1.8, low: 4, lowAnswered: 1 });
    expect(metricsCsv(m)).toContain("reviews,low,4");
  });
});
