// Issue #22: rules that run on their own on ingestion, on PGlite and PostgreSQL — round-robin that skips an absent
// and a full agent, a French keyword matching an inflected form, an English DM routed to a team, a spam link hidden
// but a complaint never (refusal audited), an out-of-hours acknowledgement sent once and privately, a person's
// reassignment that the rule does not undo, and a replayed batch that acts once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { createRule } from "@/lib/automation/create-rule";
import { ruleInput } from "@/lib/automation/rule-schema";
import { setAvailability } from "@/lib/automation/set-availability";
import { rulesAfterIngest } from "@/lib/automation/rules-after-ingest";
import { casePatch } from "@/lib/cases/schemas";
import { updateCase } from "@/lib/cases/update-case";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { leaveToSweep } from "@/lib/jobs/after-commit";
import { deliverMessage } from "@/lib/outbound/deliver-message";
import { DEFAULT_SLA_POLICY } from "@/lib/sla/schemas";
import { createTeam } from "@/lib/teams/create-team";
import { updateTeam } from "@/lib/teams/update-team";
import { comment, makeMember, makeWorkspace, uniq } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let ws: string, fb: string, x: string;
let lead: Member, cm: Member, cm2: Member;
let n = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  const made = await makeWorkspace(db.prisma);
  ws = made.ws.id;
  fb = made.channel.id;
  x = (await db.prisma.channel.create({ data: { workspaceId: ws, kind: "DEMO", platform: "X", externalId: uniq("x"), name: "X" } })).id;
  lead = await makeMember(db.prisma, ws, "TEAM_LEAD");
  cm = await makeMember(db.prisma, ws, "COMMUNITY_MANAGER");
  cm2 = await makeMember(db.prisma, ws, "COMMUNITY_MANAGER");
  await db.prisma.slaPolicy.create({ data: { workspaceId: ws, ...DEFAULT_SLA_POLICY } }); // Mon–Fri 9:00–18:00, Paris
});
afterAll(() => db?.dispose());

const rule = (name: string, definition: unknown) => createRule(db.prisma, lead, ruleInput.parse({ name, enabled: true, definition }));
const archiveAll = () => db.prisma.automationRule.updateMany({ where: { workspaceId: ws }, data: { archivedAt: new Date(), enabled: false } });
const FRIDAY_NOON = new Date("2026-11-20T11:00:00Z");

async function post(body: string, over: Partial<Parameters<typeof comment>[0]> = {}, channelId = fb) {
  n++;
  const r = await ingestEvents(db.prisma, channelId, [comment({ externalId: `ar${n}`, body, author: { platformUserId: `u${n}`, name: `Client ${n}` }, platformCreatedAt: FRIDAY_NOON, ...over })]);
  return db.prisma.case.findUniqueOrThrow({ where: { id: r.caseIds[0]! } });
}
const events = (caseId: string, action: string) => db.prisma.auditEvent.findMany({ where: { caseId, action: action as never }, orderBy: { id: "asc" } });

describe("rules on ingestion", () => {
  it("round-robin skips an absent agent and one at their cap, and names the rule and its version", async () => {
    const team = await createTeam(db.prisma, lead, { name: "Logistique", kind: "CUSTOMER_SERVICE" });
    const [a1, a2, a3] = [await makeMember(db.prisma, ws, "CUSTOMER_SERVICE"), await makeMember(db.prisma, ws, "CUSTOMER_SERVICE"), await makeMember(db.prisma, ws, "CUSTOMER_SERVICE")];
    for (const a of [a1, a2, a3]) await db.prisma.membership.updateMany({ where: { userId: a!.userId }, data: { teamId: team.id } });
    await setAvailability(db.prisma, lead, a2!.userId, { available: false });
    await setAvailability(db.prisma, lead, a3!.userId, { caseCap: 1 });
    const held = await post("Question sur ma facture");
    await db.prisma.case.update({ where: { id: held.id }, data: { assigneeId: a3!.userId } }); // a3 is at their cap
    const r = await rule("Commandes → logistique", { trigger: "CASE_CREATED", conditions: [{ field: "text", op: "any", words: ["commande"] }], actions: [{ type: "assign_team", teamId: team.id, strategy: "round_robin" }] });

    const first = [await post("Ma commande n'est pas arrivée"), await post("Où en est ma commande ?")];
    expect(first.map((c) => c.assigneeId)).toEqual([a1!.userId, a1!.userId]);
    await setAvailability(db.prisma, lead, a3!.userId, { caseCap: 3 });
    const next = [await post("Commande 4411 incomplète"), await post("Commandé il y a 3 semaines"), await post("Commande annulée sans raison")];
    expect(next.map((c) => c.assigneeId)).toEqual([a3!.userId, a1!.userId, a3!.userId]);
    expect([...first, ...next].every((c) => c.teamId === team.id)).toBe(true);
    const [assigned] = await events(next[0]!.id, "CASE_ASSIGNED");
    expect(assigned!.actorKind).toBe("SYSTEM");
    expect(assigned!.data).toMatchObject({ toUser: a3!.userId, rule: { id: r.id, name: "Commandes → logistique", version: 1 } });
    await archiveAll();
  });

  it("two batches at once take turns in round-robin: never the same agent twice in a row", async () => {
    const team = await createTeam(db.prisma, lead, { name: "Tour de rôle", kind: "COMMUNITY_MANAGER" });
    const agents = [await makeMember(db.prisma, ws, "COMMUNITY_MANAGER"), await makeMember(db.prisma, ws, "COMMUNITY_MANAGER")];
    for (const a of agents) await db.prisma.membership.updateMany({ where: { userId: a.userId }, data: { teamId: team.id } });
    await rule("Parité", { trigger: "CASE_CREATED", conditions: [{ field: "text", op: "any", words: ["parité"] }], actions: [{ type: "assign_team", teamId: team.id, strategy: "round_robin" }] });
    const cases = await Promise.all(Array.from({ length: 6 }, (_, i) => post(`Question de parité ${i}`)));
    const counts = agents.map((a) => cases.filter((c) => c.assigneeId === a.userId).length);
    expect(counts).toEqual([3, 3]);
    await archiveAll();
  });

  it("a French keyword matches its inflected and derived forms, accents ignored", async () => {
    await rule("Livraison", { trigger: "MESSAGE_RECEIVED", conditions: [{ field: "text", op: "any", words: ["livraison"] }], actions: [{ type: "add_tags", tags: ["livraison"] }] });
    expect((await post("Mon colis n'a jamais été LIVRÉ")).tags).toEqual(["livraison"]);
    expect((await post("Ils ne livrent pas le samedi ?")).tags).toEqual(["livraison"]);
    expect((await post("Je suis libre demain pour en parler")).tags).toEqual([]);
    await archiveAll();
  });

  it("an English DM on X goes to the English-speaking team; a French one does not", async () => {
    const en = await createTeam(db.prisma, lead, { name: "English desk", kind: "COMMUNITY_MANAGER" });
    const agent = await makeMember(db.prisma, ws, "COMMUNITY_MANAGER");
    await db.prisma.membership.updateMany({ where: { userId: agent.userId }, data: { teamId: en.id } });
    await rule("English DMs", {
      trigger: "CASE_CREATED", conditions: [{ field: "platform", in: ["X"] }, { field: "visibility", in: ["PRIVATE"] }, { field: "language", in: ["en"] }],
      actions: [{ type: "assign_team", teamId: en.id, strategy: "least_loaded" }],
    });
    const dm = (id: string) => ({ kind: "DM" as const, visibility: "PRIVATE" as const, externalId: id, thread: { externalId: `conv-${id}`, kind: "DM_CONVERSATION" as const } });
    const english = await post("Hello, my order never arrived and nobody answers my emails", dm("dm-en"), x);
    expect([english.teamId, english.assigneeId]).toEqual([en.id, agent.userId]);
    const french = await post("Bonjour, ma commande n'est jamais arrivée et personne ne répond", dm("dm-fr"), x);
    expect([french.teamId, french.assigneeId]).toEqual([null, null]);
    await archiveAll();
  });

  it("hides a spam link, and refuses to hide a complaint that carries a link (audited refusal)", async () => {
    await rule("Liens de spam", { trigger: "MESSAGE_RECEIVED", conditions: [{ field: "has_link", value: true }], actions: [{ type: "hide_spam" }] });
    const spam = await post("Gagnez un iPhone gratuit, cliquez vite sur http://promo-gratuite.example/win");
    const hidden = await db.prisma.messageEvent.findMany({ where: { message: { caseId: spam.id }, kind: "HIDDEN" } });
    expect(hidden).toHaveLength(1);
    expect((await events(spam.id, "MESSAGE_HIDDEN_BY_US"))[0]!.data).toMatchObject({ reason: "spam", rule: { name: "Liens de spam" } });
    expect((await db.prisma.case.findUniqueOrThrow({ where: { id: spam.id } })).tags).toContain("spam");

    const complaint = await post("Mon colis n'est jamais arrivé, voici la photo du suivi http://suivi.example/123");
    expect(await db.prisma.messageEvent.count({ where: { message: { caseId: complaint.id } } })).toBe(0);
    const [refused] = await events(complaint.id, "RULE_ACTION_REFUSED");
    expect(refused!.data).toMatchObject({ action: "hide_spam", rule: { name: "Liens de spam" } });
    expect(String((refused!.data as { reason: string }).reason)).toMatch(/complaint/);
    await archiveAll();
  });

  it("acknowledges once and privately outside business hours, and the acknowledgement is not the first response", async () => {
    const canned = await db.prisma.cannedReply.create({ data: { workspaceId: ws, title: "Accusé", body: "Bien reçu, nous revenons vers vous lundi dès 9 h.", language: "fr" } });
    await rule("Accusé de réception hors horaires", { trigger: "MESSAGE_RECEIVED", conditions: [{ field: "business_hours", value: false }], actions: [{ type: "acknowledge", cannedReplyId: canned.id }] });
    const saturday = new Date("2026-11-21T10:00:00Z");
    const c = await post("Bonjour, mon abonnement a été prélevé deux fois", { platformCreatedAt: saturday, author: { platformUserId: "sat", name: "Sam" } });
    await ingestEvents(db.prisma, fb, [comment({ externalId: "sat-2", body: "Vous êtes là ?", author: { platformUserId: "sat", name: "Sam" }, platformCreatedAt: new Date(saturday.getTime() + 600_000) })]);
    const acks = await db.prisma.message.findMany({ where: { caseId: c.id, direction: "OUTBOUND", automated: true } });
    expect(acks.map((m) => [m.visibility, m.kind, m.body])).toEqual([["PRIVATE", "DM", canned.body]]);
    await deliverMessage(db.prisma, acks[0]!.id);
    const after = await db.prisma.case.findUniqueOrThrow({ where: { id: c.id } });
    expect(after.autoAcknowledgedAt).not.toBeNull();
    expect(after.firstRespondedAt).toBeNull(); // R2: an automatic acknowledgement is not an answer
    const weekday = await post("Bonjour, mon abonnement a été prélevé deux fois");
    expect(await db.prisma.message.count({ where: { caseId: weekday.id, direction: "OUTBOUND" } })).toBe(0);
    await archiveAll();
  });

  it("does not undo a person's reassignment when the customer writes again", async () => {
    await rule("Tout à CM", { trigger: "MESSAGE_RECEIVED", conditions: [{ field: "text", op: "any", words: ["commande"] }], actions: [{ type: "assign_person", userId: cm.userId }] });
    const author = { platformUserId: "again", name: "Alix" };
    const c = await post("Ma commande est bloquée", { author });
    expect(c.assigneeId).toBe(cm.userId);
    await updateCase(db.prisma, lead, c.id, casePatch.parse({ assigneeId: cm2.userId }), leaveToSweep);
    await ingestEvents(db.prisma, fb, [comment({ externalId: "again-2", body: "Toujours rien pour ma commande", author, platformCreatedAt: new Date(FRIDAY_NOON.getTime() + 60_000) })]);
    expect((await db.prisma.case.findUniqueOrThrow({ where: { id: c.id } })).assigneeId).toBe(cm2.userId);
    await archiveAll();
  });

  it("acts once when the same batch is run twice at the same time (the loop guard)", async () => {
    await rule("Remboursement", { trigger: "MESSAGE_RECEIVED", conditions: [{ field: "text", op: "any", words: ["rembourser"] }], actions: [{ type: "add_tags", tags: ["remboursement"] }, { type: "add_note", text: "Vérifier le paiement" }] });
    const c = await post("Je veux être remboursée");
    const m = await db.prisma.message.findFirstOrThrow({ where: { caseId: c.id, direction: "INBOUND" } });
    const batch = { workspaceId: ws, channelId: fb, messages: [{ messageId: m.id, caseId: c.id, direction: "INBOUND" as const }] };
    await Promise.all([rulesAfterIngest.run(db.prisma, batch), rulesAfterIngest.run(db.prisma, batch), rulesAfterIngest.run(db.prisma, batch)]);
    expect(await events(c.id, "CASE_TAGS_CHANGED")).toHaveLength(1);
    expect(await db.prisma.message.count({ where: { caseId: c.id, kind: "NOTE" } })).toBe(1);
    await archiveAll();
  });

  it("a rule's note is on the timeline and in the case's search, whether or not the rule changed the case", async () => {
    await rule("Note seule", { trigger: "CASE_CREATED", conditions: [{ field: "text", op: "any", words: ["garantie"] }], actions: [{ type: "add_note", text: "Vérifier la facture zygomatique" }] });
    await rule("Note et tag", { trigger: "CASE_CREATED", conditions: [{ field: "text", op: "any", words: ["abonnement"] }], actions: [{ type: "add_note", text: "Client xylophoniste fidèle" }, { type: "add_tags", tags: ["abonnement"] }] });
    const [alone, tagged] = [await post("Ma garantie a expiré ?"), await post("Mon abonnement a doublé")];
    const lexemes = async (id: string) => (await db.prisma.$queryRaw<{ l: string[] }[]>`SELECT tsvector_to_array(search) AS l FROM cases WHERE id = ${id}`)[0]!.l;
    const of = async (text: string) => (await db.prisma.$queryRaw<{ l: string[] }[]>`SELECT tsvector_to_array(inbox_tsvector(${text})) AS l`)[0]!.l;
    for (const [c, note] of [[alone, "Vérifier la facture zygomatique"], [tagged, "Client xylophoniste fidèle"]] as const) {
      expect(await db.prisma.message.count({ where: { caseId: c.id, kind: "NOTE", visibility: "INTERNAL", automated: true, body: note } })).toBe(1);
      const has = await lexemes(c.id);
      expect((await of(note)).filter((l) => !has.includes(l))).toEqual([]);
      expect((await of(c.preview ?? "")).filter((l) => !has.includes(l))).toEqual([]); // the customer's words stay
    }
    const after = await db.prisma.case.findUniqueOrThrow({ where: { id: alone.id } });
    expect([after.tags, after.priority, after.assigneeId]).toEqual([alone.tags, alone.priority, alone.assigneeId]);
    expect((await db.prisma.case.findUniqueOrThrow({ where: { id: tagged.id } })).tags).toContain("abonnement");
    await archiveAll();
  });

  it("pauses a rule whose team was removed, says why, and tells the leads", async () => {
    const team = await createTeam(db.prisma, lead, { name: "Éphémère", kind: "CUSTOMER_SERVICE" });
    const r = await rule("Vers Éphémère", { trigger: "CASE_CREATED", conditions: [], actions: [{ type: "assign_team", teamId: team.id, strategy: "team_only" }] });
    await updateTeam(db.prisma, lead, team.id, { archived: true });
    const c = await post("Bonjour");
    expect(c.teamId).toBeNull();
    const paused = await db.prisma.automationRule.findUniqueOrThrow({ where: { id: r.id } });
    expect(paused.pausedReason).toMatch(/team .* was removed/);
    expect(await db.prisma.notification.count({ where: { userId: lead.userId, kind: "RULE_PAUSED" } })).toBe(1);
    await archiveAll();
  });
});
