// Fake Graph → signed webhook over HTTP → stored once; bad requests refused with nothing stored.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pollChannel } from "@/lib/polling/poll-channel";
import { startFakeGraph, type FakeGraph } from "../../fakes/fake-graph";
import { facebookChannelOn, VERIFY_TOKEN } from "../../helpers/channels";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { startWebhookServer } from "../../helpers/webhook-server";

let db: TestDatabase;
let fake: FakeGraph;
let hooks: Awaited<ReturnType<typeof startWebhookServer>>;
let channelId: string;
const POST_ID = "100000000000001_555";

beforeAll(async () => {
  db = await createTestDatabase();
  fake = await startFakeGraph({ appSecret: "app-secret-for-tests" });
  hooks = await startWebhookServer(db);
  channelId = (await facebookChannelOn(db.prisma, fake)).channel.id;
});
afterAll(async () => {
  await hooks?.close();
  await fake?.close();
  await db?.dispose();
});

const count = () => db.prisma.message.count({ where: { channelId } });
const logged = () => db.prisma.rawDelivery.count();

describe("Facebook webhook", () => {
  it("answers the subscription challenge only with the right verify token", async () => {
    const ok = await fake.verifyChallenge(hooks.facebookUrl, VERIFY_TOKEN, 424242);
    expect(ok.status).toBe(200);
    expect(ok.body).toBe("424242");
    expect((await fake.verifyChallenge(hooks.facebookUrl, "wrong-token-xyz", 1)).status).toBe(403);
  });

  it("stores a signed comment once, even delivered 5 times and found again by polling", async () => {
    const created = new Date(Date.now() - 60_000);
    const payload = fake.feedCommentChange({
      verb: "add", comment_id: "555_9001", post_id: POST_ID, from: { id: "42", name: "Claire Dupont" },
      message: "Ma commande n'a jamais été livrée, c'est inadmissible", created_time: created,
    });
    for (let i = 0; i < 5; i++) {
      const r = await fake.sendWebhook(hooks.facebookUrl, payload);
      expect(r.status).toBe(200);
    }
    await hooks.settled();
    expect(await count()).toBe(1);
    fake.addPost({ id: POST_ID, message: "Nos bouquets de saison" });
    fake.addComment({ id: "555_9001", post_id: POST_ID, message: "Ma commande n'a jamais été livrée, c'est inadmissible", from: { id: "42", name: "Claire Dupont" }, created_time: created });
    await pollChannel(db.prisma, channelId);
    expect(await count()).toBe(1);
    const c = await db.prisma.case.findFirstOrThrow({ where: { channelId }, include: { contact: true } });
    expect(c.contact.displayName).toBe("Claire Dupont");
    expect(c.openedAt.getTime()).toBe(Math.floor(created.getTime() / 1000) * 1000);
  });

  it.each([
    ["a forged signature", { signature: "sha256=" + "0".repeat(64) }, 401],
    ["no signature", { signature: "" }, 401],
    ["malformed JSON", { rawBody: "{not json" }, 400],
    ["an unknown shape", { rawBody: JSON.stringify({ object: "page", entry: "nope" }) }, 400],
    ["an oversized body", { rawBody: JSON.stringify({ object: "page", entry: [], pad: "x".repeat(1024 * 1024) }) }, 413],
  ])("refuses %s and stores nothing", async (_label, opts, status) => {
    const before = [await count(), await logged()];
    const payload = fake.feedCommentChange({ verb: "add", comment_id: "555_666", post_id: POST_ID, from: { id: "43", name: "Eve" }, message: "forged" });
    const r = await fake.sendWebhook(hooks.facebookUrl, payload, opts);
    expect(r.status).toBe(status);
    await hooks.settled();
    expect([await count(), await logged()]).toEqual(before);
  });

  it("refuses a page we do not know, as it refuses a bad signature (no oracle of connected Pages)", async () => {
    const stranger = await startFakeGraph({ pageId: "999999", appSecret: "app-secret-for-tests" });
    const before = await logged();
    const r = await stranger.sendWebhook(hooks.facebookUrl, stranger.feedCommentChange({ verb: "add", comment_id: "1_2", post_id: "999999_1", message: "hi", from: { id: "7", name: "X" } }));
    expect(r.status).toBe(401);
    expect(await logged()).toBe(before);
    await stranger.close();
  });

  it("keeps the text of a comment removed on Facebook, with a 'removed' event", async () => {
    const add = fake.feedCommentChange({ verb: "add", comment_id: "555_7000", post_id: POST_ID, from: { id: "44", name: "Marc" }, message: "Service client injoignable depuis 10 jours", created_time: new Date(Date.now() - 30_000) });
    expect((await fake.sendWebhook(hooks.facebookUrl, add)).status).toBe(200);
    const remove = fake.feedCommentChange({ verb: "remove", comment_id: "555_7000", post_id: POST_ID, from: { id: "44", name: "Marc" } });
    expect((await fake.sendWebhook(hooks.facebookUrl, remove)).status).toBe(200);
    await hooks.settled();
    const m = await db.prisma.message.findFirstOrThrow({ where: { channelId, externalId: "555_7000" }, include: { events: true } });
    expect(m.body).toBe("Service client injoignable depuis 10 jours");
    expect(m.events.map((e) => e.kind)).toEqual(["REMOVED"]);
  });

  it("treats the page's own comment as outbound, not as a new case", async () => {
    const cases = await db.prisma.case.count({ where: { channelId } });
    const own = fake.feedCommentChange({ verb: "add", comment_id: "555_7001", post_id: POST_ID, parent_id: "555_7000", from: { id: fake.pageId, name: "Maison Lumière" }, message: "Bonjour Marc, nous regardons." });
    expect((await fake.sendWebhook(hooks.facebookUrl, own)).status).toBe(200);
    await hooks.settled();
    const m = await db.prisma.message.findFirstOrThrow({ where: { channelId, externalId: "555_7001" } });
    expect(m.direction).toBe("OUTBOUND");
    expect(await db.prisma.case.count({ where: { channelId } })).toBe(cases);
  });

  it("stores a Messenger message in the author's open case", async () => {
    const r = await fake.sendWebhook(hooks.facebookUrl, fake.messengerEvent({ sender: "44", text: "Mon numéro de commande est ML-1234", mid: "m_abc" }));
    expect(r.status).toBe(200);
    await hooks.settled();
    const dm = await db.prisma.message.findFirstOrThrow({ where: { channelId, externalId: "m_abc" } });
    const comment = await db.prisma.message.findFirstOrThrow({ where: { channelId, externalId: "555_7000" } });
    expect(dm.visibility).toBe("PRIVATE");
    expect(dm.caseId).toBe(comment.caseId);
  });
});
