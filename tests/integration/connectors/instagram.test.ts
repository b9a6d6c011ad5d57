// Instagram end to end over real HTTP: the fake's signed webhooks to /api/webhooks/instagram → cases, the
// bad-input contract (same as Facebook's), polling as the safety net, and replies back to the fake.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listCases } from "@/lib/cases/list-cases";
import { listCasesQuery } from "@/lib/cases/schemas";
import { deliverMessage } from "@/lib/outbound/deliver-message";
import { queueReply } from "@/lib/outbound/queue-reply";
import { pollChannel } from "@/lib/polling/poll-channel";
import { startFakeInstagram, type FakeInstagram } from "../../fakes/fake-instagram";
import { instagramChannelOn, VERIFY_TOKEN } from "../../helpers/channels";
import { eventually } from "../../helpers/eventually";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { startWebhookServer } from "../../helpers/webhook-server";

let db: TestDatabase;
let fake: FakeInstagram;
let hooks: Awaited<ReturnType<typeof startWebhookServer>>;
let ig: Awaited<ReturnType<typeof instagramChannelOn>>;
const noEnqueue = async () => undefined;

beforeAll(async () => {
  db = await createTestDatabase();
  fake = await startFakeInstagram({ appSecret: "ig-app-secret-for-tests" });
  hooks = await startWebhookServer(db);
  ig = await instagramChannelOn(db.prisma, fake);
});
afterAll(async () => {
  await hooks?.close();
  await fake?.close();
  await db?.dispose();
});

const camille = { id: "6100000000000042", username: "camille.lefort" };
const count = () => db.prisma.message.count({ where: { channelId: ig.channel.id } });
const messageOf = (externalId: string) =>
  eventually(() => db.prisma.message.findFirst({ where: { channelId: ig.channel.id, externalId } }), (m) => m !== null).then((m) => m!);
const send = (payload: object, opts = {}) => fake.sendWebhook(hooks.instagramUrl, payload, opts);

describe("Instagram webhook", () => {
  it("answers the subscription challenge only with the right verify token", async () => {
    expect(await fake.verifyChallenge(hooks.instagramUrl, VERIFY_TOKEN, 515)).toMatchObject({ status: 200, body: "515" });
    expect((await fake.verifyChallenge(hooks.instagramUrl, "not-the-token", 1)).status).toBe(403);
  });

  it("a comment, a reply to it, a mention and a DM arrive and land in the author's case", async () => {
    const media = fake.addMedia({ caption: "Bouquets de saison 💐", created_time: new Date(Date.now() - 3_600_000) });
    const c = fake.addComment({ id: "17900000000000101", media_id: media.id, text: "Mon bouquet n'est jamais arrivé !", from: camille });
    expect((await send(fake.commentChange({ id: c.id, media_id: media.id, text: c.text, from: camille }))).status).toBe(200);
    const reply = fake.addComment({ id: "17900000000000102", media_id: media.id, parent_id: c.id, text: "Et personne ne répond.", from: camille });
    expect((await send(fake.commentChange({ id: reply.id, media_id: media.id, parent_id: c.id, text: reply.text, from: camille }))).status).toBe(200);
    // Written an hour ago: her DM below then follows the comment case, her latest (a DM joins the author's latest active case).
    fake.addMention({ media_id: "17800000000000900", comment_id: "17900000000000900", text: "@maisonlumiere toujours rien reçu", from: camille, created_time: new Date(Date.now() - 3_600_000) });
    expect((await send(fake.mentionChange({ media_id: "17800000000000900", comment_id: "17900000000000900" }))).status).toBe(200);
    expect((await send(fake.dm({ sender: camille.id, mid: "aWdf-dm-1", text: "Commande ML-48213" }))).status).toBe(200);

    const [first, second, mention, dm] = [await messageOf(c.id), await messageOf(reply.id), await messageOf("17900000000000900"), await messageOf("aWdf-dm-1")];
    expect(first).toMatchObject({ kind: "COMMENT", direction: "INBOUND", visibility: "PUBLIC" });
    expect(second.parentId).toBe(first.id);
    expect(mention).toMatchObject({ kind: "MENTION", body: "@maisonlumiere toujours rien reçu" });
    expect(mention.permalink).toMatch(/^https:\/\/www\.instagram\.com\//);
    expect(dm).toMatchObject({ kind: "DM", visibility: "PRIVATE" });
    expect(new Set([first.caseId, second.caseId, dm.caseId]).size).toBe(1);
    const cs = await db.prisma.case.findUniqueOrThrow({ where: { id: first.caseId }, include: { contact: true, channel: true } });
    expect(cs.contact.displayName).toBe("@camille.lefort");
    expect(cs.channel.platform).toBe("INSTAGRAM");
  });

  it("delivered five times, and found again by polling: stored once", async () => {
    await hooks.settled();
    const before = await count();
    const media = fake.addMedia({ caption: "Nouveauté", created_time: new Date(Date.now() - 7_200_000) });
    const c = fake.addComment({ id: "17900000000000201", media_id: media.id, text: "Livraison en retard", from: { id: "61001", username: "val.godin" }, created_time: new Date(Date.now() - 600_000) });
    const payload = fake.commentChange({ id: c.id, media_id: media.id, text: c.text, from: c.from });
    for (let i = 0; i < 5; i++) expect((await send(payload)).status).toBe(200);
    await messageOf(c.id);
    await hooks.settled();
    await pollChannel(db.prisma, ig.channel.id);
    expect(await db.prisma.message.count({ where: { channelId: ig.channel.id, externalId: c.id } })).toBe(1);
    // Polling also brought the earlier comments again (deduplicated): nothing else appeared.
    expect(await count()).toBe(before + 1);
  });

  it("a public reply from the app reaches POST /{ig-comment-id}/replies with the text", async () => {
    const first = await messageOf("17900000000000101");
    const text = "Bonjour Camille, toutes nos excuses : je regarde votre commande tout de suite.";
    const m = await queueReply(db.prisma, ig.cm, first.caseId, { text, visibility: "public", inReplyToMessageId: first.id }, noEnqueue);
    expect(await deliverMessage(db.prisma, m.id)).toMatchObject({ outcome: "sent" });
    const calls = fake.requests.filter((r) => r.method === "POST" && r.path === "/v25.0/17900000000000101/replies");
    expect(calls.map((r) => r.body)).toEqual([expect.objectContaining({ message: text })]);
  });

  it("a private reply to a comment reaches the messages endpoint with recipient.comment_id", async () => {
    const first = await messageOf("17900000000000101");
    const m = await queueReply(db.prisma, ig.cm, first.caseId, { text: "Pouvez-vous nous confirmer votre adresse ?", visibility: "private", inReplyToMessageId: first.id }, noEnqueue);
    expect(await deliverMessage(db.prisma, m.id)).toMatchObject({ outcome: "sent" });
    const calls = fake.requests.filter((r) => r.method === "POST" && r.path === `/v25.0/${fake.accountId}/messages`);
    expect(calls.at(-1)!.body).toMatchObject({ recipient: { comment_id: "17900000000000101" }, message: { text: "Pouvez-vous nous confirmer votre adresse ?" } });
  });

  it("is filtered with platform=instagram", async () => {
    const q = listCasesQuery.parse({ platform: "instagram" });
    const { data } = await listCases(db.prisma, ig.cm, q);
    expect(data.length).toBeGreaterThan(0);
    expect(data.every((c) => c.channel.platform === "INSTAGRAM")).toBe(true);
    expect((await listCases(db.prisma, ig.cm, listCasesQuery.parse({ platform: "x" }))).data).toEqual([]);
    expect(listCasesQuery.safeParse({ platform: "myspace" }).success).toBe(false);
  });
});

describe("Instagram webhook bad input", () => {
  it.each([
    ["a forged signature", { signature: `sha256=${"0".repeat(64)}` }, 401],
    ["no signature", { signature: "" }, 401],
    ["malformed JSON", { rawBody: "{nope" }, 400],
    ["an unknown shape", { rawBody: JSON.stringify({ object: "instagram", entry: "nope" }) }, 400],
    ["a Page payload", { rawBody: JSON.stringify({ object: "page", entry: [] }) }, 400],
    ["an oversized body", { rawBody: JSON.stringify({ object: "instagram", entry: [], pad: "x".repeat(1024 * 1024) }) }, 413],
  ])("refuses %s and stores nothing", async (_label, opts, status) => {
    const before = await count();
    const payload = fake.commentChange({ id: "17900000000000666", media_id: "1", text: "forged", from: camille });
    expect((await send(payload, opts)).status).toBe(status);
    await hooks.settled();
    expect(await count()).toBe(before);
  });

  it("answers 401 for an account we do not know, as for a bad signature", async () => {
    const stranger = await startFakeInstagram({ accountId: "17841499999999999", appSecret: "ig-app-secret-for-tests" });
    const r = await stranger.sendWebhook(hooks.instagramUrl, stranger.commentChange({ id: "1", media_id: "2", text: "hi", from: camille }));
    expect(r.status).toBe(401);
    await stranger.close();
  });

  it("answers 200 to reads, reactions, postbacks, story insights and likes, and stores nothing", async () => {
    const before = await count();
    for (const env of fake.notMessages(camille.id)) expect((await send(env)).status).toBe(200);
    // Acknowledged, then processed by the ingest loop: wait for it before saying nothing was stored.
    await hooks.settled();
    expect(await count()).toBe(before);
  });
});
