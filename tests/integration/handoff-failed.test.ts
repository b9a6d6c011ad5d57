// Failed hand-offs (R10, issue #25) in other words than seed 001, French and English: a customer who answers our
// reply that gave a number, an address or a link with a report that it did not work flags the case, raises its
// priority and marks the route as failing for the case's kind of problem; the next draft giving that route
// warns; GET /api/v1/handoff-routes' use case counts it. Ordinary answers to the same hand-off flag nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { checkDraftForCase } from "@/lib/guards/check-draft-for-case";
import { draftCheckInput } from "@/lib/guards/schemas";
import { HANDOFF_FAILED_TAG } from "@/lib/handoff/record-failed-handoff";
import { listHandoffRoutes } from "@/lib/handoff/list-handoff-routes";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let channelId: string;
let lead: Member, cm: Member;
let clock = Date.parse("2026-12-01T09:00:00Z");
const at = () => new Date((clock += 60_000));

/** One conversation on its own post: the customer's complaint, our hand-off, then each customer answer. */
async function conversation(post: string, user: string, complaint: string, handoff: string, answers: string[], together = false) {
  const thread = { externalId: post, kind: "POST" as const, text: "Post" };
  const author = { platformUserId: user, name: `Client ${user}` };
  const first = await ingestEvents(db.prisma, channelId, [comment({ externalId: `${post}-1`, body: complaint, thread, author, platformCreatedAt: at() })]);
  await ingestEvents(db.prisma, channelId, [comment({
    externalId: `${post}-2`, body: handoff, thread, direction: "OUTBOUND", parentExternalId: `${post}-1`, author: { platformUserId: "page", name: "Brand" }, platformCreatedAt: at(),
  })]);
  const replies = answers.map((body, i) => comment({ externalId: `${post}-${i + 3}`, body, thread, author, parentExternalId: `${post}-2`, platformCreatedAt: at() }));
  // Several answers in one delivery go through the set-based path; one by one, through the single-message one.
  if (together) await ingestEvents(db.prisma, channelId, replies);
  else for (const r of replies) await ingestEvents(db.prisma, channelId, [r]);
  return first.caseIds[0]!;
}

beforeAll(async () => {
  db = await createTestDatabase();
  const { ws, channel } = await makeWorkspace(db.prisma);
  channelId = channel.id;
  lead = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
  cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
});
afterAll(() => db?.dispose());

describe("a customer reporting that our hand-off did not work", () => {
  it("English: flags the case, raises it, records the number for a delivery problem, warns the next draft", async () => {
    const caseId = await conversation("p-en", "u-en", "My parcel was due last Tuesday and still hasn't arrived",
      "So sorry! Please ring our delivery team on 0800 123 4567, they can trace it.",
      ["Rang it three times this morning, it just goes to a recorded message and then hangs up on me."]);
    const c = await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c.tags).toContain(HANDOFF_FAILED_TAG);
    // One step above where the report left it (the scoring of the angry words may have raised it already).
    const ev = await db.prisma.auditEvent.findFirstOrThrow({ where: { caseId, action: "HANDOFF_FAILED" } });
    const RANK = ["LOW", "NORMAL", "HIGH", "URGENT"];
    const { from, to } = ev.data as { from: string; to: string };
    expect(RANK.indexOf(to)).toBe(Math.min(3, RANK.indexOf(from) + 1));
    expect(c.priority).toBe(to);
    expect(["OPEN", "NEW"]).toContain(c.status);
    const rows = await db.prisma.handoffFailure.findMany({ where: { caseId } });
    expect(rows.map((r) => r.route).sort()).toEqual(["department:delivery team", "phone:8001234567"]);
    expect(rows[0]!.problem).toMatch(/^delivery\./);
    expect(await db.prisma.auditEvent.count({ where: { caseId, action: "HANDOFF_FAILED" } })).toBe(1);
    expect(await db.prisma.notification.count({ where: { caseId, kind: "HANDOFF_FAILED", userId: lead.userId } })).toBe(1);

    // Another customer with a late parcel: the draft that gives the same number (written differently) warns.
    const other = await conversation("p-en2", "u-en2", "Order still not delivered, tracking stuck for a week", "Sorry about this, we're looking into it.", []);
    const { warnings } = await checkDraftForCase(db.prisma, cm, draftCheckInput.parse({ caseId: other, text: "Please call 0800 123 45 67 and they will sort it.", visibility: "private", locale: "en" }), "en");
    const w = warnings.find((x) => x.kind === "failed-route");
    expect(w?.message).toMatch(/^This number failed 1 time this week for delivery problems/);
    const fr = await checkDraftForCase(db.prisma, cm, draftCheckInput.parse({ caseId: other, text: "Appelez le 0800 123 4567.", visibility: "private", locale: "fr" }), "fr");
    expect(fr.warnings.find((x) => x.kind === "failed-route")?.message).toMatch(/^Ce numéro a échoué une fois cette semaine pour des problèmes de livraison\u202f:/);
  });

  it("French, answers delivered together: the link and the address are marked, the ordinary answer flags nothing", async () => {
    const caseId = await conversation("p-fr", "u-fr", "Mon colis n'est jamais arrivé, commande passée il y a 3 semaines",
      "Désolés ! Faites une réclamation sur https://aide.example.fr/reclamation ou écrivez à litiges@example.fr.",
      ["merci je regarde ça ce soir", "bon ben la page de réclamation affiche une erreur et mon mail à litiges m'est revenu, adresse inconnue..."], true);
    const rows = await db.prisma.handoffFailure.findMany({ where: { caseId }, orderBy: { route: "asc" } });
    expect(rows.map((r) => r.route)).toEqual(["email:litiges@example.fr", "url:aide.example.fr/reclamation"]);
    expect(new Set(rows.map((r) => r.messageId)).size).toBe(1);
    const c = await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c.tags).toContain(HANDOFF_FAILED_TAG);

    const routes = await listHandoffRoutes(db.prisma, lead, { days: 7 });
    expect(routes.find((r) => r.route === "email:litiges@example.fr")).toMatchObject({ failures: 1, family: "delivery", kind: "email" });
    await expect(listHandoffRoutes(db.prisma, cm, { days: 7 })).rejects.toThrow();
  });

  it("leaves ordinary answers to a hand-off alone, in both languages", async () => {
    const caseId = await conversation("p-ok", "u-ok", "La porte de mon armoire est arrivée rayée",
      "Désolés ! Contactez le service client au 01 23 45 67 89, ils feront l'échange.",
      ["Merci, j'ai appelé et l'échange est prévu jeudi", "thanks, all sorted now", "la porte est toujours rayée en attendant"]);
    expect(await db.prisma.handoffFailure.count({ where: { caseId } })).toBe(0);
    const c = await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c.tags).not.toContain(HANDOFF_FAILED_TAG);
  });

  it("a report with no hand-off before it is an ordinary complaint (no route to mark)", async () => {
    const caseId = await conversation("p-none", "u-none", "Toujours pas de remboursement", "Nous regardons votre dossier.", ["personne ne répond jamais chez vous"]);
    expect(await db.prisma.handoffFailure.count({ where: { caseId } })).toBe(0);
  });

  it("an escalation is the route when our reply named none: its queue is marked", async () => {
    const caseId = await conversation("p-esc", "u-esc", "Double prélèvement sur ma carte pour la commande 4411", "Je transmets à notre équipe, ils reviennent vers vous.", []);
    const team = await db.prisma.team.create({ data: { workspaceId: cm.workspaceId, name: "Facturation", kind: "CUSTOMER_SERVICE" } });
    await db.prisma.escalation.create({ data: { caseId, reason: "billing", context: {}, createdById: cm.userId, teamId: team.id, createdAt: at() } });
    await ingestEvents(db.prisma, channelId, [comment({
      externalId: "p-esc-9", body: "le service facturation me dit que ce n'est pas leur rôle et de voir avec ma banque", parentExternalId: "p-esc-2",
      thread: { externalId: "p-esc", kind: "POST", text: "Post" }, author: { platformUserId: "u-esc", name: "Client u-esc" }, platformCreatedAt: at(),
    })]);
    expect((await db.prisma.handoffFailure.findMany({ where: { caseId } })).map((r) => r.route)).toEqual(["department:facturation"]);
  });

  it("refuses deleting a recorded failure", async () => {
    await expect(db.prisma.handoffFailure.deleteMany({})).rejects.toThrow(/never deleted/);
  });
});
