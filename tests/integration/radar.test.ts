// Crisis radar (R9): 300 comments in one hour against a usual 10 an hour fires one volume-spike alert however
// often the radar looks during the hour; a normal hour fires nothing; "me too" replies under one post, a
// journalist and a high-reach author each raise one alert per episode; alerts can be acknowledged. A surge of
// negative messages (sentiment <= -20, at least 10 and far above that hour's usual) raises one NEGATIVE_SURGE; the
// minute job raises one SLA_BREACH per HIGH/URGENT case whose clock just ran out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { acknowledgeAlert } from "@/lib/radar/acknowledge-alert";
import { runLeadMinute } from "@/lib/radar/lead-jobs";
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

/** One inbound comment on a case of its own, with a given sentiment score (the radar reads stored scores). */
async function negativeCase(wsId: string, channelId: string, contactId: string, n: number, at: Date, sentiment: number) {
  const c = await db.prisma.case.create({ data: {
    workspaceId: wsId, number: 5000 + n, contactId, channelId, preview: "Plainte", openedAt: at, lastMessageAt: at,
    messages: { create: { workspaceId: wsId, channelId, direction: "INBOUND", visibility: "PUBLIC", kind: "COMMENT", body: `Plainte ${n}`, platformCreatedAt: at, sentiment, externalId: `neg-${wsId}-${n}` } },
  } });
  return c.id;
}

describe("negative surge", () => {
  // Wednesday 18 November 2026, 10:00 UTC.
  const T2 = Date.parse("2026-11-18T10:00:00Z");

  it("60 negative comments in one hour against a usual 12 fire NEGATIVE_SURGE once; a normal mix fires nothing", async () => {
    const { ws, channel } = await makeWorkspace(db.prisma);
    const contact = await db.prisma.contact.create({ data: { workspaceId: ws.id, displayName: "Clients" } });
    const home = await db.prisma.case.create({ data: { workspaceId: ws.id, number: 1, contactId: contact.id, channelId: channel.id, preview: "Fond", openedAt: new Date(T2 - 5 * WEEK), lastMessageAt: new Date(T2 - 5 * WEEK) } });
    // The usual mix of a much-criticised brand: 20 messages an hour, one every 3 minutes, 12 of them negative
    // (sentiment <= -20; the -19 is not), so every window of one hour holds exactly 12. Stored for the same hours
    // of the week over the last four weeks and the hour before.
    const mix = [-50, 10, -30, -20, 0, -60, -19, -25, -80, 5, -40, -20, 30, -70, -10, -35, -45, 15, -90, 40];
    expect(mix.filter((v) => v <= -20)).toHaveLength(12);
    const message = (h: number, i: number, tag: string) => ({
      workspaceId: ws.id, caseId: home.id, channelId: channel.id, direction: "INBOUND" as const, visibility: "PUBLIC" as const, kind: "COMMENT" as const,
      body: "Bonjour", sentiment: mix[i]!, platformCreatedAt: new Date(h + i * 3 * 60_000), externalId: `${tag}-${h}-${i}` });
    const hours = [...[1, 2, 3, 4].flatMap((k) => [0, 1, 2, 3].map((h) => T2 - k * WEEK - HOUR + h * HOUR)), T2 - HOUR];
    await db.prisma.message.createMany({ data: hours.flatMap((h) => mix.map((_, i) => message(h, i, "mix"))) });

    // A normal hour: the same mix, 12 negative messages — above the floor of 10, but the usual for this hour —
    // with the radar looking after each message.
    const created: string[] = [];
    for (let i = 0; i < mix.length; i++) {
      await db.prisma.message.create({ data: message(T2, i, "normal") });
      created.push(...(await runRadar(db.prisma, ws.id, new Date(T2 + i * 3 * 60_000 + 1000))));
    }
    expect(created).toEqual([]);
    expect(await db.prisma.alert.count({ where: { workspaceId: ws.id } })).toBe(0);

    // After a quiet hour: 60 angry comments on 60 cases, one a minute, the radar looking every five minutes.
    // Usual 12 → threshold max(10, 3 × 12 + 3√12 ≈ 46.4): fires at the look that sees 50, not before (45).
    // 60 messages in all stays under the volume-spike threshold (3 × 20 + 3√20 ≈ 73.4): only the tone changed.
    const surgeStart = T2 + 2 * HOUR;
    const surgeCases: string[] = [];
    for (let b = 0; b < 12; b++) {
      for (let i = 0; i < 5; i++) {
        const k = b * 5 + i;
        surgeCases.push(await negativeCase(ws.id, channel.id, contact.id, k, new Date(surgeStart + k * 60_000), -70));
      }
      created.push(...(await runRadar(db.prisma, ws.id, new Date(surgeStart + (b + 1) * 5 * 60_000))));
    }
    const alerts = await db.prisma.alert.findMany({ where: { workspaceId: ws.id } });
    expect(alerts.map((a) => a.kind)).toEqual(["NEGATIVE_SURGE"]);
    expect(created).toEqual([alerts[0]!.id]);
    const surge = alerts[0]!;
    expect(surge.scopeKey).toBe("workspace");
    expect(surge.firstAt.toISOString()).toBe(new Date(surgeStart + 50 * 60_000).toISOString());
    expect((surge.data as { baseline: number }).baseline).toBe(12);
    expect((surge.data as { count: number }).count).toBe(60); // updated by the last look
    expect(surge.title).toMatch(/negative messages in one hour/);
    expect(surge.caseIds).toHaveLength(60);
    expect(surge.caseIds).toEqual(expect.arrayContaining(surgeCases));
    expect(await db.prisma.auditEvent.count({ where: { entityId: surge.id, action: "ALERT_RAISED" } })).toBe(1);
  }, 60_000);

  it("with no negative history the floor is 10 messages at sentiment <= -20: nine (and a -19) fire nothing, the tenth fires", async () => {
    const { ws, channel } = await makeWorkspace(db.prisma);
    const contact = await db.prisma.contact.create({ data: { workspaceId: ws.id, displayName: "Clients" } });
    const t = T2 + 5 * HOUR;
    for (let k = 0; k < 9; k++) await negativeCase(ws.id, channel.id, contact.id, k, new Date(t + k * 60_000), -20);
    await negativeCase(ws.id, channel.id, contact.id, 9, new Date(t + 9 * 60_000), -19);
    expect(await runRadar(db.prisma, ws.id, new Date(t + 30 * 60_000))).toEqual([]);
    expect(await db.prisma.alert.count({ where: { workspaceId: ws.id } })).toBe(0);

    await negativeCase(ws.id, channel.id, contact.id, 10, new Date(t + 31 * 60_000), -85);
    const created = await runRadar(db.prisma, ws.id, new Date(t + 32 * 60_000));
    expect(created).toHaveLength(1);
    const surge = await db.prisma.alert.findUniqueOrThrow({ where: { id: created[0]! } });
    expect(surge.kind).toBe("NEGATIVE_SURGE");
    expect((surge.data as { count: number }).count).toBe(10);
    expect(surge.caseIds).toHaveLength(10); // the -19 case is not among them
    // Still the same episode a few minutes later.
    expect(await runRadar(db.prisma, ws.id, new Date(t + 40 * 60_000))).toEqual([]);
    expect(await db.prisma.alert.count({ where: { workspaceId: ws.id } })).toBe(1);
  });
});

describe("SLA breach (minute job)", () => {
  it("a HIGH case past its due time raises one SLA_BREACH, not again on the next minutes; NORMAL and not-yet-due cases raise nothing", async () => {
    const { ws, channel } = await makeWorkspace(db.prisma);
    // Tuesday 24 November 2026, 09:00 UTC; no SLA policy, so the flat target: first response within 60 minutes.
    const t0 = Date.parse("2026-11-24T09:00:00Z");
    const thread = (id: string) => ({ externalId: `sla-${id}`, kind: "POST" as const });
    const ingest = async (id: string, at: number) => (await ingestEvents(db.prisma, channel.id, [comment({ externalId: id, body: "Bonjour, une question sur ma commande", thread: thread(id), author: { platformUserId: `sla-${id}`, name: `Client ${id}` }, platformCreatedAt: new Date(at) })])).caseIds[0]!;
    const high = await ingest("high", t0);
    const normal = await ingest("normal", t0);
    const later = await ingest("later", t0 + 30 * 60_000);
    await db.prisma.case.updateMany({ where: { id: { in: [high, later] } }, data: { priority: "HIGH" } });
    const c = await db.prisma.case.findUniqueOrThrow({ where: { id: high } });
    expect(c.slaDueAt?.toISOString()).toBe(new Date(t0 + HOUR).toISOString());
    expect((await db.prisma.case.findUniqueOrThrow({ where: { id: normal } })).priority).toBe("NORMAL");
    const due = c.slaDueAt!.getTime();
    const breaches = () => db.prisma.alert.findMany({ where: { workspaceId: ws.id, kind: "SLA_BREACH" }, orderBy: { firstAt: "asc" } });

    await runLeadMinute(db.prisma, new Date(due - 30_000)); // not yet due
    expect(await breaches()).toEqual([]);

    await runLeadMinute(db.prisma, new Date(due + 30_000));
    let alerts = await breaches();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ scopeKey: high, caseIds: [high], title: `Case #${c.number} (HIGH) is past its SLA`, data: { number: c.number, dueAt: new Date(due).toISOString() } });
    expect(alerts[0]!.firstAt.toISOString()).toBe(new Date(due + 30_000).toISOString());

    // The next minutes: the case is still in the job's look-back, but this episode already has its alert.
    await runLeadMinute(db.prisma, new Date(due + 90_000));
    await runLeadMinute(db.prisma, new Date(due + 150_000));
    alerts = await breaches();
    expect(alerts.map((a) => a.scopeKey)).toEqual([high]);
    expect(await db.prisma.auditEvent.count({ where: { entityId: alerts[0]!.id, action: "ALERT_RAISED" } })).toBe(1);

    // The second HIGH case, due half an hour later, is its own episode; the NORMAL one never raises an alert.
    await runLeadMinute(db.prisma, new Date(due + 30 * 60_000 + 30_000));
    alerts = await breaches();
    expect(alerts.map((a) => a.scopeKey)).toEqual([high, later]);
    expect(alerts.flatMap((a) => a.caseIds)).not.toContain(normal);
  }, 60_000);
});
