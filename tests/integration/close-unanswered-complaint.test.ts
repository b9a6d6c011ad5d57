// Issue #26: the plain "Close" (status CLOSED, one case or in bulk) used to close a complaint nobody had answered,
// with no reason — the seeds' "resolved when it is not". It is now refused with the reason, in other words
// and either language, the same reading "No reply needed" uses; an answered complaint, a case that does not read
// as a complaint, and spam from an author marked spam still close.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { bulkUpdateCases } from "@/lib/cases/bulk-update-cases";
import { updateCase } from "@/lib/cases/update-case";
import { leaveToSweep } from "@/lib/jobs/after-commit";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let channelId: string;
let cm: Member;
let n = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  const { ws, channel } = await makeWorkspace(db.prisma);
  channelId = channel.id;
  cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
});
afterAll(() => db?.dispose());

async function caseOf(body: string): Promise<string> {
  const r = await ingestEvents(db.prisma, channelId, [comment({ externalId: `cu${++n}`, body, author: { platformUserId: `cu-a${n}`, name: `Client ${n}` } })]);
  return r.caseIds[0]!;
}
const statusOf = async (id: string) => (await db.prisma.case.findUniqueOrThrow({ where: { id } })).status;

describe("closing a case nobody answered", () => {
  it("refuses an unanswered complaint, calm or angry, French or English, and records nothing", async () => {
    for (const body of [
      "Toujours aucune nouvelle de mon remboursement depuis trois semaines.",
      "My order arrived with the screen cracked.",
      "Service client inexistant, vous êtes des escrocs.",
    ]) {
      const id = await caseOf(body);
      await expect(updateCase(db.prisma, cm, id, { status: "CLOSED" }, leaveToSweep)).rejects.toMatchObject({ code: "unanswered_complaint", status: 409 });
      expect(await statusOf(id)).toBe("NEW");
      expect(await db.prisma.auditEvent.count({ where: { caseId: id, action: "CASE_STATUS_CHANGED" } })).toBe(0);
    }
  });

  it("says which cases were refused in a bulk close, and closes the others", async () => {
    const complaint = await caseOf("Le colis est arrivé ouvert et il manque la notice.");
    const praise = await caseOf("Bravo à l'équipe du magasin de Lille, super accueil !");
    const results = await bulkUpdateCases(db.prisma, cm, [complaint, praise], { status: "CLOSED" }, leaveToSweep);
    expect(results.map((r) => [r.id === complaint ? "complaint" : "praise", r.ok])).toEqual([["complaint", false], ["praise", true]]);
    expect(results[0]!.error).toMatch(/never answered/);
    expect([await statusOf(complaint), await statusOf(praise)]).toEqual(["NEW", "CLOSED"]);
  });

  it("closes a complaint once answered, and spam from an author marked spam", async () => {
    const answered = await caseOf("The app logs me out every time I open it.");
    await db.prisma.case.update({ where: { id: answered }, data: { firstRespondedAt: new Date(), status: "OPEN" } });
    await updateCase(db.prisma, cm, answered, { status: "CLOSED" }, leaveToSweep);
    expect(await statusOf(answered)).toBe("CLOSED");

    const spam = await caseOf("ARNAQUE remboursement garanti !!! cliquez sur bit.ly/xx pour récupérer votre argent");
    await expect(updateCase(db.prisma, cm, spam, { status: "CLOSED" }, leaveToSweep)).rejects.toMatchObject({ code: "unanswered_complaint" });
    const c = await db.prisma.case.findUniqueOrThrow({ where: { id: spam } });
    await db.prisma.contact.update({ where: { id: c.contactId }, data: { signals: { push: "spam" } } });
    await updateCase(db.prisma, cm, spam, { status: "CLOSED" }, leaveToSweep);
    expect(await statusOf(spam)).toBe("CLOSED");
  });
});
