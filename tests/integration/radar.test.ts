// Crisis radar (R9): 300 comments in one hour against a usual 10 an hour fires one volume-spike alert however
// often the radar looks during the hour; a normal hour fires nothing; "me too" replies under one post, a
// journalist and a high-reach author each raise one alert per episode; alerts can be acknowledged.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { acknowledgeAlert } from "@/lib/radar/acknowledge-alert";
import { listAlerts } from "@/lib/radar/list-alerts";
import { runRadar } from "@/lib/radar/run-radar";
import type { Member } from "@/lib/auth/member";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;
// Tuesday 17 November 2026, 14:00 UTC: the hour under watch starts here.
const T = Date.parse("2026-11-17T14:00:00Z");

/** `perHour` inbound messages in each hour of [from, to), spread evenly, on one background case (stored
 *  directly: the radar reads stored messages, and four weeks of history through ingestion would take minutes). */
async function background(wsId: string, channelId: string, from: number, to: number, perHour: number) {
  const s = await ingestEvents(db.prisma, channelId, [comment({ externalId: `bg-${wsId}-${from}`, body: "Bonjour", author: { platformUserId: `bg-${from}`, name: "Fond" }, platformCreatedAt: new Date(from - HOUR) })]);
  const caseId = s.caseIds[0]!;
  const rows = [];
  for (let h = from; h < to; h += HOUR) {
    for (let i = 0; i < perHour; i++) {
      rows.push({ workspaceId: wsId, caseId, channelId, direction: "INBOUND" as const, visibility: "PUBLIC" as const, kind: "COMMENT" as const,
        body: "Bonjour", platformCreatedAt: new Date(h + (i * HOUR) / perHour), externalId: `bg-${h}-${i}` });
    }
  }
  await db.prisma.message.createMany({ data: rows });
}

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.dispose());

describe("volume spike", () => {
  it("300 comments in one hour against a usual 10 an hour fires once; a normal hour fires nothing", async () => {
    const { ws, channel } = await makeWorkspace(db.prisma);
    // History at 10 an hour: the same hours of the week over the last four weeks, and the hour before.
    for (const k of [1, 2, 3, 4]) await background(ws.id, channel.id, T - k * WEEK - HOUR, T - k * WEEK + 3 * HOUR, 10);
    await background(ws.id, channel.id, T - HOUR, T, 10);

    // A normal hour: 10 comments, the radar looking after each one.
    for (let i = 0; i < 10; i++) {
      const at = T + i * 6 * 60_000;
      await db.prisma.message.create({ data: { workspaceId: ws.id, caseId: (await db.prisma.case.findFirstOrThrow({ where: { workspaceId: ws.id } })).id, channelId: channel.id, direction: "INBOUND", visibility: "PUBLIC", kind: "COMMENT", body: "Bonjour", platformCreatedAt: new Date(at), externalId: `normal-${i}` } });
      await runRadar(db.prisma, ws.id, new Date(at + 1000));
    }
    expect(await db.prisma.alert.count({ where: { workspaceId: ws.id } })).toBe(0);

    // The next hour: 300 comments on 300 cases, stored in batches of 30 with the radar looking after each batch.
    const spikeStart = T + HOUR;
    const contact = await db.prisma.contact.create({ data: { workspaceId: ws.id, displayName: "Clients" } });
    for (let b = 0; b < 10; b++) {
      for (let i = 0; i < 30; i++) {
        const k = b * 30 + i;
        const at = new Date(spikeStart + k * 12_000);
        await db.prisma.case.create({ data: {
          workspaceId: ws.id, number: 1000 + k, contactId: contact.id, channelId: channel.id, preview: "Commande", openedAt: at, lastMessageAt: at,
          messages: { create: { workspaceId: ws.id, channelId: channel.id, direction: "INBOUND", visibility: "PUBLIC", kind: "COMMENT", body: `Commande ${k} toujours pas reçue`, platformCreatedAt: at, externalId: `spike-${k}` } },
        } });
      }
      await runRadar(db.prisma, ws.id, new Date(spikeStart + (b + 1) * 30 * 12_000));
    }
    const spikes = await db.prisma.alert.findMany({ where: { workspaceId: ws.id, kind: "VOLUME_SPIKE" } });
    expect(spikes).toHaveLength(1);
    expect((spikes[0]!.data as { count: number }).count).toBeGreaterThanOrEqual(290);
    expect((spikes[0]!.data as { baseline: number }).baseline).toBe(10);
    expect(spikes[0]!.caseIds.length).toBeGreaterThan(100);
  }, 120_000);
});

describe("signals", () => {
  let lead: Member;
  let cm: Member;
  let wsId: string;
  it("me-too replies under one post, a journalist and a high-reach author: one alert each per episode", async () => {
    const { ws, channel } = await makeWorkspace(db.prisma);
    wsId = ws.id;
    lead = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
    cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
    const now = Date.now() - 30 * 60_000;
    const thread = { externalId: "post-livraisons", kind: "POST" as const };
    await ingestEvents(db.prisma, channel.id, [comment({ externalId: "root", body: "Commande jamais livrée, inadmissible", thread, author: { platformUserId: "laura", name: "Laura" }, platformCreatedAt: new Date(now) })]);
    for (const [i, body] of ["Pareil pour moi", "moi aussi toujours rien reçu", "Same here, nothing delivered", "Idem !"].entries()) {
      await ingestEvents(db.prisma, channel.id, [comment({ externalId: `mt-${i}`, parentExternalId: "root", body, thread, author: { platformUserId: `mt${i}`, name: `Voisin ${i}` }, platformCreatedAt: new Date(now + (i + 1) * 60_000) })]);
    }
    await ingestEvents(db.prisma, channel.id, [
      comment({ externalId: "j1", body: "Bonjour, je suis journaliste et je prépare un article sur vos retards de livraison.", author: { platformUserId: "helene", name: "Hélène" }, thread: { externalId: "t-j", kind: "POST" }, platformCreatedAt: new Date(now + 10 * 60_000) }),
      comment({ externalId: "j2", body: "Toujours pas de réponse pour mon article.", author: { platformUserId: "helene", name: "Hélène" }, thread: { externalId: "t-j", kind: "POST" }, platformCreatedAt: new Date(now + 11 * 60_000) }),
      comment({ externalId: "m1", body: "Trois semaines que j'attends ma commode.", author: { platformUserId: "max", name: "Maxime", followerCount: 121_400 }, thread: { externalId: "t-m", kind: "POST" }, platformCreatedAt: new Date(now + 12 * 60_000) }),
    ]);
    const alerts = await listAlerts(db.prisma, lead);
    const kinds = alerts.map((a) => a.kind).sort();
    expect(kinds.filter((k) => k === "ME_TOO")).toHaveLength(1);
    expect(kinds.filter((k) => k === "PROFESSIONAL")).toHaveLength(1);
    expect(kinds.filter((k) => k === "HIGH_REACH")).toHaveLength(1);
    expect(kinds).toContain("LEGAL_PRESS");
    const meToo = alerts.find((a) => a.kind === "ME_TOO")!;
    expect(meToo.caseIds.length).toBeGreaterThanOrEqual(3);
  });

  it("acknowledges an alert once, audited; customer service may not", async () => {
    const [a] = await listAlerts(db.prisma, lead, { unacknowledged: true });
    await acknowledgeAlert(db.prisma, cm, a!.id);
    await acknowledgeAlert(db.prisma, lead, a!.id);
    const after = await db.prisma.alert.findUniqueOrThrow({ where: { id: a!.id } });
    expect(after.acknowledgedById).toBe(cm.userId);
    expect(await db.prisma.auditEvent.count({ where: { entityId: a!.id, action: "ALERT_ACKNOWLEDGED" } })).toBe(1);
    const cs = await makeMember(db.prisma, wsId, "CUSTOMER_SERVICE");
    await expect(listAlerts(db.prisma, cs)).rejects.toThrow(/not allow/);
  });
});
