// Team lead figures for a period (R2): first-response and resolution times (median, p90), SLA compliance,
// reopen rate, per-agent load, daily trends, plus the open / late / at-risk picture now. Period figures come from
// the cases' stored event times (opened, first answered, resolved, reopened), so any past period can be
// recomputed. One SQL statement per block, all on (workspaceId, …) indexes.
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";

export interface Percentiles { median: number | null; p90: number | null }
export interface AgentFigures { userId: string; name: string; open: number; late: number; handled: number; firstResponse: Percentiles; resolved: number }
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
  opened: number;
  resolved: number;
  byStatus: Record<string, number>;
  byChannel: { channelId: string; name: string; platform: string; open: number }[];
  byPriority: Record<string, number>;
  perAgent: AgentFigures[];
  series: { days: DayPoint[] };
}

const ACTIVE = Prisma.sql`c.status IN ('NEW', 'OPEN', 'WAITING_ON_CUSTOMER', 'ESCALATED')`;
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** At risk: less than the policy's share of its target left, approximated on wall time from the clock's start. */
function atRiskSql(now: Date) {
  return Prisma.sql`c."slaDueAt" >= ${now} AND c."slaDueAt" < ${now}::timestamp + (c."slaDueAt" - c."openedAt") * 0.25`;
}

export async function computeMetrics(prisma: PrismaClient, member: Member, from: Date, to: Date, now = new Date()): Promise<Metrics> {
  assertCan(member.role, "reports.view");
  const ws = member.workspaceId;
  const [snap] = await prisma.$queryRaw<{ open: number; late: number; atRisk: number }[]>`
    SELECT count(*) FILTER (WHERE ${ACTIVE})::int AS open,
           count(*) FILTER (WHERE c."slaDueAt" < ${now})::int AS late,
           count(*) FILTER (WHERE ${atRiskSql(now)})::int AS "atRisk"
      FROM cases c WHERE c."workspaceId" = ${ws} AND ${ACTIVE}`;
  const byStatusRows = await prisma.$queryRaw<{ k: string; n: number }[]>`
    SELECT status::text AS k, count(*)::int AS n FROM cases c WHERE c."workspaceId" = ${ws} AND ${ACTIVE} GROUP BY 1`;
  const byPriorityRows = await prisma.$queryRaw<{ k: string; n: number }[]>`
    SELECT priority::text AS k, count(*)::int AS n FROM cases c WHERE c."workspaceId" = ${ws} AND ${ACTIVE} GROUP BY 1`;
  const byChannel = await prisma.$queryRaw<Metrics["byChannel"]>`
    SELECT ch.id AS "channelId", ch.name, ch.platform::text AS platform, count(c.id)::int AS open
      FROM channels ch LEFT JOIN cases c ON c."channelId" = ch.id AND ${ACTIVE}
     WHERE ch."workspaceId" = ${ws} GROUP BY ch.id ORDER BY open DESC`;
  const [period] = await prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT count(*)::int AS opened,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY c."firstResponseSeconds") AS fr_median,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY c."firstResponseSeconds") AS fr_p90,
           count(*) FILTER (WHERE c."reopenCount" > 0)::int AS reopened,
           count(*) FILTER (WHERE c."firstRespondedAt" IS NOT NULL OR c."firstResponseDueAt" < ${now})::int AS sla_due,
           count(*) FILTER (WHERE c."firstRespondedAt" IS NOT NULL AND c."firstRespondedAt" <= c."firstResponseDueAt")::int AS sla_met
      FROM cases c WHERE c."workspaceId" = ${ws} AND c."openedAt" >= ${from} AND c."openedAt" < ${to}`;
  const [res] = await prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT count(*)::int AS resolved,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c."resolvedAt" - c."openedAt")) AS median,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM c."resolvedAt" - c."openedAt")) AS p90
      FROM cases c WHERE c."workspaceId" = ${ws} AND c."resolvedAt" >= ${from} AND c."resolvedAt" < ${to}`;
  const perAgent = await prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT u.id AS "userId", u.name,
           count(*) FILTER (WHERE ${ACTIVE})::int AS open,
           count(*) FILTER (WHERE c."slaDueAt" < ${now})::int AS late,
           count(*) FILTER (WHERE c."openedAt" >= ${from} AND c."openedAt" < ${to})::int AS handled,
           count(*) FILTER (WHERE c."resolvedAt" >= ${from} AND c."resolvedAt" < ${to})::int AS resolved,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY c."firstResponseSeconds") FILTER (WHERE c."openedAt" >= ${from} AND c."openedAt" < ${to}) AS fr_median,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY c."firstResponseSeconds") FILTER (WHERE c."openedAt" >= ${from} AND c."openedAt" < ${to}) AS fr_p90
      FROM cases c JOIN users u ON u.id = c."assigneeId"
     WHERE c."workspaceId" = ${ws} AND (${ACTIVE} OR c."openedAt" >= ${from} OR c."resolvedAt" >= ${from})
     GROUP BY u.id ORDER BY open DESC, u.name`;
  const days = await prisma.$queryRaw<Record<string, unknown>[]>`
    WITH d AS (SELECT generate_series(date_trunc('day', ${from}::timestamp), ${to}::timestamp - interval '1 microsecond', interval '1 day') AS day),
         o AS (SELECT date_trunc('day', c."openedAt") AS day, count(*)::int AS opened,
                      percentile_cont(0.5) WITHIN GROUP (ORDER BY c."firstResponseSeconds") AS fr,
                      count(*) FILTER (WHERE c."firstRespondedAt" IS NOT NULL OR c."firstResponseDueAt" < ${now})::int AS due,
                      count(*) FILTER (WHERE c."firstRespondedAt" <= c."firstResponseDueAt")::int AS met
                 FROM cases c WHERE c."workspaceId" = ${ws} AND c."openedAt" >= ${from} AND c."openedAt" < ${to} GROUP BY 1),
         r AS (SELECT date_trunc('day', c."resolvedAt") AS day, count(*)::int AS resolved
                 FROM cases c WHERE c."workspaceId" = ${ws} AND c."resolvedAt" >= ${from} AND c."resolvedAt" < ${to} GROUP BY 1)
    SELECT to_char(d.day, 'YYYY-MM-DD') AS day, coalesce(o.opened, 0) AS opened, coalesce(r.resolved, 0) AS resolved, o.fr, o.due, o.met
      FROM d LEFT JOIN o ON o.day = d.day LEFT JOIN r ON r.day = d.day ORDER BY d.day`;
  const p = period!;
  const ratio = (a: unknown, b: unknown) => (Number(b) > 0 ? Number(a) / Number(b) : null);
  return {
    from, to,
    open: snap!.open, late: snap!.late, atRisk: snap!.atRisk,
    firstResponse: { median: num(p.fr_median), p90: num(p.fr_p90) },
    resolution: { median: num(res!.median), p90: num(res!.p90) },
    slaCompliance: ratio(p.sla_met, p.sla_due),
    reopenRate: ratio(p.reopened, p.opened),
    // Satisfaction answers are recorded by the desk (issue #8); until cases carry them there is no data.
    csat: null,
    opened: Number(p.opened), resolved: Number(res!.resolved),
    byStatus: Object.fromEntries(byStatusRows.map((r) => [r.k, r.n])),
    byPriority: Object.fromEntries(byPriorityRows.map((r) => [r.k, r.n])),
    byChannel,
    perAgent: perAgent.map((a) => ({
      userId: String(a.userId), name: String(a.name), open: Number(a.open), late: Number(a.late), handled: Number(a.handled),
      resolved: Number(a.resolved), firstResponse: { median: num(a.fr_median), p90: num(a.fr_p90) },
    })),
    series: {
      days: days.map((d) => ({
        day: String(d.day), opened: Number(d.opened), resolved: Number(d.resolved),
        firstResponseMedian: num(d.fr), slaCompliance: ratio(d.met, d.due),
      })),
    },
  };
}
