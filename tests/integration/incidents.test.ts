// Incidents (R7) end to end: "me too" replies from different customers under one post become a suggested
// incident as they are ingested; a lead confirms and names it, unlinks a case (which grouping never puts back),
// posts a status update and answers every linked case with a personalised reply each.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { answerIncidentCases } from "@/lib/incidents/answer-incident-cases";
import { listIncidents, getIncident } from "@/lib/incidents/list-incidents";
import { postIncidentUpdate } from "@/lib/incidents/post-incident-update";
import { suggestIncidents } from "@/lib/incidents/suggest-incidents";
import { updateIncident } from "@/lib/incidents/update-incident";
import { caseNumberList, incidentAnswer, incidentPatch } from "@/lib/incidents/schemas";
import type { Member } from "@/lib/auth/member";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let lead: Member;
let cm: Member;
let wsId: string;
const queued: string[] = [];
const enqueue = async (id: string) => { queued.push(id); };

beforeAll(async () => {
  db = await createTestDatabase();
  const { ws, channel } = await makeWorkspace(db.prisma);
  wsId = ws.id;
  lead = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
  cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
  const t = Date.now() - 5 * 3_600_000;
  const thread = { externalId: "post-livraisons", kind: "POST" as const };
  const say = (id: string, who: string, body: string, min: number, parent?: string) =>
    comment({ externalId: id, body, thread, parentExternalId: parent, author: { platformUserId: who, name: who }, platformCreatedAt: new Date(t + min * 60_000) });
  await ingestEvents(db.prisma, channel.id, [say("root", "Laura Martin", "Commande passée il y a 10 jours, livraison annoncée pour mardi, toujours rien. Le suivi est bloqué, inadmissible.", 0)]);
  await ingestEvents(db.prisma, channel.id, [say("k", "Karim Haddad", "Pareil pour moi, rien reçu, et pas un mail depuis la confirmation de commande.", 20, "root")]);
  await ingestEvents(db.prisma, channel.id, [say("m", "Mélanie Roux", "moi aussi toujours rien reçu !! c'était censé être livré avant le week-end", 40, "root")]);
  await ingestEvents(db.prisma, channel.id, [say("e", "Emma Stone", "Same here, ordered a floor lamp 10 days ago and still nothing delivered.", 60, "root")]);
  // Unrelated: a question and praise on the same post, and a broken sofa elsewhere.
  await ingestEvents(db.prisma, channel.id, [
    say("q", "Inès Caron", "Le canapé Alba existe en vert sauge ?", 70),
    comment({ externalId: "sofa", body: "Mon canapé est arrivé avec un pied cassé, très déçue", author: { platformUserId: "zoe", name: "Zoé" }, thread: { externalId: "post-2", kind: "POST" }, platformCreatedAt: new Date(t + 80 * 60_000) }),
  ]);
});
afterAll(() => db?.dispose());

describe("incident suggestions", () => {
  it("form from the me-too thread as it is ingested, without the unrelated cases", async () => {
    const [inc, ...rest] = await listIncidents(db.prisma, cm);
    expect(rest).toHaveLength(0);
    expect(inc!.status).toBe("SUGGESTED");
    expect(inc!.size).toBe(4);
    const names = (await getIncident(db.prisma, cm, inc!.id)).cases.map((c) => c.contact.displayName).sort();
    expect(names).toEqual(["Emma Stone", "Karim Haddad", "Laura Martin", "Mélanie Roux"]);
    expect(inc!.growth.lastDay).toBe(4);
  });

  it("a lead confirms, names, unlinks (for good) and posts a status update; a CM may not", async () => {
    const [inc] = await listIncidents(db.prisma, lead);
    await expect(updateIncident(db.prisma, cm, inc!.id, incidentPatch.parse({ status: "OPEN" }))).rejects.toThrow(/not allow/);
    const emma = (await getIncident(db.prisma, lead, inc!.id)).cases.find((c) => c.contact.displayName === "Emma Stone")!;
    const updated = await updateIncident(db.prisma, lead, inc!.id, incidentPatch.parse({ status: "OPEN", title: "Retards transporteur", unlinkCaseIds: [emma.id] }));
    expect([updated.status, updated.title, updated.excludedCaseIds]).toEqual(["OPEN", "Retards transporteur", [emma.id]]);
    await suggestIncidents(db.prisma, wsId);
    const again = await getIncident(db.prisma, lead, inc!.id);
    expect(again.cases.map((c) => c.id)).not.toContain(emma.id);
    await postIncidentUpdate(db.prisma, lead, inc!.id, "Le transporteur reprend les livraisons demain.");
    expect((await getIncident(db.prisma, lead, inc!.id)).updates).toHaveLength(1);
    expect(incidentPatch.safeParse({}).success).toBe(false);
    expect(incidentPatch.safeParse({ status: "SUGGESTED" }).success).toBe(false);
  });

  it("links a case by the number people see (#38), not an internal id; an unknown number is named", async () => {
    const [inc] = await listIncidents(db.prisma, lead);
    const sofa = await db.prisma.case.findFirstOrThrow({ where: { workspaceId: wsId, preview: { contains: "canapé est arrivé" } } });
    expect(caseNumberList.parse(` #${sofa.number}, ${sofa.number} `)).toEqual([sofa.number]);
    expect(caseNumberList.safeParse("3f2a-uuid").success).toBe(false);
    expect(caseNumberList.safeParse("  ").success).toBe(false);
    await updateIncident(db.prisma, lead, inc!.id, incidentPatch.parse({ linkCaseNumbers: caseNumberList.parse(`#${sofa.number}`) }));
    expect((await getIncident(db.prisma, lead, inc!.id)).cases.map((c) => c.id)).toContain(sofa.id);
    await expect(updateIncident(db.prisma, lead, inc!.id, incidentPatch.parse({ linkCaseNumbers: [99_999] }))).rejects.toThrow("Case #99999 not found");
    await updateIncident(db.prisma, lead, inc!.id, incidentPatch.parse({ unlinkCaseIds: [sofa.id] }));
  });

  it("answers every linked case with its own personalised reply", async () => {
    const [inc] = await listIncidents(db.prisma, lead);
    expect(incidentAnswer.safeParse({ template: "Bonjour, nous sommes désolés du retard.", visibility: "public" }).success).toBe(false);
    const input = incidentAnswer.parse({ template: "Bonjour {{first_name}}, le transporteur a eu un incident ; votre dossier n°{{case_number}} est suivi, livraison sous 48 h. {{agent_name}}", visibility: "public" });
    const results = await answerIncidentCases(db.prisma, lead, inc!.id, input, enqueue);
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    const replies = await db.prisma.message.findMany({ where: { id: { in: results.map((r) => r.messageId!) } }, select: { body: true, caseId: true } });
    expect(new Set(replies.map((r) => r.body)).size).toBe(3);
    expect(replies.some((r) => r.body.startsWith("Bonjour Karim,"))).toBe(true);
    expect(queued).toHaveLength(3);
  });
});
