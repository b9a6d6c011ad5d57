// Issue #26 item 3: replying assigns an unassigned case to the one who replied (a workspace setting, on by default),
// so "Per agent" credits whoever answered — a lead who answered 8 cases appeared nowhere. An assigned case keeps
// its assignee; with the setting off nothing changes; two people answering at once make exactly one assignment.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { casePatch } from "@/lib/cases/schemas";
import { updateCase } from "@/lib/cases/update-case";
import { leaveToSweep } from "@/lib/jobs/after-commit";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { computeMetrics } from "@/lib/metrics/compute-metrics";
import { queueReply } from "@/lib/outbound/queue-reply";
import { deskSettingsInput } from "@/lib/resolution/settings-schema";
import { getDeskSettings, updateDeskSettings } from "@/lib/resolution/update-desk-settings";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let channelId: string;
let cm: Member, cm2: Member, lead: Member;
let n = 0;
const enqueue = async () => {};

beforeAll(async () => {
  db = await createTestDatabase();
  const { ws, channel } = await makeWorkspace(db.prisma);
  channelId = channel.id;
  cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
  cm2 = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
  lead = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
});
afterAll(() => db?.dispose());

async function newCase(): Promise<string> {
  n++;
  const r = await ingestEvents(db.prisma, channelId, [comment({ externalId: `aor${n}`, body: `Ma commande ${n} n'est jamais arrivée`, author: { platformUserId: `p${n}`, name: `Client ${n}` } })]);
  return r.caseIds[0]!;
}
const reply = (who: Member, caseId: string, text: string) => queueReply(db.prisma, who, caseId, { text, visibility: "public" }, enqueue);
const assignee = async (caseId: string) => (await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).assigneeId;
const assignments = (caseId: string) => db.prisma.auditEvent.findMany({ where: { caseId, action: "CASE_ASSIGNED" } });

describe("replying to an unassigned case", () => {
  it("is on by default and assigns the case to whoever replied, audited with the reason", async () => {
    expect((await getDeskSettings(db.prisma, lead)).assignOnReply).toBe(true);
    const caseId = await newCase();
    await reply(lead, caseId, "Bonjour, je regarde votre commande tout de suite.");
    expect(await assignee(caseId)).toBe(lead.userId);
    const events = await assignments(caseId);
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toMatchObject({ fromUser: null, toUser: lead.userId, reason: "replied" });
  });

  it("leaves an assigned case with its assignee", async () => {
    const caseId = await newCase();
    await updateCase(db.prisma, cm, caseId, casePatch.parse({ assigneeId: "me" }), leaveToSweep);
    await reply(cm2, caseId, "Bonjour, ma collègue revient vers vous.");
    expect(await assignee(caseId)).toBe(cm.userId);
    expect(await assignments(caseId)).toHaveLength(1); // cm's own, nothing from the reply
  });

  it("makes exactly one assignment when two people answer at once", async () => {
    const caseId = await newCase();
    await Promise.all([reply(cm, caseId, "Bonjour, je m'en occupe (1)."), reply(cm2, caseId, "Bonjour, je m'en occupe (2).")]);
    expect([cm.userId, cm2.userId]).toContain(await assignee(caseId));
    expect(await assignments(caseId)).toHaveLength(1);
  });

  it("changes nothing when a lead turns it off", async () => {
    const current = await getDeskSettings(db.prisma, lead);
    const { assignOnReply, ...rest } = current;
    expect(assignOnReply).toBe(true); // on by default
    await updateDeskSettings(db.prisma, lead, deskSettingsInput.parse(rest)); // the unticked checkbox is absent
    expect((await getDeskSettings(db.prisma, lead)).assignOnReply).toBe(false);
    const caseId = await newCase();
    await reply(cm, caseId, "Bonjour, nous regardons.");
    expect(await assignee(caseId)).toBeNull();
    await updateDeskSettings(db.prisma, lead, deskSettingsInput.parse({ ...rest, assignOnReply: "on" }));
    expect((await getDeskSettings(db.prisma, lead)).assignOnReply).toBe(true);
  });

  it("credits the replier in the dashboard's per-agent figures: replies written, cases handled", async () => {
    const from = new Date("2026-11-01T00:00:00Z"); // the factory's comments were written on 20 November
    const to = new Date(Date.now() + 60_000);
    const m = await computeMetrics(db.prisma, lead, from, to);
    const me = m.perAgent.find((a) => a.userId === lead.userId);
    expect(me).toMatchObject({ replies: 1, handled: 1, open: 1 });
    const other = m.perAgent.find((a) => a.userId === cm2.userId);
    expect(other?.replies).toBeGreaterThanOrEqual(1); // answered cm's case without taking it: counted as a reply only
    expect(m.perAgent.every((a) => typeof a.handleTime.median === "number" || a.handleTime.median === null)).toBe(true);
  });
});
