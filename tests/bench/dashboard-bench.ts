// Dashboard queries at this size (issue 10): the whole 30-day dashboard (computeMetrics as a team lead), the
// per-view counts shown on every inbox load, and the Late view sorted by lateness. Target: p95 ≤ 300 ms for the
// 30-day dashboard.
import type { Database } from "../../lib/db/open-database";
import type { Member } from "../../lib/auth/member";
import { countViews } from "../../lib/cases/count-cases";
import { listCases } from "../../lib/cases/list-cases";
import { listCasesQuery } from "../../lib/cases/schemas";
import { computeMetrics } from "../../lib/metrics/compute-metrics";

export const DASHBOARD_TARGET_MS = 300;

export async function measureDashboard(db: Database, cm: Member, runs: number, warmup: number) {
  const [lead] = await db.sql.query<{ userId: string }>(
    `SELECT ms."userId" FROM memberships ms WHERE ms."workspaceId" = $1 ORDER BY ms."createdAt" LIMIT 1`, [cm.workspaceId]);
  const leadMember: Member = { ...cm, userId: lead?.userId ?? cm.userId, role: "TEAM_LEAD" };
  const [span] = await db.sql.query<{ t: Date }>(`SELECT max("openedAt") AS t FROM cases WHERE "workspaceId" = $1`, [cm.workspaceId]);
  const now = new Date(new Date(span!.t).getTime() + 3_600_000);
  const from = new Date(now.getTime() - 30 * 86_400_000);
  const shapes: [string, () => Promise<unknown>][] = [
    ["dashboard: computeMetrics, 30 days", () => computeMetrics(db.prisma, leadMember, from, now, now)],
    ["inbox: counts of every view", () => countViews(db.prisma, cm, now)],
    ["inbox: Late view, most overdue first", () => listCases(db.prisma, cm, listCasesQuery.parse({ view: "late" }), now)],
  ];
  const lines: string[] = [];
  for (const [label, fn] of shapes) {
    for (let i = 0; i < warmup; i++) await fn();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await fn();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const p = (q: number) => times[Math.min(times.length - 1, Math.ceil((q / 100) * times.length) - 1)]!;
    lines.push(`${label.padEnd(44)} runs ${String(runs).padStart(3)}  p50 ${p(50).toFixed(1).padStart(7)}  p95 ${p(95).toFixed(1).padStart(7)}  max ${p(100).toFixed(1).padStart(7)}  p95 ≤ ${DASHBOARD_TARGET_MS} ms ${p(95) <= DASHBOARD_TARGET_MS ? "PASS" : "FAIL"}`);
  }
  return lines;
}
