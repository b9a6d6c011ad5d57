// Case counts for the inbox: one figure per saved view tab (the member's scope only, as the tabs link to the
// bare views) and the total behind the current filters, so a list never hides how long it is.
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { caseScopeSql } from "./case-scope";
import { filterSql, viewSql, viewWhere } from "./list-cases";
import { notSnoozedSql } from "./snooze-sql";
import { SAVED_VIEWS, type ListCasesQuery, type SavedView } from "./schemas";

export type ViewCounts = Record<SavedView | "all", number>;

export async function countViews(prisma: PrismaClient, member: Member, now = new Date()): Promise<ViewCounts> {
  const cols = SAVED_VIEWS.map((v) => Prisma.sql`count(*) FILTER (WHERE ${viewSql(v, member.userId, now)})::int AS ${Prisma.raw(`"${v}"`)}`);
  const [row] = await prisma.$queryRaw<ViewCounts[]>`
    SELECT count(*) FILTER (WHERE ${notSnoozedSql(now)})::int AS "all", ${Prisma.join(cols, ", ")} FROM cases c WHERE ${caseScopeSql(member)}`;
  return row!;
}

export async function countCases(prisma: PrismaClient, member: Member, q: ListCasesQuery, now = new Date()): Promise<number> {
  const where = [...filterSql(member, q, now), ...viewWhere(q, member.userId, now)];
  // Filters that need the channel join (platform) are expressed on ch.
  const [row] = await prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM cases c JOIN channels ch ON ch.id = c."channelId" WHERE ${Prisma.join(where, " AND ")}`;
  return row!.n;
}
