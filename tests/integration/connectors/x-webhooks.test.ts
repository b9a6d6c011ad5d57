// Fake X → CRC and signed Account Activity webhooks over HTTP → stored once; forged requests refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pollChannel } from "@/lib/polling/poll-channel";
import { startFakeX, type FakeX } from "../../fakes/fake-x";
import { xChannelOn } from "../../helpers/channels";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { startWebhookServer } from "../../helpers/webhook-server";

let db: TestDatabase;
let x: FakeX;
let hooks: Awaited<ReturnType<typeof startWebhookServer>>;
let channelId: string;
const claire = { id: "1790000000000000123", screen_name: "claire_d", name: "Claire D.", followers_count: 120_500 };

beforeAll(async () => {
  db = await createTestDatabase();
  x = await startFakeX({ consumerSecret: "consumer-secret-for-tests" });
  hooks = await startWebhookServer(db);
  channelId = (await xChannelOn(db.prisma, x)).channel.id;
});
afterAll(async () => {
  await hooks?.close();
  await x?.close();
  await db?.dispose();
});

const count = () => db.prisma.message.count({ where: { channelId } });
const logged = () => db.prisma.rawDelivery.count();

describe("X webhook", () => {
  it("answers the CRC challenge with the HMAC of the consumer secret", async () => {
    const r = await x.crc(hooks.xUrl, "challenge-token-1");
    expect(r.status).toBe(200);
    expect(r.ok).toBe(true);
  });

  it("stores a mention once across 5 deliveries and a polling sweep, keeping 64-bit ids and reach", async () => {
    const m = x.addMention({ text: `@${x.username} toujours pas livré, 3 semaines !`, author: { id: claire.id, username: claire.screen_name, name: claire.name, public_metrics: { followers_count: claire.followers_count } } as never });
    const payload = x.tweetCreateEvent({ id: m.id, text: m.text, user: claire });
    for (let i = 0; i < 5; i++) expect((await x.sendWebhook(hooks.xUrl, payload)).status).toBe(200);
    await hooks.settled();
    await pollChannel(db.prisma, channelId);
    expect(await count()).toBe(1);
    const msg = await db.prisma.message.findFirstOrThrow({ where: { channelId }, include: { authorIdentity: true } });
    expect(msg.externalId).toBe(m.id);
    expect(msg.authorIdentity?.platformUserId).toBe(claire.id);
    expect(msg.authorIdentity?.followerCount).toBe(120_500);
    expect(msg.kind).toBe("MENTION");
  });

  it("joins the customer's DM to their open case, and records a deleted tweet as an event", async () => {
    const dm = x.directMessageEvent({ text: "Commande 88812, merci de regarder", sender: claire });
    expect((await x.sendWebhook(hooks.xUrl, dm)).status).toBe(200);
    await hooks.settled();
    const msgs = await db.prisma.message.findMany({ where: { channelId }, orderBy: { platformCreatedAt: "asc" } });
    expect(msgs).toHaveLength(2);
    expect(msgs[1]!.visibility).toBe("PRIVATE");
    expect(msgs[1]!.caseId).toBe(msgs[0]!.caseId);
    const del = x.tweetDeleteEvent({ id: msgs[0]!.externalId!, user_id: claire.id });
    expect((await x.sendWebhook(hooks.xUrl, del)).status).toBe(200);
    await hooks.settled();
    const ev = await db.prisma.messageEvent.findFirstOrThrow({ where: { messageId: msgs[0]!.id } });
    expect(ev.kind).toBe("REMOVED");
    expect((await db.prisma.message.findUniqueOrThrow({ where: { id: msgs[0]!.id } })).body).toContain("toujours pas livré");
  });

  it.each([
    ["a forged signature", { signature: "sha256=AAAA" }, 401],
    ["malformed JSON", { rawBody: "[[[" }, 400],
    ["an unknown shape", { rawBody: JSON.stringify({ tweet_create_events: "nope" }) }, 400],
  ])("refuses %s and stores nothing", async (_l, opts, status) => {
    const before = [await count(), await logged()];
    const payload = x.tweetCreateEvent({ text: "forged", user: claire });
    expect((await x.sendWebhook(hooks.xUrl, payload, opts)).status).toBe(status);
    await hooks.settled();
    expect([await count(), await logged()]).toEqual(before);
  });
});
