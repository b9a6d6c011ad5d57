// "At risk" (the dashboard, the inbox's SLA filter, the time rules of issue #22 and their preview): the case's
// running SLA clock is not out yet but less than AT_RISK_SHARE of its span is left, the span being measured on
// wall time from the case's opening to the clock's due time. One definition, as SQL over `cases c` and as a
// predicate over the same two columns, so a count on the dashboard and what a rule acts on always agree.
import { Prisma } from "../generated/prisma/client";

/** The share of the clock's span left below which a case is at risk. */
export const AT_RISK_SHARE = 0.25;

/** SQL over `cases c`: at risk at `now`. */
export function atRiskSql(now: Date): Prisma.Sql {
  return Prisma.sql`c."slaDueAt" >= ${now} AND c."slaDueAt" < ${now}::timestamp + (c."slaDueAt" - c."openedAt") * ${AT_RISK_SHARE}`;
}

/** The same test on a case's values. */
export function isAtRisk(c: { slaDueAt: Date | null; openedAt: Date }, now: Date): boolean {
  if (!c.slaDueAt) return false;
  const left = c.slaDueAt.getTime() - now.getTime();
  return left >= 0 && left < (c.slaDueAt.getTime() - c.openedAt.getTime()) * AT_RISK_SHARE;
}
