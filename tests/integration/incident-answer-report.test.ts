// Issue #26 item 1: "Answer every open case" says what happened. Each case is answered in its customer's language
// (an English customer is not answered in French because the lead's screen is), and every case the answer did not
// reach is reported with its number and a reason code — the guards' refusal of a copy already sent in the thread,
// a wording missing for the customer's language, a case with nothing public to answer under — never counted as sent.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { answerIncidentCases, wordingFor } from "@/lib/incidents/answer-incident-cases";
import { incidentAnswer } from "@/lib/incidents/schemas";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let lead: Member;
let incidentId: string;
const queued: string[] = [];
const enqueue = async (id: string) => { queued.push(id); };
const FR = "Bonjour {{first_name}}, un incident chez le transporteur retarde les colis ; votre dossier n°{{case_number}} est suivi, nous revenons vers vous demain. {{agent_name}}";
const FR_DM = "Bonjour {{first_name}}, je vous écris en privé au sujet du dossier n°{{case_number}} : pouvez-vous nous confirmer votre adresse de livraison ? {{agent_name}}";
const EN = "Hello {{first_name}}, an incident at our carrier is delaying parcels; your case #{{case_number}} is followed and we will update you tomorrow. {{agent_name}}";

beforeAll(async () => {
  db = await createTestDatabase();
  const { ws, channel } = await makeWorkspace(db.prisma);
  lead = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
  const who = (id: string, name: string, body: string) => comment({ externalId: id, body, author: { platformUserId: id, name } });
  const r = await ingestEvents(db.prisma, channel.id, [
    who("a", "Julie Marchand", "Toujours pas reçu ma commande, le suivi ne bouge plus depuis une semaine, c'est lamentable"),
    who("b", "Thomas Girard", "Mon colis est bloqué au dépôt depuis lundi, personne ne répond au téléphone"),
    who("c", "Grace Miller", "My parcel has been stuck at the depot for a week and nobody answers the phone"),
    who("d", "Tom Baker", "Still no delivery after ten days, the tracking page has not changed since Monday"),
  ]);
  const inc = await db.prisma.incident.create({ data: { workspaceId: ws.id, title: "Colis bloqués", status: "OPEN" } });
  incidentId = inc.id;
  await db.prisma.case.updateMany({ where: { id: { in: r.caseIds } }, data: { incidentId } });
});
afterAll(() => db?.dispose());

const byNumber = async (ids: string[]) => db.prisma.message.findMany({ where: { id: { in: ids } }, select: { body: true, case: { select: { language: true } } } });

describe("answering every open case of an incident", () => {
  it("needs one personalised wording at least, and not both forms at once", () => {
    expect(incidentAnswer.safeParse({ templates: { fr: "", en: "  " }, visibility: "public" }).success).toBe(false);
    expect(incidentAnswer.safeParse({ templates: { en: "Hello, sorry for the delay, we are on it." }, visibility: "public" }).success).toBe(false);
    expect(incidentAnswer.safeParse({ template: FR, templates: { en: EN }, visibility: "public" }).success).toBe(false);
    expect(incidentAnswer.safeParse({ templates: { en: EN }, visibility: "public" }).success).toBe(true);
  });

  it("picks the wording in the customer's language; undetected or other languages take English, else French", () => {
    const both = incidentAnswer.parse({ templates: { fr: FR, en: EN }, visibility: "public" });
    expect([wordingFor(both, "fr"), wordingFor(both, "en"), wordingFor(both, null), wordingFor(both, "de")]).toEqual([FR, EN, EN, EN]);
    const frOnly = incidentAnswer.parse({ templates: { fr: FR }, visibility: "public" });
    expect([wordingFor(frOnly, "en"), wordingFor(frOnly, null)]).toEqual([undefined, FR]);
  });

  it("reports a missing wording per case instead of answering an English customer in French", async () => {
    const res = await answerIncidentCases(db.prisma, lead, incidentId, incidentAnswer.parse({ templates: { fr: FR_DM }, visibility: "private" }), enqueue);
    expect(res).toHaveLength(4);
    const sent = res.filter((r) => r.ok);
    const refused = res.filter((r) => !r.ok);
    expect(sent.map((r) => r.language)).toEqual(["fr", "fr"]);
    expect(refused.map((r) => [r.language, r.code])).toEqual([["en", "no_wording"], ["en", "no_wording"]]);
    expect(refused.every((r) => Number.isInteger(r.caseNumber) && r.caseNumber > 0)).toBe(true);
    const bodies = await byNumber(sent.map((r) => r.messageId!));
    expect(bodies.every((m) => m.body.startsWith("Bonjour ") && m.case.language === "fr")).toBe(true);
  });

  it("answers each customer in their language, then refuses the same answer a second time with the guards' reason", async () => {
    const input = incidentAnswer.parse({ templates: { fr: FR, en: EN }, visibility: "public" });
    const first = await answerIncidentCases(db.prisma, lead, incidentId, input, enqueue);
    expect(first.filter((r) => r.ok)).toHaveLength(4);
    const bodies = await byNumber(first.map((r) => r.messageId!));
    for (const m of bodies) expect(m.body.startsWith(m.case.language === "en" ? "Hello " : "Bonjour ")).toBe(true);
    // The same wording again: every thread already has it, so the copy-paste guard refuses each one, and the
    // result says so case by case (the API used to answer 202 with this and the page "Replies queued.").
    const second = await answerIncidentCases(db.prisma, lead, incidentId, input, enqueue);
    expect(second.filter((r) => r.ok)).toHaveLength(0);
    expect(second.map((r) => r.code)).toEqual(["guard_blocked", "guard_blocked", "guard_blocked", "guard_blocked"]);
    expect(second.every((r) => typeof r.error === "string" && r.error.length > 0)).toBe(true);
  });
});
