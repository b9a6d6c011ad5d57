// The webhook → raw log → batched ingestion pipeline: the log is append-only and kept as it came; early
// edits/removals are parked then applied; NUL is replaced in stored text and good events beside a poison one
// are stored; a delivery that keeps failing is retried with backoff, then marked failed with its reason, and
// never holds back the deliveries behind it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { listDeliveryHealth } from "@/lib/ingest/list-delivery-health";
import { replayDeliveries } from "@/lib/ingest/replay-deliveries";
import { replayInput } from "@/lib/ingest/schemas";
import { MAX_DELIVERY_ATTEMPTS } from "@/lib/ingest/delivery-failure";
import { processDeliveries } from "@/lib/ingest/process-deliveries";
import { NUL_REPLACEMENT } from "@/lib/ingest/sanitize-event";
import { startFakeGraph, type FakeGraph } from "../fakes/fake-graph";
import { facebookChannelOn } from "../helpers/channels";
import { comment, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { startWebhookServer } from "../helpers/webhook-server";

let db: TestDatabase;
let fake: FakeGraph;
let hooks: Awaited<ReturnType<typeof startWebhookServer>>;
let channelId: string;
let lead: Awaited<ReturnType<typeof facebookChannelOn>>["lead"];
const POST_ID = "100000000000001_900";

beforeAll(async () => {
  db = await createTestDatabase();
  fake = await startFakeGraph({ appSecret: "app-secret-for-tests" });
  hooks = await startWebhookServer(db);
  const fb = await facebookChannelOn(db.prisma, fake);
  channelId = fb.channel.id;
  lead = fb.lead;
});
afterAll(async () => {
  await hooks?.close();
  await fake?.close();
  await db?.dispose();
});

describe("raw delivery log", () => {
  it("keeps every accepted delivery as it arrived; the database refuses to change or delete one", async () => {
    const payload = fake.feedCommentChange({ verb: "add", comment_id: "900_1", post_id: POST_ID, from: { id: "61", name: "Léo" }, message: "Bonjour", created_time: new Date() });
    const raw = fake.serialize(payload);
    expect((await fake.sendWebhook(hooks.facebookUrl, payload)).status).toBe(200);
    await hooks.settled();
    const row = await db.prisma.rawDelivery.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(Buffer.from(row.body).toString("utf8")).toBe(raw);
    expect(row.status).toBe("DONE");
    expect(row.channelIds).toEqual([channelId]);
    await expect(db.prisma.$executeRaw`UPDATE raw_deliveries SET body = ${Buffer.from("{}")} WHERE id = ${row.id}`).rejects.toThrow(/kept as it arrived/);
    await expect(db.prisma.$executeRaw`DELETE FROM raw_deliveries WHERE id = ${row.id}`).rejects.toThrow(/never deleted/);
    // Processing columns may move (that is how a delivery is retried or replayed).
    await db.prisma.$executeRaw`UPDATE raw_deliveries SET "lastError" = 'note' WHERE id = ${row.id}`;
  });
});

describe("parking", () => {
  it("applies an edit and a removal that arrived before their comment", async () => {
    const { channel } = await makeWorkspace(db.prisma);
    const t = Date.now() - 60_000;
    const early = await ingestEvents(db.prisma, channel.id, [
      { type: "message_event", externalId: "late-1", kind: "EDITED", newText: "Texte corrigé", platformTime: new Date(t + 2_000) },
      { type: "message_event", externalId: "late-1", kind: "REMOVED", platformTime: new Date(t + 3_000) },
    ]);
    expect(early.parked).toBe(2);
    await ingestEvents(db.prisma, channel.id, [comment({ externalId: "late-1", body: "Texte d'origine", platformCreatedAt: new Date(t) })]);
    const m = await db.prisma.message.findFirstOrThrow({ where: { channelId: channel.id, externalId: "late-1" }, include: { events: { orderBy: { platformTime: "asc" } } } });
    expect(m.body).toBe("Texte d'origine");
    expect(m.events.map((e) => [e.kind, e.newText])).toEqual([["EDITED", "Texte corrigé"], ["REMOVED", null]]);
    expect(await db.prisma.parkedEvent.count({ where: { channelId: channel.id, appliedAt: null } })).toBe(0);
    // Applied once: the same removal arriving again is a duplicate.
    const again = await ingestEvents(db.prisma, channel.id, [{ type: "message_event", externalId: "late-1", kind: "REMOVED", platformTime: new Date(t + 3_000) }]);
    expect(again.duplicates).toBe(1);
  });
});

describe("poison input", () => {
  it("stores a comment and an author name holding U+0000 with the NUL replaced, beside the good comments of the batch", async () => {
    const at = new Date(Date.now() - 30_000);
    const batch = fake.feedCommentChange([
      { verb: "add", comment_id: "900_10", post_id: POST_ID, from: { id: "62", name: "Bonne Cliente" }, message: "Premier, normal", created_time: at },
      { verb: "add", comment_id: "900_11", post_id: POST_ID, from: { id: "63", name: "Nul\u0000Name" }, message: "Avec un \u0000 au milieu", created_time: at },
      { verb: "add", comment_id: "900_12", post_id: POST_ID, from: { id: "64", name: "Autre Client" }, message: "Troisième, normal", created_time: at },
    ]);
    const raw = fake.serialize(batch);
    expect((await fake.sendWebhook(hooks.facebookUrl, batch)).status).toBe(200);
    await hooks.settled();
    const stored = await db.prisma.message.findMany({ where: { channelId, externalId: { in: ["900_10", "900_11", "900_12"] } }, include: { authorIdentity: true } });
    expect(stored).toHaveLength(3);
    const poison = stored.find((m) => m.externalId === "900_11")!;
    expect(poison.body).toBe(`Avec un ${NUL_REPLACEMENT} au milieu`);
    expect(poison.authorIdentity!.name).toBe(`Nul${NUL_REPLACEMENT}Name`);
    const row = await db.prisma.rawDelivery.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(Buffer.from(row.body).toString("utf8")).toBe(raw);
    expect(row.status).toBe("DONE");
  });
});

describe("a delivery that cannot be processed", () => {
  it("is retried with backoff, then marked failed with its reason, and never blocks the deliveries behind it", async () => {
    const stuck = await db.prisma.rawDelivery.create({
      data: { kind: "FACEBOOK_PAGE", channelIds: [channelId], body: Buffer.from(JSON.stringify({ object: "page", entry: "no longer understood" })) },
    });
    const good = fake.feedCommentChange({ verb: "add", comment_id: "900_20", post_id: POST_ID, from: { id: "65", name: "Derrière" }, message: "Je suis derrière", created_time: new Date() });
    expect((await fake.sendWebhook(hooks.facebookUrl, good)).status).toBe(200);
    await hooks.settled();
    expect(await db.prisma.message.count({ where: { channelId, externalId: "900_20" } })).toBe(1);
    let row = await db.prisma.rawDelivery.findUniqueOrThrow({ where: { id: stuck.id } });
    expect([row.status, row.attempts]).toEqual(["PENDING", 1]);
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    for (let i = 1; i < MAX_DELIVERY_ATTEMPTS; i++) {
      await processDeliveries(db.prisma, { now: new Date(Date.now() + i * 3_600_000) });
    }
    row = await db.prisma.rawDelivery.findUniqueOrThrow({ where: { id: stuck.id } });
    expect(row.status).toBe("FAILED");
    expect(row.attempts).toBe(MAX_DELIVERY_ATTEMPTS);
    expect(row.lastError).toMatch(/entry/);
    // What the Channels page shows: the failure and its reason, for this workspace's channel only.
    const health = await listDeliveryHealth(db.prisma, lead, [channelId]);
    expect(health.failed.map((f) => [f.id, f.attempts])).toEqual([[String(stuck.id), MAX_DELIVERY_ATTEMPTS]]);
    expect(health.failed[0]!.lastError).toMatch(/entry/);
    const { ws: otherWs } = await makeWorkspace(db.prisma);
    const stranger = { ...lead, workspaceId: otherWs.id };
    expect((await listDeliveryHealth(db.prisma, stranger, [channelId])).failed).toEqual([]);
  });
});

describe("replay from the log", () => {
  it("stores what a delivery holds and is not stored yet, then changes nothing when run again", async () => {
    const since = new Date(Date.now() - 1000);
    // A delivery logged and marked done by a (hypothetical) buggy version that stored nothing.
    const payload = fake.feedCommentChange({ verb: "add", comment_id: "900_30", post_id: POST_ID, from: { id: "66", name: "Oubliée" }, message: "Vous m'aviez oubliée", created_time: new Date() });
    await db.prisma.rawDelivery.create({ data: { kind: "FACEBOOK_PAGE", channelIds: [channelId], body: Buffer.from(fake.serialize(payload)), status: "DONE", receivedAt: new Date() } });
    const first = await replayDeliveries(db.prisma, { channelId, since });
    expect(first.stored).toBe(1);
    expect(await db.prisma.message.count({ where: { channelId, externalId: "900_30" } })).toBe(1);
    const second = await replayDeliveries(db.prisma, { channelId, since });
    expect([second.stored, second.duplicates]).toEqual([0, first.duplicates + 1]);
  });

  it("refuses bad input", () => {
    expect(replayInput.safeParse({ channelId: "nope", since: "2026-11-30T05:00:00Z" }).success).toBe(false);
    expect(replayInput.safeParse({ channelId: channelId, since: "yesterday" }).success).toBe(false);
    expect(replayInput.safeParse({ channelId: channelId, since: "2026-11-30T05:00:00Z", extra: 1 }).success).toBe(false);
    expect(replayInput.parse({ channelId: channelId, since: "2026-11-30T05:00:00Z" }).since).toEqual(new Date("2026-11-30T05:00:00Z"));
  });
});
