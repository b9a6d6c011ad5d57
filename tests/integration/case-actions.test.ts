// Triage actions: the state machine, assignment, priority, tags, notes with @mentions, bulk changes,
// saved views — each change audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addNote, findMentions } from "@/lib/cases/add-note";
import { bulkUpdateCases } from "@/lib/cases/bulk-update-cases";
import { listCases } from "@/lib/cases/list-cases";
import { casePatch, listCasesQuery } from "@/lib/cases/schemas";
import { updateCase } from "@/lib/cases/update-case";
import { leaveToSweep } from "@/lib/jobs/after-commit";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import type { Member } from "@/lib/auth/member";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let cm: Member;
let cs: Member;
let lead: Member;
let ids: string[];
const P = (o: unknown) => casePatch.parse(o);

beforeAll(async () => {
  db = await createTestDatabase();
  const { ws, channel } = await makeWorkspace(db.prisma);
  cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
  cs = await makeMember(db.prisma, ws.id, "CUSTOMER_SERVICE");
  lead = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
  const s = await ingestEvents(
    db.prisma,
    channel.id,
    [0, 1, 2, 3].map((i) => comment({ externalId: `c${i}`, body: `Problème ${i}`, author: { platformUserId: `u${i}`, name: `Client ${i}` }, platformCreatedAt: new Date(Date.now() - (i + 1) * 3_600_000) })),
  );
  ids = s.caseIds;
});
afterAll(() => db?.dispose());

describe("updateCase", () => {
  it("moves along the state machine and refuses edges that do not exist", async () => {
    await updateCase(db.prisma, cm, ids[0]!, P({ status: "OPEN" }), leaveToSweep);
    await updateCase(db.prisma, cm, ids[0]!, P({ status: "RESOLVED" }), leaveToSweep);
    const c = await db.prisma.case.findUniqueOrThrow({ where: { id: ids[0]! } });
    expect(c.status).toBe("RESOLVED");
    expect(c.resolvedAt).not.toBeNull();
    await expect(updateCase(db.prisma, cm, ids[0]!, P({ status: "WAITING_ON_CUSTOMER" }), leaveToSweep)).rejects.toThrow(/cannot go from RESOLVED/);
    const audit = await db.prisma.auditEvent.findMany({ where: { caseId: ids[0]!, action: "CASE_STATUS_CHANGED" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.data)).toEqual([{ from: "NEW", to: "OPEN" }, { from: "OPEN", to: "RESOLVED" }]);
  });

  it("escalates with a reason, creating the escalation customer service works from", async () => {
    expect(casePatch.safeParse({ status: "ESCALATED" }).success).toBe(false);
    await updateCase(db.prisma, cm, ids[1]!, P({ status: "ESCALATED", escalationReason: "Remboursement de 54,90 € à faire" }), leaveToSweep);
    const esc = await db.prisma.escalation.findFirstOrThrow({ where: { caseId: ids[1]! } });
    expect(esc.summary).toContain("54,90");
    const visible = await listCases(db.prisma, cs, listCasesQuery.parse({}));
    expect(visible.data.map((c) => c.id)).toEqual([ids[1]]);
    await expect(updateCase(db.prisma, cs, ids[2]!, P({ priority: "HIGH" }), leaveToSweep)).rejects.toThrow(/not found/);
  });

  it("assigns to me, sets priority and tags, audited", async () => {
    await updateCase(db.prisma, cm, ids[2]!, P({ assigneeId: "me", priority: "URGENT", tags: ["Livraison", "colis"] }), leaveToSweep);
    const c = await db.prisma.case.findUniqueOrThrow({ where: { id: ids[2]! } });
    expect([c.assigneeId, c.priority, c.tags]).toEqual([cm.userId, "URGENT", ["colis", "livraison"]]);
    const actions = (await db.prisma.auditEvent.findMany({ where: { caseId: ids[2]! } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["CASE_ASSIGNED", "CASE_PRIORITY_CHANGED", "CASE_TAGS_CHANGED"]));
    await expect(updateCase(db.prisma, cm, ids[2]!, P({ assigneeId: "00000000-0000-4000-8000-000000000000" }), leaveToSweep)).rejects.toThrow(/not a member/);
  });

  it("bulk: applies to each case on its own and reports the refusals", async () => {
    const results = await bulkUpdateCases(db.prisma, lead, [ids[0]!, ids[3]!], P({ status: "WAITING_ON_CUSTOMER", addTags: ["relance"] }), leaveToSweep);
    expect(results).toEqual([
      { id: ids[0], ok: false, error: expect.stringMatching(/cannot go from RESOLVED/) },
      { id: ids[3], ok: true },
    ]);
    expect((await db.prisma.case.findUniqueOrThrow({ where: { id: ids[3]! } })).tags).toEqual(["relance"]);
  });
});

describe("notes", () => {
  it("stores an internal note and resolves @mentions by first name, accents ignored", async () => {
    const members = [{ id: "a", name: "Sophie Martin", email: "lead@x.test" }, { id: "b", name: "Élodie Durand", email: "elo@x.test" }];
    expect(findMentions("Vu avec @elodie et @lead, merci", members)).toEqual(["a", "b"]);
    await db.prisma.user.update({ where: { id: lead.userId }, data: { name: "Sophie Martin" } });
    const note = await addNote(db.prisma, cm, ids[3]!, "@sophie peux-tu valider le geste commercial ?");
    expect(note.visibility).toBe("INTERNAL");
    expect(note.mentions).toEqual([lead.userId]);
  });
});

describe("saved views and filters", () => {
  it("late = active, unanswered, past its first-response SLA", async () => {
    const late = await listCases(db.prisma, cm, listCasesQuery.parse({ view: "late" }));
    expect(late.data.map((c) => c.id).sort()).toEqual([ids[1], ids[2], ids[3]].sort());
    const mine = await listCases(db.prisma, cm, listCasesQuery.parse({ view: "mine" }));
    expect(mine.data.map((c) => c.id)).toEqual([ids[2]]);
    expect((await listCases(db.prisma, cm, listCasesQuery.parse({ tag: "relance" }))).data).toHaveLength(1);
    expect((await listCases(db.prisma, cm, listCasesQuery.parse({ priority: "urgent" }))).data).toHaveLength(1);
    expect((await listCases(db.prisma, cm, listCasesQuery.parse({ view: "escalated" }))).data).toHaveLength(1);
    expect((await listCases(db.prisma, cm, listCasesQuery.parse({ language: "en" }))).data).toHaveLength(0);
  });
});
