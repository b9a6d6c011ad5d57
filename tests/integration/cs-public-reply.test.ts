// Issue #26 item 5: customer service replies privately by default and answers in public only on a case it has
// picked up. Before, an agent could send a public reply, under the brand's name, on an escalated case nobody had
// picked up yet (or one a colleague had). The rule lives in the reply use case, so the API, the composer and the
// incident answer all meet it; the composer's first mode comes from the same module.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { casePatch } from "@/lib/cases/schemas";
import { updateCase } from "@/lib/cases/update-case";
import { leaveToSweep } from "@/lib/jobs/after-commit";
import { escalateCase } from "@/lib/escalations/escalate-case";
import { pickUpEscalation } from "@/lib/escalations/pick-up-escalation";
import { escalateInput } from "@/lib/escalations/schemas";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { defaultReplyMode, mayReplyPublicly } from "@/lib/outbound/public-reply-rule";
import { queueReply } from "@/lib/outbound/queue-reply";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let cm: Member, cs: Member, cs2: Member;
let caseId: string, escalationId: string;
const enqueue = async () => {};

beforeAll(async () => {
  db = await createTestDatabase();
  const { ws, channel } = await makeWorkspace(db.prisma);
  cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
  cs = await makeMember(db.prisma, ws.id, "CUSTOMER_SERVICE");
  cs2 = await makeMember(db.prisma, ws.id, "CUSTOMER_SERVICE");
  const r = await ingestEvents(db.prisma, channel.id, [
    comment({ externalId: "w1", body: "Armoire livrée dans la mauvaise couleur et personne ne me rappelle", author: { platformUserId: "u1", name: "Paul Durand" } }),
  ]);
  caseId = r.caseIds[0]!;
  await updateCase(db.prisma, cm, caseId, casePatch.parse({ assigneeId: "me" }), leaveToSweep);
  escalationId = (await escalateCase(db.prisma, cm, caseId, escalateInput.parse({ reason: "delivery", summary: "Mauvaise couleur, 500 €" }))).id;
});
afterAll(() => db?.dispose());

const reply = (who: Member, visibility: "public" | "private", text: string) => queueReply(db.prisma, who, caseId, { text, visibility }, enqueue);

describe("customer service and public replies", () => {
  it("refuses a public reply before the case is picked up, and takes a private one", async () => {
    await expect(reply(cs, "public", "Bonjour Paul, nous regardons votre commande.")).rejects.toMatchObject({ code: "public_reply_not_picked_up", status: 409 });
    const m = await reply(cs, "private", "Bonjour Paul, pouvez-vous nous donner votre numéro de commande ?");
    expect(m).toMatchObject({ visibility: "PRIVATE" });
    expect(await db.prisma.message.count({ where: { caseId, direction: "OUTBOUND", visibility: "PUBLIC" } })).toBe(0);
  });

  it("takes the public reply of the agent who picked the case up, not a colleague's", async () => {
    await pickUpEscalation(db.prisma, cs, escalationId);
    // Once picked up, the case is that agent's: a colleague no longer sees it at all (404, not only no public reply).
    await expect(reply(cs2, "public", "Bonjour Paul, un collègue s'en occupe.")).rejects.toMatchObject({ status: 404 });
    const m = await reply(cs, "public", "Bonjour Paul, je m'occupe de votre armoire : échange proposé en message privé.");
    expect(m).toMatchObject({ visibility: "PUBLIC" });
  });

  it("leaves community managers and leads as they were; customer service starts in private", () => {
    expect(mayReplyPublicly("COMMUNITY_MANAGER", cm.userId, [])).toBe(true);
    expect(mayReplyPublicly("CUSTOMER_SERVICE", cs.userId, [{ status: "PENDING", assigneeId: null }])).toBe(false);
    expect(mayReplyPublicly("CUSTOMER_SERVICE", cs.userId, [{ status: "RETURNED", assigneeId: cs.userId }])).toBe(false);
    expect([defaultReplyMode("CUSTOMER_SERVICE", true), defaultReplyMode("COMMUNITY_MANAGER", true), defaultReplyMode("TEAM_LEAD", false)])
      .toEqual(["private", "public", "private"]);
  });
});
