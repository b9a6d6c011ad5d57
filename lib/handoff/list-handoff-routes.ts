// GET /api/v1/handoff-routes (R10, issue #25): the routes customers reported as not working, with their failure
// counts per kind of problem and per ISO week, for leads (reports.view). Also the counts the composer's guard
// reads for one workspace (failedRouteCounts).
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { problemFamily, type FailedRouteCount } from "./check-failed-routes";
import type { HandoffRoutesQuery } from "./schemas";

export interface HandoffRouteRow {
  route: string;
  kind: string;
  display: string;
  family: string | null;
  /** Monday (UTC) of the week, YYYY-MM-DD. */
  week: string;
  failures: number;
  lastAt: string;
}

const DAY = 86_400_000;

export async function listHandoffRoutes(prisma: PrismaClient, member: Member, q: HandoffRoutesQuery): Promise<HandoffRouteRow[]> {
  assertCan(member.role, "reports.view");
  const rows = await prisma.handoffFailure.findMany({
    where: { workspaceId: member.workspaceId, createdAt: { gte: new Date(Date.now() - q.days * DAY) } },
    select: { route: true, kind: true, display: true, problem: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: 5_000,
  });
  const out = new Map<string, HandoffRouteRow>();
  for (const r of rows) {
    const family = problemFamily(r.problem);
    const week = mondayOf(r.createdAt);
    const key = `${r.route}\u0000${family}\u0000${week}`;
    const row = out.get(key) ?? { route: r.route, kind: r.kind, display: r.display, family, week, failures: 0, lastAt: r.createdAt.toISOString() };
    row.failures += 1;
    out.set(key, row);
  }
  return [...out.values()].sort((a, b) => b.week.localeCompare(a.week) || b.failures - a.failures || a.route.localeCompare(b.route));
}

/** Failures of each route per kind of problem over the last 7 days (the composer's warning). */
export async function failedRouteCounts(prisma: PrismaClient, workspaceId: string, now = new Date()): Promise<FailedRouteCount[]> {
  const groups = await prisma.handoffFailure.groupBy({
    by: ["route", "problem"], where: { workspaceId, createdAt: { gte: new Date(now.getTime() - 7 * DAY) } }, _count: { _all: true },
  });
  return groups.map((g) => ({ route: g.route, family: problemFamily(g.problem), count: g._count._all }));
}

function mondayOf(d: Date): string {
  const day = (d.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day)).toISOString().slice(0, 10);
}
