// Issue #26 item 4, second half: snooze a case until a time. A snoozed case leaves the working views (All, Mine,
// Unassigned, Late) for the Snoozed view, and comes back with a notice to whoever snoozed it (and its owner)
// when its time comes, when the customer writes, or when an SLA clock runs out — a snooze never hides a breach.
// Only an answered case whose customer is not waiting on us may sleep. Times are injected; nothing sleeps here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { listCases } from "@/lib/cases/list-cases";
import { listCaseRowsByIds } from "@/lib/cases/case-rows";
import { rowMatches } from "@/lib/live/row-matches";
import { toLiveRow } from "@/lib/live/to-live-row";
import { countViews } from "@/lib/cases/count-cases";
import { listCasesQuery, snoozeInput } from "@/lib/cases/schemas";
import { snoozeCase, unsnoozeCase } from "@/lib/cases/snooze-case";
import { snoozePresets } from "@/lib/cases/snooze-presets";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { runDeskSweep } from "@/lib/notifications/desk-sweep";
import { notificationText } from "@/lib/notifications/notification-text";
import { queueReply } from "@/lib/outbound/queue-reply";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let channelId: string;
let cm: Member, lead: Member, cs: Member;
let n = 0;
const NOW = new Date();
const HOUR = 3_600_000;
const at = (ms: number) => new Date(NOW.getTime() + ms);

beforeAll(async () => {
  db = await createTestDatabase();
  const { ws, channel } = await makeWorkspace(db.prisma);
  channelId = channel.id;
  cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
  lead = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
  cs = await makeMember(db.prisma, ws.id, "CUSTOMER_SERVICE");
});
afterAll(() => db?.dispose());

/** A customer's complaint, posted two hours ago; answered by the CM unless told otherwise; assigned to the lead. */
async function caseOf(opts: { answered?: boolean; author?: string } = {}): Promise<string> {
  const author = opts.author ?? `s${++n}`;
  const r = await ingestEvents(db.prisma, channelId, [comment({
    externalId: `sz${++n}`, body: "Ma commande n'est toujours pas arrivée.", author: { platformUserId: author, name: `Client ${n}` },
    thread: { externalId: `post-${author}`, kind: "POST", text: "Soldes" }, platformCreatedAt: at(-2 * HOUR),
  })]);
  const id = r.caseIds[0]!;
  await db.prisma.case.update({
    where: { id },
    data: { assigneeId: lead.userId, firstResponseDueAt: at(-HOUR), resolutionDueAt: at(5 * 24 * HOUR), nextResponseDueAt: null },
  });
  if (opts.answered !== false) {
    await queueReply(db.prisma, cm, id, { text: `Bonjour, nous regardons votre commande (${n}).`, visibility: "public" }, async () => {});
    await db.prisma.case.update({ where: { id }, data: { status: "OPEN", firstRespondedAt: at(-90 * 60_000) } });
  }
  return id;
}
const snooze = (id: string, until: Date, who: Member = cm, now = NOW) =>
  snoozeCase(db.prisma, who, id, snoozeInput.parse({ until: until.toISOString(), note: "En attente de l'entrepôt" }), now);
const ids = async (params: Record<string, string>, now = NOW, who: Member = lead) =>
  (await listCases(db.prisma, who, listCasesQuery.parse({ limit: "100", ...params }), now)).data.map((c) => c.id);
const notices = (caseId: string) => db.prisma.notification.findMany({ where: { caseId, kind: "SNOOZE_ENDED" } });
const events = (caseId: string, action: "CASE_SNOOZED" | "CASE_UNSNOOZED") =>
  db.prisma.auditEvent.findMany({ where: { caseId, action }, orderBy: { id: "asc" } });

describe("snooze", () => {
  it("takes an answered case out of All, Mine and Unassigned into Snoozed, audited, and counts it there", async () => {
    const id = await caseOf();
    expect(await ids({})).toContain(id);
    expect(await ids({ view: "mine" }, NOW, lead)).toContain(id);
    const before = await countViews(db.prisma, lead, NOW);
    await snooze(id, at(24 * HOUR));
    expect(await ids({})).not.toContain(id);
    expect(await ids({ view: "mine" }, NOW, lead)).not.toContain(id);
    expect(await ids({ view: "snoozed" })).toContain(id);
    // A search still finds it: nothing is hidden for good.
    expect(await ids({ q: "commande" })).toContain(id);
    const after = await countViews(db.prisma, lead, NOW);
    expect([after.all, after.mine, after.snoozed]).toEqual([before.all - 1, before.mine - 1, before.snoozed + 1]);
    const [ev] = await events(id, "CASE_SNOOZED");
    expect(ev).toMatchObject({ actorUserId: cm.userId, data: { until: at(24 * HOUR).toISOString(), note: "En attente de l'entrepôt" } });
    expect(await db.prisma.case.findUniqueOrThrow({ where: { id } })).toMatchObject({ snoozedById: cm.userId, snoozedAt: NOW });
    // The live inbox applies the same rule to the row the stream carries.
    const [row] = (await listCaseRowsByIds(db.prisma, [id])).map(toLiveRow);
    const t = NOW.getTime();
    expect([rowMatches(row!, {}, lead.userId, t), rowMatches(row!, { view: "mine" }, lead.userId, t), rowMatches(row!, { view: "snoozed" }, lead.userId, t)])
      .toEqual([false, false, true]);
    expect(rowMatches(row!, {}, lead.userId, t + 25 * HOUR)).toBe(true);
  });

  it("wakes it when its time comes: cleared, audited by the system, the snoozer and the owner told once", async () => {
    const id = await caseOf();
    await snooze(id, at(HOUR));
    expect(await ids({ view: "snoozed" }, at(59 * 60_000))).toContain(id);
    // Past the time the lists show it again at once, before any sweep has run.
    expect(await ids({}, at(HOUR + 1000))).toContain(id);
    await runDeskSweep(db.prisma, at(HOUR + 60_000));
    await runDeskSweep(db.prisma, at(HOUR + 120_000));
    expect((await db.prisma.case.findUniqueOrThrow({ where: { id } })).snoozedUntil).toBeNull();
    const woke = await events(id, "CASE_UNSNOOZED");
    expect(woke).toHaveLength(1);
    expect(woke[0]).toMatchObject({ actorKind: "SYSTEM", actorUserId: null, data: { reason: "time" } });
    const sent = await notices(id);
    expect(sent.map((x) => x.userId).sort()).toEqual([cm.userId, lead.userId].sort());
    expect(notificationText(sent[0]!, "en")).toMatch(/^Case #\d+ is back from snooze: its time has come\.$/);
    expect(notificationText(sent[0]!, "fr")).toMatch(/sort de veille\u202f: l'heure prévue est arrivée\.$/);
  });

  it("never hides a breach: the case is late and back in the views when its SLA clock runs out while it sleeps", async () => {
    const id = await caseOf();
    await db.prisma.case.update({ where: { id }, data: { resolutionDueAt: at(2 * HOUR) } });
    await snooze(id, at(48 * HOUR));
    expect(await ids({ view: "late" }, at(HOUR))).not.toContain(id);
    expect(await ids({ view: "snoozed" }, at(HOUR))).toContain(id);
    expect(await ids({ view: "late" }, at(3 * HOUR))).toContain(id);
    expect(await ids({ view: "snoozed" }, at(3 * HOUR))).not.toContain(id);
    await runDeskSweep(db.prisma, at(3 * HOUR));
    expect((await events(id, "CASE_UNSNOOZED"))[0]?.data).toMatchObject({ reason: "sla" });
    expect(await notices(id)).toHaveLength(2);
  });

  it("ends the snooze when the customer writes again, and tells who snoozed it why", async () => {
    const author = `w${++n}`;
    const id = await caseOf({ author });
    await snooze(id, at(72 * HOUR));
    await ingestEvents(db.prisma, channelId, [comment({
      externalId: `sz${++n}`, body: "Toujours rien reçu, c'est inadmissible.", author: { platformUserId: author, name: "Client" },
      thread: { externalId: `post-${author}`, kind: "POST", text: "Soldes" }, platformCreatedAt: new Date(),
    })]);
    const c = await db.prisma.case.findUniqueOrThrow({ where: { id } });
    expect(c.snoozedUntil).toBeNull();
    expect(await ids({})).toContain(id);
    expect((await events(id, "CASE_UNSNOOZED"))[0]).toMatchObject({ actorKind: "PLATFORM", data: { reason: "customer_wrote" } });
    expect((await notices(id)).map((x) => (x.data as { why: string }).why)).toEqual(["customer_wrote", "customer_wrote"]);
  });

  it("wakes early by hand, without telling the one who did it", async () => {
    const id = await caseOf();
    await snooze(id, at(24 * HOUR));
    await unsnoozeCase(db.prisma, cm, id, at(HOUR));
    expect(await ids({}, at(HOUR))).toContain(id);
    expect((await events(id, "CASE_UNSNOOZED"))[0]).toMatchObject({ actorUserId: cm.userId, data: { reason: "manual" } });
    expect((await notices(id)).map((x) => x.userId)).toEqual([lead.userId]);
    await expect(unsnoozeCase(db.prisma, cm, id, at(HOUR))).rejects.toMatchObject({ code: "not_snoozed", status: 409 });
  });

  it("refuses an unanswered complaint, a customer waiting on us, a late case, a closed or escalated one", async () => {
    const unanswered = await caseOf({ answered: false });
    await expect(snooze(unanswered, at(HOUR))).rejects.toMatchObject({ code: "not_answered", status: 409 });
    const waiting = await caseOf();
    // The customer's message came after our reply (a wall-clock instant: the reply's time is the database's).
    const wrote = new Date(Date.now() + 60_000);
    await db.prisma.case.update({ where: { id: waiting }, data: { lastInboundAt: wrote } });
    await expect(snooze(waiting, new Date(wrote.getTime() + HOUR), cm, new Date(wrote.getTime() + 1000))).rejects.toMatchObject({ code: "customer_waiting" });
    const late = await caseOf();
    await db.prisma.case.update({ where: { id: late }, data: { resolutionDueAt: at(-60_000) } });
    await expect(snooze(late, at(HOUR))).rejects.toMatchObject({ code: "sla_late" });
    for (const status of ["CLOSED", "RESOLVED", "ESCALATED"] as const) {
      const id = await caseOf();
      await db.prisma.case.update({ where: { id }, data: { status } });
      await expect(snooze(id, at(HOUR))).rejects.toMatchObject({ code: "invalid_transition", status: 409 });
    }
    expect(await db.prisma.auditEvent.count({ where: { caseId: { in: [unanswered, waiting, late] }, action: "CASE_SNOOZED" } })).toBe(0);
  });

  it("refuses a time in the past or more than 30 days ahead, and a case outside the member's scope", async () => {
    const id = await caseOf();
    await expect(snooze(id, at(-60_000))).rejects.toMatchObject({ code: "snooze_in_past", status: 400 });
    await expect(snooze(id, at(31 * 24 * HOUR))).rejects.toMatchObject({ code: "snooze_too_long", status: 400 });
    // Customer service sees only the cases escalated to them.
    await expect(snooze(id, at(HOUR), cs)).rejects.toMatchObject({ status: 404 });
    expect(() => snoozeInput.parse({ until: "tomorrow" })).toThrow();
  });

  it("a case resolved while it sleeps comes back without a notice; the record says why", async () => {
    const id = await caseOf();
    await snooze(id, at(24 * HOUR));
    await db.prisma.case.update({ where: { id }, data: { status: "RESOLVED", resolvedAt: at(HOUR) } });
    expect(await ids({ view: "snoozed" }, at(HOUR))).not.toContain(id);
    await runDeskSweep(db.prisma, at(HOUR));
    expect((await events(id, "CASE_UNSNOOZED"))[0]?.data).toMatchObject({ reason: "status" });
    expect(await notices(id)).toHaveLength(0);
  });

  it("offers presets in the workspace's time zone", () => {
    // Friday 4 December 2026, 22:30 in Paris (21:30 UTC).
    const p = snoozePresets(new Date("2026-12-04T21:30:00Z"), "Europe/Paris");
    expect(p).toEqual({ hour: "2026-12-04T22:30:00.000Z", tomorrow: "2026-12-05T08:00:00.000Z", monday: "2026-12-07T08:00:00.000Z" });
  });
});
