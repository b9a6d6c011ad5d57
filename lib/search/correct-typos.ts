// Typo tolerance for the inbox search (issue #24): "remboursment", "delivry", "conexion". Only when the search
// as typed finds nothing: then each word that finds nothing on its own gains, as OR-alternatives, the words of
// the member's recent messages that look most like it (pg_trgm similarity), and the inbox says what it
// searched for instead. A search that finds something is never second-guessed.
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { caseScopeSql } from "../cases/case-scope";
import { fold } from "../text/fold";
import { formatSearch, parseSearch } from "./parse-search";
import { searchConditions } from "./search-sql";

/** How many recent messages lend their words: enough for a team's current vocabulary, cheap to scan. */
const RECENT_MESSAGES = 5_000;
const MIN_SIMILARITY = 0.4;
const MAX_ALTERNATIVES = 2;

async function finds(prisma: PrismaClient, member: Member, where: Prisma.Sql[]): Promise<boolean> {
  const [row] = await prisma.$queryRaw<{ found: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM cases c JOIN channels ch ON ch.id = c."channelId"
      WHERE ${caseScopeSql(member)} AND ${Prisma.join(where, " AND ")}) AS found`;
  return row!.found;
}

async function lookalikes(prisma: PrismaClient, member: Member, word: string): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ w: string }[]>`
    WITH recent AS (
      SELECT m.body FROM messages m JOIN cases c ON c.id = m."caseId"
       WHERE ${caseScopeSql(member)} ORDER BY m."createdAt" DESC LIMIT ${RECENT_MESSAGES}),
    words AS (SELECT w, count(*) AS n FROM recent, regexp_split_to_table(lower(public.unaccent(body)), '[^[:alnum:]]+') w
               WHERE length(w) BETWEEN 4 AND 30 GROUP BY w)
    SELECT w FROM words WHERE public.similarity(w, ${word}) >= ${MIN_SIMILARITY} AND w <> ${word}
     ORDER BY public.similarity(w, ${word}) DESC, n DESC LIMIT ${MAX_ALTERNATIVES}`;
  return rows.map((r) => r.w);
}

/** The search to run instead of `text` (typos given alternatives), or null when `text` is fine as it is. */
export async function correctTypos(prisma: PrismaClient, member: Member, text: string): Promise<string | null> {
  const parsed = parseSearch(text);
  const suspects = parsed.words.flat().filter((w) => /^\p{L}{4,}$/u.test(w));
  if (suspects.length === 0 || (await finds(prisma, member, searchConditions(parsed)))) return null;
  let changed = false;
  const words: string[][] = [];
  for (const group of parsed.words) {
    const out = [...group];
    for (const w of group) {
      if (!suspects.includes(w) || (await finds(prisma, member, searchConditions(parseSearch(w))))) continue;
      const alternatives = await lookalikes(prisma, member, fold(w));
      if (alternatives.length) changed = true;
      out.push(...alternatives);
    }
    words.push(out);
  }
  return changed ? formatSearch({ ...parsed, words }) : null;
}

/** A list query as every list of cases runs it (inbox page, API, live counts): a search that finds nothing is
 *  retried with look-alike words. `searchedFor` is the search run instead of the typed one, or null. */
export async function withTypoRetry<Q extends { q?: string | undefined }>(prisma: PrismaClient, member: Member, query: Q): Promise<{ query: Q; searchedFor: string | null }> {
  const searchedFor = query.q ? await correctTypos(prisma, member, query.q) : null;
  return { query: searchedFor ? { ...query, q: searchedFor } : query, searchedFor };
}
