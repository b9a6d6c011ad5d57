// Per-team figures on the lead's dashboard. Customer-service teams are judged on the escalations routed to them
// (escalation.teamId): open now, late now on their own clock (pick-up while pending, solution while in progress,
// as lib/escalations/escalation-sla.ts), median time from escalation to solution and how many they returned in the
// period. Community-manager teams on the cases assigned to their members (membership.teamId): open now, and the
// first-response median of the cases opened in the period — the per-agent figures, summed by team.
// Escalations sent to no team wait in the shared customer-service queue: it gets a row of its own (teamId null),
// last, whenever it holds or handled anything, so the lead sees every escalation somewhere.
import type { PrismaClient } from "../generated/prisma/client";

export interface ServiceTeamFigures {
  /** null: the shared queue (escalations routed to no team); its name is "shared queue", the page translates it. */
  kind: "CUSTOMER_SERVICE"; teamId: string | null; name: string;
  open: number; late: number; solved: number; solutionMedianSeconds: number | null; returned: number;
}
export interface CommunityTeamFigures {
  kind: "COMMUNITY_MANAGER"; teamId: string; name: string;
  members: number; openCases: number; handled: number; firstResponseMedianSeconds: number | null;
}
export type TeamFigures = ServiceTeamFigures | CommunityTeamFigures;

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** Called by computeMetrics (which checks reports.view) so the API, the CSV and the dashboard agree. */
export async function computeTeamMetrics(prisma: PrismaClient, workspaceId: string, from: Date, to: Date, now: Date): Promise<TeamFigures[]> {
  const teams = await prisma.team.findMany({
    where: { workspaceId, archivedAt: null },
    select: { id: true, name: true, kind: true, _count: { select: { members: { where: { deactivatedAt: null } } } } },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
  });
  const esc = await prisma.$queryRaw<{ teamId: string | null; open: number; late: number; solved: number; solution_median: number | null; returned: number }[]>`
    SELECT e."teamId",
           count(*) FILTER (WHERE e.status IN ('PENDING', 'IN_PROGRESS'))::int AS open,
           count(*) FILTER (WHERE (e.status = 'PENDING' AND e."pickUpDueAt" < ${now})
                               OR (e.status = 'IN_PROGRESS' AND e."solutionDueAt" < ${now}))::int AS late,
           count(*) FILTER (WHERE e.status = 'DONE' AND e."resolvedAt" >= ${from} AND e."resolvedAt" < ${to})::int AS solved,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM e."resolvedAt" - e."createdAt"))
             FILTER (WHERE e.status = 'DONE' AND e."resolvedAt" >= ${from} AND e."resolvedAt" < ${to}) AS solution_median,
           count(*) FILTER (WHERE e.status = 'RETURNED' AND e."resolvedAt" >= ${from} AND e."resolvedAt" < ${to})::int AS returned
      FROM escalations e JOIN cases c ON c.id = e."caseId"
     WHERE c."workspaceId" = ${workspaceId}
     GROUP BY e."teamId"`;
  // Two scans on the same indexes as the dashboard's own (active cases now; cases opened in the period) rather
  // than one with an OR that would read every case of the workspace.
  const openCases = await prisma.$queryRaw<{ teamId: string; open: number }[]>`
    SELECT m."teamId", count(*)::int AS open
      FROM cases c JOIN memberships m ON m."userId" = c."assigneeId" AND m."workspaceId" = c."workspaceId"
     WHERE c."workspaceId" = ${workspaceId} AND c.status IN ('NEW', 'OPEN', 'WAITING_ON_CUSTOMER', 'ESCALATED') AND m."teamId" IS NOT NULL
     GROUP BY m."teamId"`;
  const periodCases = await prisma.$queryRaw<{ teamId: string; handled: number; fr_median: number | null }[]>`
    SELECT m."teamId", count(*)::int AS handled,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY c."firstResponseSeconds") AS fr_median
      FROM cases c JOIN memberships m ON m."userId" = c."assigneeId" AND m."workspaceId" = c."workspaceId"
     WHERE c."workspaceId" = ${workspaceId} AND c."openedAt" >= ${from} AND c."openedAt" < ${to} AND m."teamId" IS NOT NULL
     GROUP BY m."teamId"`;
  const escBy = new Map(esc.map((r) => [r.teamId, r]));
  const serviceFigures = (teamId: string | null, name: string): ServiceTeamFigures => {
    const e = escBy.get(teamId);
    return { kind: "CUSTOMER_SERVICE", teamId, name, open: e?.open ?? 0, late: e?.late ?? 0, solved: e?.solved ?? 0,
      solutionMedianSeconds: num(e?.solution_median), returned: e?.returned ?? 0 };
  };
  const shared = escBy.has(null) ? [serviceFigures(null, "shared queue")] : [];
  if (teams.length === 0) return shared;
  const openBy = new Map(openCases.map((r) => [r.teamId, r.open]));
  const periodBy = new Map(periodCases.map((r) => [r.teamId, r]));
  const named = teams.map((t): TeamFigures => {
    if (t.kind === "CUSTOMER_SERVICE") return serviceFigures(t.id, t.name);
    const c = periodBy.get(t.id);
    return { kind: t.kind, teamId: t.id, name: t.name, members: t._count.members, openCases: openBy.get(t.id) ?? 0, handled: c?.handled ?? 0,
      firstResponseMedianSeconds: num(c?.fr_median) };
  });
  return [...named, ...shared];
}

