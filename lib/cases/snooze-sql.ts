// The snooze rule of ./snooze-rule.ts (isSnoozed) as SQL conditions on alias `c`, for the lists, the counts and
// the wake sweep. Keep the two in step: the live inbox applies the TypeScript one to each changed row.
import { Prisma } from "../generated/prisma/client";
import { SNOOZABLE_STATUSES } from "./snooze-rule";

const SNOOZABLE = Prisma.join(SNOOZABLE_STATUSES.map((s) => Prisma.sql`${s}::"CaseStatus"`));

/** A snooze in effect: not yet due, on a case that can sleep, whose SLA clock has not run out. */
export function snoozedSql(now: Date): Prisma.Sql {
  // IS NOT NULL first: NOT over a NULL comparison would be NULL and drop every never-snoozed case.
  return Prisma.sql`(c."snoozedUntil" IS NOT NULL AND c."snoozedUntil" > ${now} AND c.status IN (${SNOOZABLE}) AND (c."slaDueAt" IS NULL OR c."slaDueAt" >= ${now}))`;
}

/** Not snoozed, or a snooze that has ended and that the sweep has not cleared yet. */
export function notSnoozedSql(now: Date): Prisma.Sql {
  return Prisma.sql`NOT ${snoozedSql(now)}`;
}
