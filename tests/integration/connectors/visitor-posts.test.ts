// A customer's post on the Page wall (seed 000: "elle en fait part sur la page Facebook") and a mention of
// the Page elsewhere, from the fake Graph API's signed webhooks to cases, and replies back to the fake.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverMessage } from "@/lib/outbound/deliver-message";
import { queueReply } from "@/lib/outbound/queue-reply";
import { pollChannel } from "@/lib/polling/poll-channel";
import { startFakeGraph, type FakeGraph } from "../../fakes/fake-graph";
import { facebookChannelOn } from "../../helpers/channels";
import { eventually } from "../../helpers/eventually";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { startWebhookServer } from "../../helpers/webhook-server";

let db: TestDatabase;
let fake: FakeGraph;
let hooks: Awaited<ReturnType<typeof startWebhookServer>>;
let fb: Awaited<ReturnType<typeof facebookChannelOn>>;
const noEnqueue = async () => undefined;

beforeAll(async () => {
  db = await createTestDatabase();
  fake = await startFakeGraph({ appSecret: "app-secret-for-tests" });
  hooks = await startWebhookServer(db);
  fb = await facebookChannelOn(db.prisma, fake);
});
afterAll(async () => {
  await hooks?.close();
  await fake?.close();
  await db?.dispose();
});

const camille = { id: "4242", name: "Camille Lefort" };
const TEXT = "Bonjour, j'ai commandé un bouquet pour l'anniversaire de ma mère, rien n'a été livré. Le service client ne répond pas.";
const messageOf = (externalId: string) =>
  eventually(() => db.prisma.message.findFirst({ where: { channelId: fb.channel.id, externalId }, include: { events: true } }), (m) => m !== null).then((m) => m!);

describe("visitor posts on the Page", () => {
  const postId = () => `${fake.pageId}_880001`;

  it("a signed visitor-post webhook opens a case whose first message is the post", async () => {
    const created = new Date(Date.now() - 20 * 60_000);
    fake.addPost({ id: postId(), message: TEXT, from: camille, created_time: created });
    const payload = fake.feedPostChange({ verb: "add", post_id: postId(), item: "status", from: camille, message: TEXT, created_time: created });
    expect((await fake.sendWebhook(hooks.facebookUrl, payload)).status).toBe(200);
    const post = await messageOf(postId());
    expect(post).toMatchObject({ kind: "POST", direction: "INBOUND", visibility: "PUBLIC", body: TEXT });
    const c = await db.prisma.case.findUniqueOrThrow({ where: { id: post.caseId }, include: { contact: true, messages: { orderBy: { platformCreatedAt: "asc" } } } });
    expect(c.messages[0]!.id).toBe(post.id);
    expect(c.contact.displayName).toBe("Camille Lefort");
    expect(c.openedAt.getTime()).toBe(Math.floor(created.getTime() / 1000) * 1000);
  });

  it("the customer's comment under her post joins the same case", async () => {
    const payload = fake.feedCommentChange({ verb: "add", comment_id: "880001_1", post_id: postId(), from: camille, message: "Toujours rien, 3 jours après." });
    expect((await fake.sendWebhook(hooks.facebookUrl, payload)).status).toBe(200);
    const [comment, post] = [await messageOf("880001_1"), await messageOf(postId())];
    expect(comment.caseId).toBe(post.caseId);
    expect(comment.threadId).toBe(post.threadId);
  });

  it("the same post found again by polling is stored once", async () => {
    await hooks.settled();
    await pollChannel(db.prisma, fb.channel.id);
    expect(await db.prisma.message.count({ where: { channelId: fb.channel.id, externalId: postId() } })).toBe(1);
    expect(await db.prisma.case.count({ where: { channelId: fb.channel.id } })).toBe(1);
  });

  it("replies go out as a comment on the post; a private reply through the post's route", async () => {
    const post = await messageOf(postId());
    const pub = await queueReply(db.prisma, fb.cm, post.caseId, { text: "Bonjour Camille, toutes nos excuses : je regarde votre commande.", visibility: "public", inReplyToMessageId: post.id }, noEnqueue);
    expect(await deliverMessage(db.prisma, pub.id)).toMatchObject({ outcome: "sent" });
    const calls = fake.requests.filter((r) => r.method === "POST" && r.path === `/v25.0/${postId()}/comments`);
    expect(calls.map((r) => (r.body as { message: string }).message)).toEqual(["Bonjour Camille, toutes nos excuses : je regarde votre commande."]);
    const priv = await queueReply(db.prisma, fb.cm, post.caseId, { text: "Pouvez-vous nous donner votre numéro de commande ?", visibility: "private", inReplyToMessageId: post.id }, noEnqueue);
    expect(await deliverMessage(db.prisma, priv.id)).toMatchObject({ outcome: "sent" });
    expect(fake.sentMessages()).toEqual([expect.objectContaining({ kind: "private_reply", recipient: { post_id: postId() } })]);
  });

  it("the post's removal on Facebook keeps its text, with a 'removed' event", async () => {
    const removal = fake.feedPostChange({ verb: "remove", post_id: postId(), item: "status", from: camille, created_time: new Date() });
    expect((await fake.sendWebhook(hooks.facebookUrl, removal)).status).toBe(200);
    const post = await eventually(() => messageOf(postId()), (m) => m.events.length > 0);
    expect(post.body).toBe(TEXT);
    expect(post.events.map((e) => e.kind)).toEqual(["REMOVED"]);
  });

  it("the Page's own post stays a thread, not a message", async () => {
    const own = fake.feedPostChange({ verb: "add", post_id: `${fake.pageId}_880002`, item: "status", from: { id: fake.pageId, name: "Maison Lumière" }, message: "Nos bouquets" });
    const before = await db.prisma.message.count({ where: { channelId: fb.channel.id } });
    expect((await fake.sendWebhook(hooks.facebookUrl, own)).status).toBe(200);
    await hooks.settled();
    expect(await db.prisma.message.count({ where: { channelId: fb.channel.id } })).toBe(before);
  });
});

describe("mentions of the Page", () => {
  it("a post elsewhere that @mentions the Page becomes an inbound message with a link to where it was written", async () => {
    const payload = fake.mentionChange({ verb: "add", item: "post", post_id: "990_1", sender: { id: "5150", name: "Sandra Pujol" }, message: "Attention à @Maison Lumière, ils suppriment les avis !" });
    expect((await fake.sendWebhook(hooks.facebookUrl, payload)).status).toBe(200);
    const m = await messageOf("990_1");
    expect(m).toMatchObject({ kind: "MENTION", direction: "INBOUND", visibility: "PUBLIC", permalink: "https://www.facebook.com/990_1" });
    const c = await db.prisma.case.findUniqueOrThrow({ where: { id: m.caseId }, include: { contact: true } });
    expect(c.contact.displayName).toBe("Sandra Pujol");
  });
});
