// Team lead figures for a period (R2): first-response and resolution times (median, p90), SLA compliance,
// reopen rate, per-agent load, daily trends, plus the open / late / at-risk picture now. Period figures come from
// the cases' stored event times (opened, first answered, resolved, reopened), so any past period can be
// recomputed. One SQL statement per block, all on (workspaceId, …) indexes.
import { atRiskSql } from "../sla/at-risk";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { computeTeamMetrics, type TeamFigures } from "./compute-team-metrics";
import { computeReviewMetrics, type ReviewFigures } from "./compute-review-metrics";

export interface Percentiles { median: number | null; p90: number | null }
export interface AgentFigures {
  userId: string; name: string; open: number; late: number; handled: number; firstResponse: Percentiles; resolved: number;
  /** Replies they wrote in the period (public and private), whoever the case is assigned to. */
  replies: number;
  /** Opened → resolved, on the cases assigned to them that were resolved in the period. */
  handleTime: Percentiles;
}
export interface DayPoint { day: string; opened: number; resolved: number; firstResponseMedian: number | null; slaCompliance: number | null }

export interface Metrics {
  from: Date;
  to: Date;
  open: number;
  late: number;
  atRisk: number;
  firstResponse: Percentiles;
  resolution: Percentiles;
  slaCompliance: number | null;
  reopenRate: number | null;
  csat: { average: number; responses: number } | null;
  /** Reviews opened in the period (Google), null when there were none. */
  reviews: ReviewFigures | null;
  opened: number;
  resolved: number;
  byStatus: Record<string, number>;
  byChannel: { channelId: string; name: string; platform: string; open: number }[];
  byPriority: Record<string, number>;
  perAgent: AgentFigures[];
  /** Customer-service teams on their escalations, community-manager teams on their members' cases. */
  perTeam: TeamFigures[];
  series: { days: DayPoint[] };
}

const ACTIVE = Prisma.sql`c.status IN ('NEW', 'OPEN', 'WAITING_ON_CUSTOMER', 'ESCALATED')`;
// A case closed as "no reply needed" (praise, spam…) expected no first response: not a missed one.
const ANSWER_EXPECTED = Prisma.sql`NOT (c.status = 'CLOSED' AND c."noReplyReason" IS NOT NULL)`;
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));


export async function computeMetrics(prisma: PrismaClient, member: Member, from: Date, to: Date, now = new Date()): Promise<Metrics> {
  assertCan(member.role, "reports.view");
  const ws = member.workspaceId;
  // Three scans, each answered from a covering index (see migration *_dashboard_indexes): the active cases now,
  // the cases opened in the period, the cases resolved in the period.
  const snapshot = await prisma.$queryRaw<{ status: string | null; priority: string | null; channelId: string | null; assigneeId: string | null; g: number; n: number; late: number; atRisk: number }[]>`
    SELECT c.status::text AS status, c.priority::text AS priority, c."channelId", c."assigneeId",
           GROUPING(c.status, c.priority, c."channelId", c."assigneeId")::int AS g, count(*)::int AS n,
           count(*) FILTER (WHERE c."slaDueAt" < ${now})::int AS late,
           count(*) FILTER (WHERE ${atRiskSql(now)})::int AS "atRisk"
      FROM cases c WHERE c."workspaceId" = ${ws} AND ${ACTIVE}
     GROUP BY GROUPING SETS ((c.status), (c.priority), (c."channelId"), (c."assigneeId"), ())`;
  // GROUPING bits: status 8, priority 4, channel 2, assignee 1 (a set bit = not grouped by it).
  const total = snapshot.find((r) => r.g === 15) ?? { n: 0, late: 0, atRisk: 0 };
  const byStatus = Object.fromEntries(snapshot.filter((r) => r.g === 7).map((r) => [r.status!, r.n]));
  const byPriority = Object.fromEntries(snapshot.filter((r) => r.g === 11).map((r) => [r.priority!, r.n]));
  const openByChannel = new Map(snapshot.filter((r) => r.g === 13).map((r) => [r.channelId!, r.n]));
  const openByAgent = new Map(snapshot.filter((r) => r.g === 14 && r.assigneeId).map((r) => [r.assigneeId!, r]));
  const channels = await prisma.channel.findMany({ where: { workspaceId: ws }, select: { id: true, name: true, platform: true } });

  const opened = await prisma.$queryRaw<{ day: string | null; assigneeId: string | null; g: number; opened: number; fr_median: number | null; fr_p90: number | null; reopened: number; sla_due: number; sla_met: number }[]>`
    SELECT to_char(date_trunc('day', c."openedAt"), 'YYYY-MM-DD') AS day, c."assigneeId",
           GROUPING(date_trunc('day', c."openedAt"), c."assigneeId")::int AS g, count(*)::int AS opened,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY c."firstResponseSeconds") AS fr_median,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY c."firstResponseSeconds") AS fr_p90,
           count(*) FILTER (WHERE c."reopenCount" > 0)::int AS reopened,
           count(*) FILTER (WHERE (c."firstRespondedAt" IS NOT NULL OR c."firstResponseDueAt" < ${now}) AND ${ANSWER_EXPECTED})::int AS sla_due,
           count(*) FILTER (WHERE c."firstRespondedAt" <= c."firstResponseDueAt")::int AS sla_met
      FROM cases c WHERE c."workspaceId" = ${ws} AND c."openedAt" >= ${from} AND c."openedAt" < ${to}
       AND c."noReplyReason" IS DISTINCT FROM 'STAFF' -- staff on a personal account are not customers (issue #25)
     GROUP BY GROUPING SETS ((date_trunc('day', c."openedAt")), (c."assigneeId"), ())`;
  const resolved = await prisma.$queryRaw<{ day: string | null; assigneeId: string | null; g: number; resolved: number; median: number | null; p90: number | null; csat_avg: number | null; csat_n: number }[]>`
    SELECT to_char(date_trunc('day', c."resolvedAt"), 'YYYY-MM-DD') AS day, c."assigneeId",
           GROUPING(date_trunc('day', c."resolvedAt"), c."assigneeId")::int AS g, count(*)::int AS resolved,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c."resolvedAt" - c."openedAt")) AS median,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM c."resolvedAt" - c."openedAt")) AS p90,
           avg(c.csat) AS csat_avg, count(c.csat)::int AS csat_n
      FROM cases c WHERE c."workspaceId" = ${ws} AND c."resolvedAt" >= ${from} AND c."resolvedAt" < ${to}
     GROUP BY GROUPING SETS ((date_trunc('day', c."resolvedAt")), (c."assigneeId"), ())`;

  const authored = await prisma.$queryRaw<{ authorUserId: string; replies: number }[]>`
    SELECT m."authorUserId", count(*)::int AS replies
      FROM messages m WHERE m."workspaceId" = ${ws} AND m.direction = 'OUTBOUND' AND m."authorUserId" IS NOT NULL
       AND m."createdAt" >= ${from} AND m."createdAt" < ${to}
     GROUP BY m."authorUserId"`;
  const repliesByAgent = new Map(authored.map((r) => [r.authorUserId, r.replies]));

  const ratio = (a: unknown, b: unknown) => (Number(b) > 0 ? Number(a) / Number(b) : null);
  const p = opened.find((r) => r.g === 3) ?? { opened: 0, fr_median: null, fr_p90: null, reopened: 0, sla_due: 0, sla_met: 0 };
  const res = resolved.find((r) => r.g === 3) ?? { resolved: 0, median: null, p90: null, csat_avg: null, csat_n: 0 };
  const openedByAgent = new Map(opened.filter((r) => r.g === 2 && r.assigneeId).map((r) => [r.assigneeId!, r]));
  const resolvedByAgent = new Map(resolved.filter((r) => r.g === 2 && r.assigneeId).map((r) => [r.assigneeId!, r]));
  const openedByDay = new Map(opened.filter((r) => r.g === 1).map((r) => [r.day!, r]));
  const resolvedByDay = new Map(resolved.filter((r) => r.g === 1).map((r) => [r.day!, r]));
  const agentIds = [...new Set([...openByAgent.keys(), ...openedByAgent.keys(), ...resolvedByAgent.keys(), ...repliesByAgent.keys()])];
  const users = await prisma.user.findMany({ where: { id: { in: agentIds } }, select: { id: true, name: true } });
  const perTeam = await computeTeamMetrics(prisma, ws, from, to, now);
  const reviews = await computeReviewMetrics(prisma, ws, from, to);
  const days: DayPoint[] = [];
  for (let d = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()); d < to.getTime(); d += 86_400_000) {
    const day = new Date(d).toISOString().slice(0, 10);
    const o = openedByDay.get(day);
    days.push({ day, opened: o?.opened ?? 0, resolved: resolvedByDay.get(day)?.resolved ?? 0, firstResponseMedian: num(o?.fr_median), slaCompliance: o ? ratio(o.sla_met, o.sla_due) : null });
  }
  return {
    from, to,
    open: total.n, late: total.late, atRisk: total.atRisk,
    firstResponse: { median: num(p.fr_median), p90: num(p.fr_p90) },
    resolution: { median: num(res.median), p90: num(res.p90) },
    slaCompliance: ratio(p.sla_met, p.sla_due),
    reopenRate: ratio(p.reopened, p.opened),
    // The customers' answers to the satisfaction check (desk, R6) on the cases resolved in the period.
    csat: res.csat_n > 0 ? { average: Number(res.csat_avg), responses: res.csat_n } : null,
    reviews,
    opened: p.opened, resolved: res.resolved,
    byStatus, byPriority,
    byChannel: channels.map((c) => ({ channelId: c.id, name: c.name, platform: c.platform, open: openByChannel.get(c.id) ?? 0 })).sort((a, b) => b.open - a.open),
    perAgent: users.map((u) => {
      const a = openByAgent.get(u.id);
      const o = openedByAgent.get(u.id);
      const r = resolvedByAgent.get(u.id);
      return {
        userId: u.id, name: u.name, open: a?.n ?? 0, late: a?.late ?? 0, handled: o?.opened ?? 0,
        resolved: r?.resolved ?? 0, firstResponse: { median: num(o?.fr_median), p90: num(o?.fr_p90) },
        replies: repliesByAgent.get(u.id) ?? 0, handleTime: { median: num(r?.median), p90: num(r?.p90) },
      };
    }).sort((a, b) => b.open - a.open || a.name.localeCompare(b.name)),
    perTeam,
    series: { days },
  };
}
