// Escalation routing by team: the workspace's default team per reason applies when neither a team nor an agent
// is named (API and form), an explicit team or the explicit shared queue wins, the agent's team wins over the
// default; leads set the routes (audited), others may not; reassigning moves an open escalation between teams
// and the scope follows (customer service sees what is routed to their team).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { casePatch } from "@/lib/cases/schemas";
import { updateCase } from "@/lib/cases/update-case";
import { leaveToSweep } from "@/lib/jobs/after-commit";
import { escalateCase } from "@/lib/escalations/escalate-case";
import { getEscalationRoutes, setEscalationRoutes } from "@/lib/escalations/escalation-routes";
import { listEscalations } from "@/lib/escalations/list-escalations";
import { escalateInput, escalationPatch, escalationRoutesInput, listEscalationsQuery } from "@/lib/escalations/schemas";
import { updateEscalation } from "@/lib/escalations/update-escalation";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { updateTeam } from "@/lib/teams/update-team";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let cm: Member, logisticsAgent: Member, billingAgent: Member, lead: Member;
let channelId: string;
let logistics: string, billing: string, cmTeam: string;
let n = 0;
const E = (o: unknown) => escalateInput.parse(o);

async function newCase() {
  n++;
  const r = await ingestEvents(db.prisma, channelId, [
    comment({ externalId: `r${n}`, body: "Colis jamais arrivé", author: { platformUserId: `cust${n}`, name: `Client ${n}` }, platformCreatedAt: new Date(Date.now() - 3_600_000) }),
  ]);
  const caseId = r.caseIds[0]!;
  await updateCase(db.prisma, cm, caseId, casePatch.parse({ assigneeId: "me" }), leaveToSweep);
  return caseId;
}

beforeAll(async () => {
  db = await createTestDatabase();
  const { ws, channel } = await makeWorkspace(db.prisma);
  channelId = channel.id;
  cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
  logisticsAgent = await makeMember(db.prisma, ws.id, "CUSTOMER_SERVICE");
  billingAgent = await makeMember(db.prisma, ws.id, "CUSTOMER_SERVICE");
  lead = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
  logistics = (await db.prisma.team.create({ data: { workspaceId: ws.id, name: "Logistique" } })).id;
  billing = (await db.prisma.team.create({ data: { workspaceId: ws.id, name: "Facturation" } })).id;
  cmTeam = (await db.prisma.team.create({ data: { workspaceId: ws.id, name: "Community", kind: "COMMUNITY_MANAGER" } })).id;
  await db.prisma.membership.updateMany({ where: { userId: logisticsAgent.userId }, data: { teamId: logistics } });
  await db.prisma.membership.updateMany({ where: { userId: billingAgent.userId }, data: { teamId: billing } });
});
afterAll(() => db?.dispose());

describe("default team per reason", () => {
  it("starts with every reason on the shared queue; leads set routes, audited; CMs and bad teams are refused", async () => {
    expect(Object.values(await getEscalationRoutes(db.prisma, lead.workspaceId)).every((t) => t === null)).toBe(true);
    await expect(setEscalationRoutes(db.prisma, cm, escalationRoutesInput.parse({ routes: { delivery: logistics } }))).rejects.toMatchObject({ permission: "desk.settings" });
    // A community-manager team does not receive escalations.
    await expect(setEscalationRoutes(db.prisma, lead, escalationRoutesInput.parse({ routes: { delivery: cmTeam } }))).rejects.toMatchObject({ code: "unknown_team" });
    expect(escalationRoutesInput.safeParse({ routes: { parcel: logistics } }).success).toBe(false);

    const after = await setEscalationRoutes(db.prisma, lead, escalationRoutesInput.parse({ routes: { delivery: logistics, billing, refund: billing } }));
    expect(after).toMatchObject({ delivery: logistics, billing, refund: billing, defect: null });
    // Changing one route leaves the others alone; "" from the form is the shared queue.
    await setEscalationRoutes(db.prisma, lead, escalationRoutesInput.parse({ routes: { refund: "" } }));
    expect(await getEscalationRoutes(db.prisma, lead.workspaceId)).toMatchObject({ delivery: logistics, billing, refund: null });
    const audit = await db.prisma.auditEvent.findMany({ where: { workspaceId: lead.workspaceId, action: "ESCALATION_ROUTING_UPDATED" }, orderBy: { createdAt: "asc" } });
    expect(audit).toHaveLength(2);
    expect(audit[0]!.actorUserId).toBe(lead.userId);
    expect((audit[1]!.data as { before: { refund: string }; after: { refund: null } })).toMatchObject({ before: { refund: billing }, after: { refund: null } });
    await expect(db.sql.exec(`DELETE FROM escalation_routes`)).rejects.toThrow(/never deleted/);
  });

  it("applies the reason's team when none is named; an explicit team, the agent's team or the explicit shared queue win", async () => {
    const routed = await escalateCase(db.prisma, cm, await newCase(), E({ reason: "delivery", summary: "Colis perdu" }));
    expect(routed.teamId).toBe(logistics);
    const billed = await escalateCase(db.prisma, cm, await newCase(), E({ reason: "billing", summary: "Double prélèvement" }));
    expect(billed.teamId).toBe(billing);
    const unrouted = await escalateCase(db.prisma, cm, await newCase(), E({ reason: "defect", summary: "Pied cassé" }));
    expect(unrouted.teamId).toBeNull();
    const explicit = await escalateCase(db.prisma, cm, await newCase(), E({ reason: "delivery", summary: "x", teamId: billing }));
    expect(explicit.teamId).toBe(billing);
    const queue = await escalateCase(db.prisma, cm, await newCase(), E({ reason: "delivery", summary: "x", teamId: null }));
    expect(queue.teamId).toBeNull();
    const agent = await escalateCase(db.prisma, cm, await newCase(), E({ reason: "delivery", summary: "x", assigneeId: billingAgent.userId }));
    expect(agent).toMatchObject({ assigneeId: billingAgent.userId, teamId: billing });
    await expect(escalateCase(db.prisma, cm, await newCase(), E({ reason: "delivery", summary: "x", teamId: cmTeam }))).rejects.toMatchObject({ code: "unknown_team" });

    // Logistics sees the delivery escalation routed to it; billing does not.
    const seenBy = async (m: Member) => (await listEscalations(db.prisma, m, listEscalationsQuery.parse({}))).data.map((e) => e.id);
    expect(await seenBy(logisticsAgent)).toContain(routed.id);
    expect(await seenBy(billingAgent)).not.toContain(routed.id);
  });

  it("reassigns an open escalation to another team: the scope follows, audited; an archived team no longer routes", async () => {
    const esc = await escalateCase(db.prisma, cm, await newCase(), E({ reason: "delivery", summary: "Mauvaise adresse, en fait c'est la facture" }));
    expect(esc.teamId).toBe(logistics);
    await updateEscalation(db.prisma, logisticsAgent, esc.id, escalationPatch.parse({ action: "pick_up" }));
    const moved = await updateEscalation(db.prisma, logisticsAgent, esc.id, escalationPatch.parse({ action: "reassign", assigneeId: null, teamId: billing }));
    expect(moved).toMatchObject({ teamId: billing, assigneeId: null, status: "PENDING" });
    const ids = async (m: Member) => (await listEscalations(db.prisma, m, listEscalationsQuery.parse({}))).data.map((e) => e.id);
    expect(await ids(billingAgent)).toContain(esc.id);
    expect(await ids(logisticsAgent)).not.toContain(esc.id);
    const ev = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: esc.id, action: "ESCALATION_REASSIGNED" } });
    expect(ev.data).toMatchObject({ fromTeam: logistics, toTeam: billing });
    await expect(updateEscalation(db.prisma, billingAgent, esc.id, escalationPatch.parse({ action: "reassign", teamId: cmTeam }))).rejects.toMatchObject({ code: "unknown_team" });

    await updateTeam(db.prisma, lead, logistics, { archived: true });
    expect((await getEscalationRoutes(db.prisma, lead.workspaceId)).delivery).toBeNull();
    const afterArchive = await escalateCase(db.prisma, cm, await newCase(), E({ reason: "delivery", summary: "x" }));
    expect(afterArchive.teamId).toBeNull();
  });
});
