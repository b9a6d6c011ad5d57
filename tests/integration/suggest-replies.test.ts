// Issue #24 §3: replies suggested from the team's own history, on both databases. Only the same problem in the
// same language; confirmed and well-rated first; the other customer's name and order number never carried
// over, a reply with their phone number never offered; never a reply already sent in this thread (R3); a
// disputed resolution is no example; the case's scope holds (customer service sees escalated cases only).
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { suggestReplies } from "@/lib/replies/suggest-replies";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let cm: Member;
let cs: Member;
const ids: Record<string, string> = {};

async function caseWith(key: string, name: string, text: string, language: "fr" | "en", channelId: string) {
  await ingestEvents(db.prisma, channelId, [comment({
    externalId: `m-${key}`, body: text, thread: { externalId: `post-${key}`, kind: "POST", text: "Post" },
    author: { platformUserId: `u-${key}`, name }, platformCreatedAt: new Date(Date.UTC(2026, 10, 1, Object.keys(ids).length)),
  })]);
  const c = await db.prisma.case.findFirstOrThrow({ where: { thread: { externalId: `post-${key}` } } });
  await db.prisma.case.update({ where: { id: c.id }, data: { language } });
  ids[key] = c.id;
  return c;
}

async function reply(key: string, body: string, minutes: number) {
  const c = await db.prisma.case.findUniqueOrThrow({ where: { id: ids[key] } });
  await db.prisma.message.create({ data: {
    workspaceId: c.workspaceId, caseId: c.id, channelId: c.channelId, direction: "OUTBOUND", visibility: "PUBLIC", kind: "COMMENT",
    authorUserId: cm.userId, body, platformCreatedAt: new Date(Date.UTC(2026, 10, 2, 0, minutes)), deliveryStatus: "SENT",
  } });
}

beforeAll(async () => {
  db = await createTestDatabase();
  const { ws, channel } = await makeWorkspace(db.prisma);
  cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
  cs = await makeMember(db.prisma, ws.id, "CUSTOMER_SERVICE");
  await caseWith("good", "Julie Martin", "Mon colis n'est jamais arrivé, commande ML-12345", "fr", channel.id);
  await reply("good", "Bonjour Julie, je suis désolée pour ce retard. J'ai relancé le transporteur pour la commande ML-12345 et je reviens vers vous demain avant midi.", 1);
  await db.prisma.case.update({ where: { id: ids.good }, data: { status: "RESOLVED", confirmation: "CONFIRMED", csat: 5 } });
  // Told in the same words as "good": equally alike, so the outcome orders them.
  await caseWith("meh", "Rémi Blanc", "Mon colis n'est jamais arrivé, commande ML-67890", "fr", channel.id);
  await reply("meh", "Bonjour, nous regardons.", 2);
  await db.prisma.case.update({ where: { id: ids.meh }, data: { status: "RESOLVED", csat: 2 } });
  await caseWith("phone", "Anne Roy", "Mon colis est en retard, toujours rien", "fr", channel.id);
  await reply("phone", "Bonjour Anne, rappelez-moi au 06 12 34 56 78 pour votre colis.", 3);
  await caseWith("disputed", "Luc Noir", "Mon colis n'arrive pas, toujours rien", "fr", channel.id);
  await reply("disputed", "Votre colis a bien été livré, le dossier est clos.", 4);
  await db.prisma.case.update({ where: { id: ids.disputed }, data: { status: "RESOLVED", confirmation: "DISPUTED" } });
  await caseWith("payment", "Eva Gris", "On m'a débité deux fois ma commande", "fr", channel.id);
  await reply("payment", "Bonjour Eva, le second prélèvement vous sera remboursé sous 5 jours.", 5);
  await caseWith("english", "Tom Hill", "My parcel never arrived", "en", channel.id);
  await reply("english", "Hi Tom, sorry about this, I have chased the carrier and will update you tomorrow.", 6);
  await caseWith("target", "Marc Petit", "Toujours pas reçu mon colis, ça fait 10 jours", "fr", channel.id);
});
afterAll(() => db?.dispose());

it("offers the team's reply for the same problem and language, personalised; among alike complaints the best outcome first", async () => {
  const s = await suggestReplies(db.prisma, cm, ids.target!);
  expect(s.map((x) => x.sourceCaseId)).toEqual([ids.good, ids.meh]);
  expect(s[0]).toMatchObject({ outcome: "confirmed", csat: 5 });
  expect(s[0]!.text).toBe("Bonjour Marc, je suis désolée pour ce retard. J'ai relancé le transporteur pour la [n° de commande] et je reviens vers vous demain avant midi.");
  expect(s[1]).toMatchObject({ outcome: "resolved", csat: 2 });
  expect(s[0]!.score).toBeGreaterThan(s[1]!.score);
  for (const x of s) expect(x.text).not.toMatch(/Julie|ML-12345|06 12/);
});

it("never offers the desk's own satisfaction question, though it precedes every confirmed resolution", async () => {
  const ws = await db.prisma.workspace.findFirstOrThrow({ where: { cases: { some: { id: ids.good! } } } });
  await reply("good", ws.satisfactionQuestionFr, 8);
  const s = await suggestReplies(db.prisma, cm, ids.target!);
  expect(s.map((x) => x.text)).not.toContain(ws.satisfactionQuestionFr);
  expect(s.map((x) => x.sourceCaseId)).toEqual([ids.good, ids.meh]);
});

it("never offers a satisfaction question the desk sent in an earlier wording, known by its recorded check", async () => {
  const c = await db.prisma.case.findUniqueOrThrow({ where: { id: ids.good! } });
  await reply("good", "Bonjour, tout est-il rentré dans l'ordre pour votre commande ? Dites-nous oui ou non.", 9);
  const asked = await db.prisma.message.findFirstOrThrow({ where: { caseId: c.id, body: { startsWith: "Bonjour, tout est-il" } } });
  // As the desk records it when it resolves (lib/resolution/open-confirmation.ts): the check, on its message.
  await db.prisma.auditEvent.create({ data: {
    workspaceId: c.workspaceId, action: "SATISFACTION_CHECK_SENT", actorKind: "USER", actorUserId: cm.userId, caseId: c.id,
    entityType: "message", entityId: asked.id, data: { text: asked.body, hours: 72, visibility: "public" },
  } });
  const s = await suggestReplies(db.prisma, cm, ids.target!);
  expect(s.map((x) => x.text)).not.toContain(asked.body);
  expect(s.map((x) => x.sourceCaseId)).toEqual([ids.good, ids.meh]);
});

it("never offers a reply already sent in this thread (R3)", async () => {
  await reply("target", "Bonjour, nous regardons.", 7);
  expect((await suggestReplies(db.prisma, cm, ids.target!)).map((x) => x.sourceCaseId)).toEqual([ids.good]);
});

it("answers in English for an English complaint, and nothing for a text without a known problem", async () => {
  const c = await caseWith("target-en", "Ann Lee", "Still no parcel after two weeks", "en", (await db.prisma.case.findUniqueOrThrow({ where: { id: ids.good! } })).channelId);
  expect((await suggestReplies(db.prisma, cm, c.id)).map((x) => x.text)).toEqual(["Hi Ann, sorry about this, I have chased the carrier and will update you tomorrow."]);
  // The reply was written without a language: the database gave it its case's (migration 20261210100000).
  expect((await db.prisma.message.findFirstOrThrow({ where: { caseId: ids.english, direction: "OUTBOUND" } })).language).toBe("en");
  const praise = await caseWith("praise", "Zoé Vert", "Merci pour le bouquet, superbe !", "fr", c.channelId);
  expect(await suggestReplies(db.prisma, cm, praise.id)).toEqual([]);
});

it("keeps to the member's scope: customer service does not see a case that was not escalated to it", async () => {
  await expect(suggestReplies(db.prisma, cs, ids.target!)).rejects.toThrow(/not found/i);
});
