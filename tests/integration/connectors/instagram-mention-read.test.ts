// An Instagram mention arrives as ids only; its text is read from Graph before ingestion claims the delivery,
// outside the ingestion transaction (issue #21 item 4), and kept with the delivery: a Graph outage delays the
// mention without losing it or holding anything else back, and a replay asks Graph nothing again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { processDeliveries } from "@/lib/ingest/process-deliveries";
import { replayDeliveries } from "@/lib/ingest/replay-deliveries";
import { startFakeInstagram, type FakeInstagram } from "../../fakes/fake-instagram";
import { instagramChannelOn } from "../../helpers/channels";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { startWebhookServer } from "../../helpers/webhook-server";

let db: TestDatabase;
let fake: FakeInstagram;
let hooks: Awaited<ReturnType<typeof startWebhookServer>>;
let ig: Awaited<ReturnType<typeof instagramChannelOn>>;

beforeAll(async () => {
  db = await createTestDatabase();
  fake = await startFakeInstagram({ appSecret: "ig-app-secret-mention-read" });
  hooks = await startWebhookServer(db);
  ig = await instagramChannelOn(db.prisma, fake);
});
afterAll(async () => {
  await hooks?.close();
  await fake?.close();
  await db?.dispose();
});

const camille = { id: "6100000000000077", username: "camille.lefort" };
const mentionReads = () => fake.requests.filter((r) => r.method === "GET" && (r.query.fields ?? "").startsWith("mentioned_"));
const stored = (externalId: string) => db.prisma.message.findFirst({ where: { channelId: ig.channel.id, externalId } });

describe("Instagram mentions read before the claim", () => {
  it("a Graph outage delays the mention, keeps the comment beside it, and the retry stores it from one read", async () => {
    const media = fake.addMedia({ caption: "Nouvelle collection" });
    fake.addMention({ media_id: "17800000000000950", comment_id: "17900000000000950", text: "@maisonlumiere colis perdu, aucune réponse", from: camille });
    fake.failNext(1, { status: 500, error: { code: 2, is_transient: true } }, { method: "GET", path: new RegExp(fake.accountId) });
    expect((await fake.sendWebhook(hooks.instagramUrl, fake.mentionChange({ media_id: "17800000000000950", comment_id: "17900000000000950" }))).status).toBe(200);
    // A comment in another delivery right behind it: not held back by the mention's outage.
    const c = fake.addComment({ id: "17900000000000951", media_id: media.id, text: "Toujours pas de nouvelles", from: { id: "6100000000000078", username: "leo" } });
    expect((await fake.sendWebhook(hooks.instagramUrl, fake.commentChange({ id: c.id, media_id: media.id, text: c.text, from: { id: "6100000000000078", username: "leo" } }))).status).toBe(200);
    await hooks.settled();

    expect(await stored(c.id)).not.toBeNull();
    expect(await stored("17900000000000950")).toBeNull();
    const [waiting] = await db.prisma.rawDelivery.findMany({ where: { channelIds: { has: ig.channel.id }, status: "PENDING" } });
    expect(waiting).toMatchObject({ attempts: 1, completions: null });
    expect(waiting!.lastError).toMatch(/500|unexpected|error/i);
    expect(waiting!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());

    // Graph is back; the retry is due.
    const readsBefore = mentionReads().length;
    await processDeliveries(db.prisma, { now: new Date(waiting!.nextAttemptAt.getTime() + 1) });
    const mention = await stored("17900000000000950");
    expect(mention).toMatchObject({ kind: "MENTION", body: "@maisonlumiere colis perdu, aucune réponse" });
    expect(mentionReads().length - readsBefore).toBe(1);
    const done = await db.prisma.rawDelivery.findUniqueOrThrow({ where: { id: waiting!.id } });
    expect(done.status).toBe("DONE");
    expect(JSON.stringify(done.completions)).toContain("colis perdu");

    // What Graph answered is evidence like the body: set once, the database refuses to change it.
    await expect(db.prisma.$executeRaw`UPDATE raw_deliveries SET completions = '{}'::jsonb WHERE id = ${done.id}`).rejects.toThrow(/kept as it arrived/);
  });

  it("a replay reads the stored answer and asks Graph nothing again", async () => {
    const readsBefore = mentionReads().length;
    const r = await replayDeliveries(db.prisma, { channelId: ig.channel.id, since: new Date(Date.now() - 3_600_000) });
    expect(r.failed).toEqual([]);
    expect(r.duplicates).toBeGreaterThanOrEqual(2);
    expect(mentionReads().length).toBe(readsBefore);
  });
});
