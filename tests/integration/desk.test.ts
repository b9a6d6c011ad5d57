// The customer-service desk: escalation with context, scope, pick up / hand back / return, the resolve rule
// (R6), the satisfaction check and its answer, no-answer timeout, follow-ups and notifications.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { getCase } from "@/lib/cases/get-case";
import { casePatch } from "@/lib/cases/schemas";
import { updateCase } from "@/lib/cases/update-case";
import { leaveToSweep } from "@/lib/jobs/after-commit";
import { escalateCase } from "@/lib/escalations/escalate-case";
import { listEscalations } from "@/lib/escalations/list-escalations";
import { escalateInput, escalationPatch, listEscalationsQuery } from "@/lib/escalations/schemas";
import { updateEscalation } from "@/lib/escalations/update-escalation";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { markNotificationsRead } from "@/lib/notifications/mark-read";
import { runDeskSweep } from "@/lib/notifications/desk-sweep";
import { queueReply } from "@/lib/outbound/queue-reply";
import { updateDeskSettings } from "@/lib/resolution/update-desk-settings";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let cm: Member, cs: Member, cs2: Member, lead: Member;
let channelId: string;
let teamId: string;
let n = 0;
const E = (o: unknown) => escalateInput.parse(o);
const A = (o: unknown) => escalationPatch.parse(o);

async function newCase(body = "Mon armoire est arrivée de la mauvaise couleur") {
  n++;
  const r = await ingestEvents(db.prisma, channelId, [
    comment({ externalId: `d${n}`, body, author: { platformUserId: `cust${n}`, name: `Client ${n}` }, platformCreatedAt: new Date(Date.now() - 3_600_000) }),
  ]);
  const caseId = r.caseIds[0]!;
  await updateCase(db.prisma, cm, caseId, casePatch.parse({ assigneeId: "me" }), leaveToSweep);
  return caseId;
}
const answer = (caseNo: number, externalId: string, body: string) =>
  ingestEvents(db.prisma, channelId, [
    comment({ externalId, body, author: { platformUserId: `cust${caseNo}`, name: `Client ${caseNo}` }, platformCreatedAt: new Date() }),
  ]);

beforeAll(async () => {
  db = await createTestDatabase();
  const { ws, channel } = await makeWorkspace(db.prisma);
  channelId = channel.id;
  cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
  cs = await makeMember(db.prisma, ws.id, "CUSTOMER_SERVICE");
  cs2 = await makeMember(db.prisma, ws.id, "CUSTOMER_SERVICE");
  lead = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
  teamId = (await db.prisma.team.create({ data: { workspaceId: ws.id, name: "SAV web" } })).id;
  await db.prisma.membership.updateMany({ where: { userId: cs.userId }, data: { teamId } });
});
afterAll(() => db?.dispose());

describe("escalation", () => {
  it("escalates with reason, summary, references and the private channel; the CM stays owner; clocks are set", async () => {
    const caseId = await newCase();
    const esc = await escalateCase(db.prisma, cm, caseId, E({ reason: "delivery", summary: "Mauvais coloris livré", references: ["ML-118204"] }));
    expect(esc.status).toBe("PENDING");
    expect(esc.context).toMatchObject({ contactChannel: "Messenger" });
    expect(esc.pickUpDueAt!.getTime()).toBeGreaterThan(Date.now());
    const c = await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c.status).toBe("ESCALATED");
    expect(c.assigneeId).toBe(cm.userId);
    // Default queue: every customer-service agent is told and sees it.
    for (const agent of [cs, cs2]) {
      const list = await listEscalations(db.prisma, agent, listEscalationsQuery.parse({}));
      expect(list.data.map((e) => e.id)).toContain(esc.id);
      const notes = await listNotifications(db.prisma, agent, { locale: "fr" });
      expect(notes.data[0]!.text).toMatch(/escaladé au service client \(Livraison\)/);
    }
    await expect(escalateCase(db.prisma, cm, caseId, E({ reason: "refund", summary: "x" }))).rejects.toMatchObject({ code: "already_escalated" });
  });

  it("scopes customer service to their own, their team's and the default queue", async () => {
    const mine = await newCase();
    const other = await newCase();
    await escalateCase(db.prisma, cm, mine, E({ reason: "refund", summary: "Rembourser 54,90 €", teamId }));
    await escalateCase(db.prisma, cm, other, E({ reason: "billing", summary: "Facture", assigneeId: cs2.userId }));
    await expect(getCase(db.prisma, cs, other)).rejects.toThrow(/not found/i);
    await expect(getCase(db.prisma, cs, mine)).resolves.toMatchObject({ id: mine });
    await expect(getCase(db.prisma, cs2, mine)).rejects.toThrow(/not found/i);
    const list = await listEscalations(db.prisma, cs, listEscalationsQuery.parse({}));
    expect(list.data.map((e) => e.caseId)).not.toContain(other);
  });

  it("refuses bad input and actions out of order, storing nothing", async () => {
    expect(escalateInput.safeParse({ reason: "weather", summary: "x" }).success).toBe(false);
    expect(escalateInput.safeParse({ reason: "refund", summary: "  " }).success).toBe(false);
    expect(escalationPatch.safeParse({ action: "propose_solution", solution: { kind: "refund", text: "" } }).success).toBe(false);
    expect(escalationPatch.safeParse({ action: "close" }).success).toBe(false);
    const caseId = await newCase();
    const esc = await escalateCase(db.prisma, cm, caseId, E({ reason: "defect", summary: "Porte cassée" }));
    await expect(updateEscalation(db.prisma, cs, esc.id, A({ action: "propose_solution", solution: { kind: "replacement", text: "Porte neuve" } })))
      .rejects.toMatchObject({ code: "invalid_escalation_transition" });
    expect((await db.prisma.escalation.findUniqueOrThrow({ where: { id: esc.id } })).status).toBe("PENDING");
    await expect(updateEscalation(db.prisma, cm, esc.id, A({ action: "pick_up" }))).rejects.toThrow(/role/);
  });
});

describe("hand-back and resolution (R6)", () => {
  it("refuses to resolve while the escalation has no solution, then hands back, resolves, asks, and closes on 'oui merci'", async () => {
    const caseId = await newCase();
    const caseNo = n;
    const esc = await escalateCase(db.prisma, cm, caseId, E({ reason: "delivery", summary: "Armoire mauvais coloris", references: ["ML-1"] }));
    await expect(updateCase(db.prisma, cm, caseId, casePatch.parse({ status: "RESOLVED" }), leaveToSweep)).rejects.toMatchObject({ code: "escalation_without_solution" });
    expect((await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("ESCALATED");

    await updateEscalation(db.prisma, cs, esc.id, A({ action: "pick_up" }));
    await expect(updateEscalation(db.prisma, lead, esc.id, A({ action: "pick_up" }))).rejects.toMatchObject({ code: "invalid_escalation_transition" });
    // Picked up from the shared queue, it is now the agent's own: other agents no longer see it.
    await expect(updateEscalation(db.prisma, cs2, esc.id, A({ action: "pick_up" }))).rejects.toMatchObject({ code: "not_found" });
    await queueReply(db.prisma, cs, caseId, { text: "Bonjour, nous vous livrons la bonne armoire en express sous 48 h.", visibility: "private" }, async () => {});
    await updateEscalation(db.prisma, cs, esc.id, A({ action: "propose_solution", solution: { kind: "redelivery", text: "Livraison express de la bonne couleur" } }));
    let c = await getCase(db.prisma, cm, caseId);
    expect(c.status).toBe("OPEN");
    expect(c.escalations[0]).toMatchObject({ status: "DONE", solutionKind: "redelivery" });
    expect(c.followUps).toHaveLength(1);
    expect(c.resolution.followUpDueAt).not.toBeNull();
    const owner = await listNotifications(db.prisma, cm, { locale: "en" });
    expect(owner.data.map((x) => x.kind)).toEqual(expect.arrayContaining(["ESCALATION_PICKED_UP", "ESCALATION_HANDED_BACK"]));

    await updateCase(db.prisma, cm, caseId, casePatch.parse({ status: "RESOLVED" }), leaveToSweep);
    c = await getCase(db.prisma, cm, caseId);
    expect(c.resolution.confirmation).toBe("PENDING");
    // The comment was already answered privately (Facebook allows one private reply per comment): the check
    // goes publicly under it rather than not at all, stored and queued like any reply.
    const check = c.messages.find((m) => m.deliveryStatus === "QUEUED" && /bien réglée/.test(m.body));
    expect(check?.visibility).toBe("PUBLIC");
    // The platform took it (only a delivered question can be answered: issue #18).
    await db.prisma.message.update({ where: { id: check!.id }, data: { deliveryStatus: "SENT", deliveredAt: new Date(), externalId: `check-${caseNo}` } });

    await answer(caseNo, `ans-${caseNo}`, "oui merci c'est réglé");
    c = await getCase(db.prisma, cm, caseId);
    expect(c.status).toBe("CLOSED");
    expect(c.resolution).toMatchObject({ confirmation: "CONFIRMED", csat: 5 });
    // A confirmation is not a reopen: nothing counted, no CASE_REOPENED event (the lead's reopen figures).
    expect((await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).reopenCount).toBe(0);
    expect(await db.prisma.auditEvent.count({ where: { caseId, action: "CASE_REOPENED" } })).toBe(0);
    const after = await listNotifications(db.prisma, cm, { locale: "fr" });
    expect(after.data[0]!.kind).toBe("CUSTOMER_CONFIRMED");
    await markNotificationsRead(db.prisma, cm, after.data.map((x) => x.id));
    expect((await listNotifications(db.prisma, cm, { locale: "fr" })).unread).toBe(0);
  });

  it("reopens on a dissatisfied answer and restarts the response clock", async () => {
    const caseId = await newCase();
    const caseNo = n;
    await updateCase(db.prisma, cm, caseId, casePatch.parse({ status: "OPEN" }), leaveToSweep);
    await updateCase(db.prisma, cm, caseId, casePatch.parse({ status: "RESOLVED" }), leaveToSweep);
    const check = await db.prisma.message.findFirstOrThrow({ where: { caseId, direction: "OUTBOUND" } });
    expect(check).toMatchObject({ visibility: "PRIVATE", kind: "DM", deliveryStatus: "QUEUED" });
    await answer(caseNo, `ans-${caseNo}`, "à ce jour, le problème n'est pas résolu");
    const c = await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c).toMatchObject({ status: "OPEN", confirmation: "DISPUTED", reopenCount: 1, firstRespondedAt: null });
    expect(c.firstResponseDueAt!.getTime()).toBeGreaterThan(Date.now());
  });

  it("returns an escalation as not ours, and closes unanswered checks after the delay", async () => {
    const caseId = await newCase();
    const esc = await escalateCase(db.prisma, cm, caseId, E({ reason: "account", summary: "Compte bloqué" }));
    await updateEscalation(db.prisma, lead, esc.id, A({ action: "return", reason: "Question de modération, pas SAV" }));
    expect((await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("OPEN");
    await updateCase(db.prisma, cm, caseId, casePatch.parse({ status: "RESOLVED" }), leaveToSweep);
    const r = await runDeskSweep(db.prisma, new Date(Date.now() + 73 * 3_600_000));
    expect(r.closedNoAnswer).toBeGreaterThanOrEqual(1);
    const c = await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c).toMatchObject({ status: "CLOSED", confirmation: "NO_ANSWER" });
    // The follow-up promised earlier is overdue by then: owner and lead are told, once.
    expect((await listNotifications(db.prisma, lead, { locale: "en" })).data.some((x) => x.kind === "FOLLOW_UP_DUE")).toBe(true);
    const again = await runDeskSweep(db.prisma, new Date(Date.now() + 73 * 3_600_000));
    expect(again.overdueFollowUps).toBe(0);
  });

  it("notifies on assignment and @mention, never the actor", async () => {
    const caseId = await newCase();
    await updateCase(db.prisma, lead, caseId, casePatch.parse({ assigneeId: cs2.userId }), leaveToSweep);
    const list = await listNotifications(db.prisma, cs2, { locale: "en" });
    expect(list.data.some((x) => x.kind === "ASSIGNED" && x.caseId === caseId)).toBe(true);
    const before = (await listNotifications(db.prisma, lead, { locale: "en" })).data.length;
    await updateCase(db.prisma, lead, caseId, casePatch.parse({ assigneeId: lead.userId }), leaveToSweep);
    expect((await listNotifications(db.prisma, lead, { locale: "en" })).data.length).toBe(before);
  });

  it("uses the workspace's own question and waiting time; only leads may change them", async () => {
    const settings = { satisfactionQuestionFr: "Tout est-il en ordre de votre côté ?", satisfactionQuestionEn: "Is everything in order on your side?", confirmationTimeoutHours: 24, escalationPickupMinutes: 60, escalationSolutionHours: 24, assignOnReply: true };
    await expect(updateDeskSettings(db.prisma, cm, settings)).rejects.toThrow(/role/);
    await updateDeskSettings(db.prisma, lead, settings);
    const caseId = await newCase();
    await updateCase(db.prisma, cm, caseId, casePatch.parse({ status: "OPEN" }), leaveToSweep);
    const before = Date.now();
    await updateCase(db.prisma, cm, caseId, casePatch.parse({ status: "RESOLVED" }), leaveToSweep);
    const c = await getCase(db.prisma, cm, caseId);
    expect(c.messages.some((m) => m.body === settings.satisfactionQuestionFr)).toBe(true);
    expect(c.confirmationDueAt!.getTime() - before).toBeLessThan(24 * 3_600_000 + 60_000);
    expect(await db.prisma.auditEvent.count({ where: { action: "DESK_SETTINGS_UPDATED" } })).toBe(1);
  });

  it("tells the assignee once when their case passes its SLA deadline", async () => {
    const caseId = await newCase();
    const due = (await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).slaDueAt;
    expect(due).not.toBeNull();
    const later = new Date(due!.getTime() + 60_000);
    await runDeskSweep(db.prisma, later);
    await runDeskSweep(db.prisma, later);
    const mine = (await listNotifications(db.prisma, cm, { locale: "en", limit: 100 })).data.filter((x) => x.kind === "SLA_BREACH" && x.caseId === caseId);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.text).toMatch(/past its SLA deadline/);
  });
});
