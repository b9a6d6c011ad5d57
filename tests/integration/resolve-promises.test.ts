// Issue #26 item 6: after Resolve, the case's promises stayed open under "My promises to keep" with nobody deciding.
// Resolving now settles each: kept (done), still to keep, or withdrawn with a reason — audited, nothing deleted;
// a promise cannot be withdrawn without a reason, nor settled twice; one can be withdrawn alone through the API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { casePatch } from "@/lib/cases/schemas";
import { updateCase } from "@/lib/cases/update-case";
import { leaveToSweep } from "@/lib/jobs/after-commit";
import { completeFollowUp } from "@/lib/followups/complete-follow-up";
import { listMyFollowUps } from "@/lib/followups/list-my-follow-ups";
import { followUpDecisions, followUpPatch } from "@/lib/followups/schemas";
import { cancelFollowUp, settleFollowUps } from "@/lib/followups/settle-follow-ups";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { queueReply } from "@/lib/outbound/queue-reply";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let cm: Member;
let channelId: string;
let n = 0;
const enqueue = async () => {};

beforeAll(async () => {
  db = await createTestDatabase();
  const { ws, channel } = await makeWorkspace(db.prisma);
  channelId = channel.id;
  cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
});
afterAll(() => db?.dispose());

/** A case owned by cm with one promise per reply. */
async function caseWithPromises(replies: string[]): Promise<{ caseId: string; ids: string[] }> {
  const r = await ingestEvents(db.prisma, channelId, [comment({ externalId: `rp${++n}`, body: "Mon remboursement n'est toujours pas arrivé", author: { platformUserId: `rp-u${n}`, name: `Client ${n}` } })]);
  const caseId = r.caseIds[0]!;
  await updateCase(db.prisma, cm, caseId, casePatch.parse({ assigneeId: "me" }), leaveToSweep);
  for (const text of replies) await queueReply(db.prisma, cm, caseId, { text, visibility: "private" }, enqueue);
  const ids = (await db.prisma.followUp.findMany({ where: { caseId }, orderBy: { createdAt: "asc" } })).map((f) => f.id);
  expect(ids).toHaveLength(replies.length);
  return { caseId, ids };
}

describe("resolving a case with open promises", () => {
  it("marks one kept, keeps one, withdraws one with its reason; each audited, the kept one still listed", async () => {
    const { caseId, ids } = await caseWithPromises([
      "Je vous confirme le remboursement demain avant midi.",
      "Je vous rappelle jeudi pour faire le point sur la livraison.",
      "Nous vous envoyons un bon d'achat d'ici vendredi.",
    ]);
    await updateCase(db.prisma, cm, caseId, casePatch.parse({ status: "OPEN" }), leaveToSweep);
    await updateCase(db.prisma, cm, caseId, casePatch.parse({ status: "RESOLVED" }), leaveToSweep);
    const all = await settleFollowUps(db.prisma, cm, caseId, followUpDecisions.parse([
      { id: ids[0], action: "done" }, { id: ids[1], action: "keep" }, { id: ids[2], action: "cancel", reason: "Le client a préféré un remboursement" },
    ]));
    expect(all.map((f) => f.status)).toEqual(["DONE", "OPEN", "CANCELLED"]);
    expect(all[2]).toMatchObject({ cancelReason: "Le client a préféré un remboursement", cancelledAt: expect.any(Date), phrase: expect.stringContaining("bon d'achat") });
    const events = await db.prisma.auditEvent.findMany({ where: { caseId, action: { in: ["FOLLOW_UP_DONE", "FOLLOW_UP_CANCELLED"] } }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, (e.data as { reason?: string }).reason ?? null])).toEqual([["FOLLOW_UP_DONE", null], ["FOLLOW_UP_CANCELLED", "Le client a préféré un remboursement"]]);
    expect((await listMyFollowUps(db.prisma, cm)).map((f) => f.id)).toContain(ids[1]);
    expect((await listMyFollowUps(db.prisma, cm)).map((f) => f.id)).not.toContain(ids[2]);
    expect(await db.prisma.followUp.count({ where: { caseId } })).toBe(3); // nothing deleted
  });

  it("refuses a withdrawal without a reason, and a promise settled twice", async () => {
    const { caseId, ids } = await caseWithPromises(["Je reviens vers vous demain matin avec une réponse."]);
    expect(followUpDecisions.safeParse([{ id: ids[0], action: "cancel" }]).success).toBe(false);
    expect(followUpDecisions.safeParse([{ id: ids[0], action: "cancel", reason: "non" }]).success).toBe(false);
    await settleFollowUps(db.prisma, cm, caseId, [{ id: ids[0]!, action: "done" }]);
    await expect(settleFollowUps(db.prisma, cm, caseId, [{ id: ids[0]!, action: "cancel", reason: "Trop tard maintenant" }])).rejects.toMatchObject({ code: "follow_up_not_open" });
  });

  it("withdraws one promise alone (the API's PATCH), after which it cannot be marked done", async () => {
    const { ids } = await caseWithPromises(["On vous rappelle lundi à 10 h."]);
    expect(followUpPatch.safeParse({ status: "CANCELLED" }).success).toBe(false);
    const f = await cancelFollowUp(db.prisma, cm, ids[0]!, "Le client ne souhaite plus être rappelé");
    expect(f.status).toBe("CANCELLED");
    await expect(completeFollowUp(db.prisma, cm, ids[0]!)).rejects.toMatchObject({ code: "follow_up_not_open" });
  });
});
