// A search listed by relevance (issue #24: "recent and relevant"). Ranking every match of a common word costs a
// score per match (ts_rank_cd reads each case's whole text): "livraison" over 200,000 cases took seconds. So the
// newest RANK_WINDOW matches are ranked, which is what "recent and relevant" asks, and older matches follow them
// newest first. Pages: keyset on (score, id) inside the window, the window pinned to the first page's instant;
// once the window is shown, an ordinary newest-first cursor from its oldest case (no score: ./list-cases.ts reads
// such a cursor as "newest first from here").
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { encodeCursor, type ListCasesQuery } from "./schemas";
import { NEWEST_FIRST, selectCaseRows, toItem, type Row } from "./case-rows";

/** How many of the newest matches are ranked by relevance. */
export const RANK_WINDOW = 500;

export async function listRanked(prisma: PrismaClient, where: Prisma.Sql[], q: ListCasesQuery, score: Prisma.Sql, rankedAt: Date, size = RANK_WINDOW) {
  const window = await prisma.$queryRaw<{ id: string; t: Date }[]>`
    SELECT c.id, c."lastMessageAt" AS t FROM cases c JOIN channels ch ON ch.id = c."channelId"
     WHERE ${Prisma.join(where, " AND ")} AND c."lastMessageAt" <= ${rankedAt}
     ORDER BY ${NEWEST_FIRST} LIMIT ${size}`;
  if (window.length === 0) return { data: [], nextCursor: null };
  const ranked = [Prisma.sql`c.id = ANY(${window.map((w) => w.id)}::text[])`];
  if (q.cursor?.s !== undefined) ranked.push(Prisma.sql`(${score}, c.id) < (${q.cursor.s}::float8, ${q.cursor.id})`);
  let rows: Row[] = await selectCaseRows(prisma, ranked, Prisma.sql`c."searchScore" DESC, c.id DESC`, q.limit + 1, score);
  const n = rankedAt.toISOString();
  if (rows.length > q.limit) {
    const last = rows[q.limit - 1]!;
    return { data: rows.slice(0, q.limit).map(toItem), nextCursor: encodeCursor({ t: last.lastMessageAt.toISOString(), id: last.id, s: last.searchScore ?? 0, n }) };
  }
  const oldest = window.at(-1)!;
  if (window.length === size) {
    // The window's last ranked cases, then the older matches, newest first.
    const before = Prisma.sql`(c."lastMessageAt", c.id) < (${oldest.t}::timestamp, ${oldest.id})`;
    rows = [...rows, ...await selectCaseRows(prisma, [...where, before], NEWEST_FIRST, q.limit - rows.length + 1)];
  }
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  const fromWindow = last !== undefined && last.searchScore !== null;
  const nextCursor = rows.length <= q.limit || !last ? null
    : encodeCursor(fromWindow ? { t: oldest.t.toISOString(), id: oldest.id } : { t: last.lastMessageAt.toISOString(), id: last.id });
  return { data: page.map(toItem), nextCursor };
}
