// Parking on Instagram, through the signed webhook path (/api/webhooks/instagram → ingest loop): an event
// about a message that is not stored yet is parked (lib/ingest/park-event.ts), then applied when the message
// arrives, beside its original text. On Instagram the only such event the webhook carries is the unsend of a
// direct message (`messaging[].message.is_deleted`, a REMOVED event): comment webhooks (`comments`,
// `live_comments`) carry no edit, hide or removal verb, so there is nothing of that kind to park for comments.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeInstagram, type FakeInstagram } from "../../fakes/fake-instagram";
import { dmEvent, messagingEnvelope } from "../../fakes/instagram-webhooks";
import { instagramChannelOn } from "../../helpers/channels";
import { eventually } from "../../helpers/eventually";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { startWebhookServer } from "../../helpers/webhook-server";

let db: TestDatabase;
let fake: FakeInstagram;
let hooks: Awaited<ReturnType<typeof startWebhookServer>>;
let ig: Awaited<ReturnType<typeof instagramChannelOn>>;

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

const send = (payload: object) => fake.sendWebhook(hooks.instagramUrl, payload);
/** What Instagram sends when the customer unsends a direct message. */
const unsend = (sender: string, mid: string, timestamp: number) =>
  ({ sender: { id: sender }, recipient: { id: fake.accountId }, timestamp, message: { mid, is_deleted: true } });
const parkedOf = (externalId: string) => db.prisma.parkedEvent.findMany({ where: { channelId: ig.channel.id, externalId } });
const storedWithEvents = (externalId: string) =>
  eventually(
    () => db.prisma.message.findFirst({
      where: { channelId: ig.channel.id, externalId },
      include: { events: { orderBy: { platformTime: "asc" } } },
    }),
    (m) => m !== null,
  ).then((m) => m!);

describe("Instagram webhook parking", () => {
  it("an unsent DM whose removal arrives before the DM: parked, then applied beside the original text", async () => {
    const igsid = "6100000000000077";
    const mid = "aWdf-park-1";
    const sentAt = Date.now() - 120_000;
    const unsentAt = sentAt + 30_000;

    // The removal alone: acknowledged, stored as a parked event, no message yet.
    expect((await send(messagingEnvelope(fake.accountId, [unsend(igsid, mid, unsentAt)]))).status).toBe(200);
    await hooks.settled();
    expect(await db.prisma.message.count({ where: { channelId: ig.channel.id, externalId: mid } })).toBe(0);
    const parked = await parkedOf(mid);
    expect(parked).toHaveLength(1);
    expect(parked[0]).toMatchObject({ appliedAt: null, platformTime: new Date(unsentAt), event: expect.objectContaining({ kind: "REMOVED" }) });

    // The DM itself, late: stored with its own text, and the parked removal becomes an event on it.
    expect((await send(fake.dm({ sender: igsid, mid, text: "Mon colis est arrivé abîmé", timestamp: sentAt }))).status).toBe(200);
    const m = await storedWithEvents(mid);
    await hooks.settled();
    const after = await db.prisma.message.findUniqueOrThrow({ where: { id: m.id }, include: { events: true } });
    expect(after).toMatchObject({ kind: "DM", direction: "INBOUND", visibility: "PRIVATE", body: "Mon colis est arrivé abîmé" });
    expect(after.events.map((e) => [e.kind, e.platformTime.getTime(), e.newText])).toEqual([["REMOVED", unsentAt, null]]);
    expect((await parkedOf(mid)).map((p) => p.appliedAt)).toEqual([expect.any(Date)]);
    const audits = await db.prisma.auditEvent.findMany({ where: { entityId: m.id, action: "MESSAGE_REMOVED_ON_PLATFORM" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]!.caseId).toBe(m.caseId);

    // Instagram retries: the same removal again is the same event, not a second one, and is not parked again.
    expect((await send(messagingEnvelope(fake.accountId, [unsend(igsid, mid, unsentAt)]))).status).toBe(200);
    await hooks.settled();
    expect(await db.prisma.messageEvent.count({ where: { messageId: m.id } })).toBe(1);
    expect(await parkedOf(mid)).toHaveLength(1);
  });

  // In one delivery the batch is ordered by platform time (lib/ingest/ingest-batch.ts prepareEvents), so the DM
  // is stored before its removal and nothing needs parking; parking is the net for separate deliveries above.
  it("a removal listed before its DM in the same delivery is applied to it, in platform-time order, without parking", async () => {
    const igsid = "6100000000000078";
    const mid = "aWdf-park-2";
    const sentAt = Date.now() - 60_000;
    const unsentAt = sentAt + 5_000;
    const envelope = messagingEnvelope(fake.accountId, [
      unsend(igsid, mid, unsentAt),
      dmEvent(fake.accountId, { sender: igsid, mid, text: "Je retire ce message", timestamp: sentAt }),
    ]);
    expect((await send(envelope)).status).toBe(200);
    const m = await storedWithEvents(mid);
    await hooks.settled();
    const after = await db.prisma.message.findUniqueOrThrow({ where: { id: m.id }, include: { events: true } });
    expect(after.body).toBe("Je retire ce message");
    expect(after.events.map((e) => [e.kind, e.platformTime.getTime()])).toEqual([["REMOVED", unsentAt]]);
    expect(await parkedOf(mid)).toEqual([]);
  });
});
