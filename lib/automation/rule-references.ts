// The members, teams, canned replies and incidents a set of rules points at, loaded once per run (five small
// queries whatever the number of cases), for ./plan-actions.ts: whether a rule can still run, and who it
// notifies.
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { References } from "./plan-actions";
import type { RuleDefinition } from "./rule-schema";

type Db = PrismaClient | Prisma.TransactionClient;

export async function loadReferences(db: Db, workspaceId: string, defs: RuleDefinition[]): Promise<References> {
  const userIds = new Set<string>(), teamIds = new Set<string>(), cannedIds = new Set<string>(), incidentIds = new Set<string>();
  for (const d of defs) {
    for (const a of d.actions) {
      if (a.type === "assign_person") userIds.add(a.userId);
      if (a.type === "assign_team") teamIds.add(a.teamId);
      if (a.type === "notify" && a.to.kind === "person") userIds.add(a.to.userId);
      if (a.type === "notify" && a.to.kind === "team") teamIds.add(a.to.teamId);
      if (a.type === "acknowledge") cannedIds.add(a.cannedReplyId);
      if (a.type === "link_incident") incidentIds.add(a.incidentId);
    }
  }
  const [members, teams, leads, canned, incidents] = await Promise.all([
    userIds.size ? db.membership.findMany({ where: { workspaceId, userId: { in: [...userIds] } }, select: { userId: true, deactivatedAt: true, user: { select: { name: true } } } }) : [],
    teamIds.size ? db.team.findMany({ where: { workspaceId, id: { in: [...teamIds] } }, select: { id: true, name: true, archivedAt: true, members: { where: { deactivatedAt: null }, select: { userId: true } } } }) : [],
    db.membership.findMany({ where: { workspaceId, role: "TEAM_LEAD", deactivatedAt: null }, select: { userId: true }, orderBy: { createdAt: "asc" } }),
    cannedIds.size ? db.cannedReply.findMany({ where: { workspaceId, id: { in: [...cannedIds] } }, select: { id: true, body: true, archivedAt: true } }) : [],
    incidentIds.size ? db.incident.findMany({ where: { workspaceId, id: { in: [...incidentIds] } }, select: { id: true } }) : [],
  ]);
  return {
    users: new Map(members.map((m) => [m.userId, { name: m.user.name, active: m.deactivatedAt === null }])),
    teams: new Map(teams.map((t) => [t.id, { name: t.name, archived: t.archivedAt !== null, memberIds: t.members.map((m) => m.userId) }])),
    leads: leads.map((l) => l.userId),
    canned: new Map(canned.map((c) => [c.id, { body: c.body, archived: c.archivedAt !== null }])),
    incidents: new Set(incidents.map((i) => i.id)),
  };
}
