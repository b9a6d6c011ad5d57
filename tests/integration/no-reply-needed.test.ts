// Issue #26 item 4: "No reply needed". A thank-you comment or bot spam sat "late by 7 d" and counted against the
// SLA; now a person closes it with a reason — audited, out of the Late view and of the SLA figures. It cannot be
// used to close a complaint unanswered: a case that reads as one (a stated problem, calm or not, or a negative
// tone), in either language and in other words than these, is refused with the reason, unless its author is marked
// spam or troll (a mark that takes a lead's approval on open complaints).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { closeWithoutReply } from "@/lib/cases/close-without-reply";
import { listCases } from "@/lib/cases/list-cases";
import { listCasesQuery, noReplyInput } from "@/lib/cases/schemas";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { computeMetrics } from "@/lib/metrics/compute-metrics";
import { queueReply } from "@/lib/outbound/queue-reply";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let channelId: string;
let cm: Member, lead: Member;
let n = 0;
const OVERDUE = new Date(Date.now() - 7 * 86_400_000);

beforeAll(async () => {
  db = await createTestDatabase();
  const { ws, channel } = await makeWorkspace(db.prisma);
  channelId = channel.id;
  cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
  lead = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
});
afterAll(() => db?.dispose());

/** A case from one customer comment, its first response overdue by a week (what made praise "late by 7 d"). */
async function caseOf(body: string, author = `p${++n}`): Promise<string> {
  const r = await ingestEvents(db.prisma, channelId, [comment({ externalId: `nr${++n}`, body, author: { platformUserId: author, name: `Client ${n}` } })]);
  const id = r.caseIds[0]!;
  await db.prisma.case.update({ where: { id }, data: { firstResponseDueAt: OVERDUE, slaDueAt: OVERDUE } });
  return id;
}
const close = (id: string, reason: "PRAISE" | "SPAM" | "OFF_TOPIC" | "DUPLICATE") => closeWithoutReply(db.prisma, cm, id, noReplyInput.parse({ reason }));
const lateIds = async () => (await listCases(db.prisma, lead, listCasesQuery.parse({ view: "late", limit: "100" }))).data.map((c) => c.id);
const missedIds = async () => (await listCases(db.prisma, lead, listCasesQuery.parse({ sla: "missed", limit: "100" }))).data.map((c) => c.id);

describe("no reply needed", () => {
  it("closes praise and off-topic messages, audited with the reason, out of the Late view and the missed-SLA list", async () => {
    const praise = await caseOf("Merci à toute l'équipe, le canapé est magnifique et les livreurs adorables !");
    const thanks = await caseOf("Just wanted to say the lamp looks great in our living room, thanks!");
    const offTopic = await caseOf("Quelqu'un sait à quelle heure commence le match ce soir ?");
    expect(await lateIds()).toEqual(expect.arrayContaining([praise, thanks, offTopic]));
    await close(praise, "PRAISE");
    await close(thanks, "PRAISE");
    await close(offTopic, "OFF_TOPIC");
    const c = await db.prisma.case.findUniqueOrThrow({ where: { id: praise } });
    expect([c.status, c.noReplyReason, c.closedAt !== null]).toEqual(["CLOSED", "PRAISE", true]);
    const ev = await db.prisma.auditEvent.findFirstOrThrow({ where: { caseId: praise, action: "CASE_STATUS_CHANGED" } });
    expect(ev.data).toMatchObject({ from: "NEW", to: "CLOSED", reason: "no_reply_needed", noReplyReason: "PRAISE" });
    expect(ev.actorUserId).toBe(cm.userId);
    const late = await lateIds();
    const missed = await missedIds();
    for (const id of [praise, thanks, offTopic]) {
      expect(late).not.toContain(id);
      expect(missed).not.toContain(id);
    }
  });

  it("takes them out of SLA compliance, where a plain close of an unanswered case still counts as missed", async () => {
    const from = new Date("2026-11-01T00:00:00Z");
    const to = new Date(Date.now() + 60_000);
    const before = await computeMetrics(db.prisma, lead, from, to);
    const plain = await caseOf("Bravo pour le service, rien à redire.");
    await db.prisma.case.update({ where: { id: plain }, data: { status: "CLOSED", closedAt: new Date() } });
    const after = await computeMetrics(db.prisma, lead, from, to);
    expect(after.slaCompliance).toBe(0); // the plain close counts as due and missed; the three above do not count
    expect(before.slaCompliance).toBeNull(); // only "no reply needed" closings so far: nothing was due
  });

  it("refuses a complaint, calm or angry, in French and English, and says why", async () => {
    for (const body of [
      "Ma commande n'est toujours pas arrivée, ça fait deux semaines.",
      "The blender I received stopped working after two days.",
      "On m'a débité deux fois pour la même commande",
      "Honestly the worst customer service I have ever dealt with, never again.",
    ]) {
      const id = await caseOf(body);
      await expect(close(id, "PRAISE")).rejects.toMatchObject({ code: "reads_as_complaint", status: 409 });
      await expect(close(id, "OFF_TOPIC")).rejects.toMatchObject({ code: "reads_as_complaint" });
      expect((await db.prisma.case.findUniqueOrThrow({ where: { id } })).status).toBe("NEW");
    }
  });

  it("takes spam from an author marked spam, even when it reads like a complaint", async () => {
    const id = await caseOf("ARNAQUE remboursement garanti !!! cliquez sur bit.ly/xx pour récupérer votre argent", "bot-1");
    await expect(close(id, "SPAM")).rejects.toMatchObject({ code: "reads_as_complaint" });
    const c = await db.prisma.case.findUniqueOrThrow({ where: { id } });
    await db.prisma.contact.update({ where: { id: c.contactId }, data: { signals: { push: "spam" } } });
    await close(id, "SPAM");
    expect((await db.prisma.case.findUniqueOrThrow({ where: { id } })).noReplyReason).toBe("SPAM");
  });

  it("refuses an answered case (close it normally) and an escalated one", async () => {
    const id = await caseOf("Merci pour l'info sur les horaires !");
    await queueReply(db.prisma, cm, id, { text: "Avec plaisir, bonne journée !", visibility: "public" }, async () => {});
    await db.prisma.case.update({ where: { id }, data: { firstRespondedAt: new Date() } });
    await expect(close(id, "PRAISE")).rejects.toMatchObject({ code: "already_answered" });
    const esc = await caseOf("Thanks, all good now.");
    await db.prisma.case.update({ where: { id: esc }, data: { status: "ESCALATED" } });
    await expect(close(esc, "PRAISE")).rejects.toMatchObject({ code: "invalid_transition" });
  });
});
