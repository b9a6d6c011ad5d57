// Typo tolerance for the inbox search (issue #24): "remboursment", "delivry", "conexion". Only when the search
// as typed finds little (fewer than FEW cases): then each word that finds little on its own gains, as
// OR-alternatives, the words of the member's recent messages that look most like it (pg_trgm similarity), and the
// inbox says what it searched for. A word that finds nothing takes the closest look-alikes; a word that finds a
// few cases (other customers made the same typo: "garentie", "recieved") only look-alikes written at least
// MORE_COMMON times as often, the usual spelling, so a rare but real word (a name) keeps its own results alone.
// A search that finds FEW cases or more is not second-guessed, except for a word one keystroke from a French
// derivation (word-family.ts typoOf: "livraisno", "remboursment"): it is searched with that spelling, and said.
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { caseScopeSql } from "../cases/case-scope";
import { fold } from "../text/fold";
import { formatSearch, parseSearch, type ParsedSearch } from "./parse-search";
import { wordFamily } from "./word-family";
import { searchConditions } from "./search-sql";

/** How many recent messages lend their words: enough for a team's current vocabulary, cheap to scan. */
const RECENT_MESSAGES = 5_000;
const MIN_SIMILARITY = 0.4;
const MAX_ALTERNATIVES = 2;
/** Below this many cases, a search "finds little". */
const FEW = 3;
/** How much more often a look-alike must be written than a word that finds a few cases to be offered for it. */
const MORE_COMMON = 2;

/** How many cases the conditions find, counted up to FEW. */
async function found(prisma: PrismaClient, member: Member, where: Prisma.Sql[]): Promise<number> {
  const [row] = await prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM cases c JOIN channels ch ON ch.id = c."channelId"
      WHERE ${caseScopeSql(member)} AND ${Prisma.join(where, " AND ")} LIMIT ${FEW}) x`;
  return row!.n;
}

/** Look-alike words of recent messages; `rarer`: only those written MORE_COMMON times as often as `word` (and twice at least). */
async function lookalikes(prisma: PrismaClient, member: Member, word: string, rarer: boolean): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ w: string }[]>`
    WITH recent AS (
      SELECT m.body FROM messages m JOIN cases c ON c.id = m."caseId"
       WHERE ${caseScopeSql(member)} ORDER BY m."createdAt" DESC LIMIT ${RECENT_MESSAGES}),
    words AS (SELECT w, count(*) AS n FROM recent, regexp_split_to_table(lower(public.unaccent(body)), '[^[:alnum:]]+') w
               WHERE length(w) BETWEEN 4 AND 30 GROUP BY w),
    own AS (SELECT coalesce(max(n), 0) AS n FROM words WHERE w = ${word})
    SELECT w FROM words, own WHERE public.similarity(w, ${word}) >= ${MIN_SIMILARITY} AND w <> ${word}
       AND (NOT ${rarer} OR words.n >= greatest(2, own.n * ${MORE_COMMON}))
     ORDER BY public.similarity(w, ${word}) DESC, words.n DESC LIMIT ${MAX_ALTERNATIVES}`;
  return rows.map((r) => r.w);
}

/** The search to run instead of `text` (typos given alternatives), or null when `text` is fine as it is. */
export async function correctTypos(prisma: PrismaClient, member: Member, text: string): Promise<string | null> {
  const parsed = parseSearch(text);
  const suspects = parsed.words.flat().filter((w) => /^\p{L}{4,}$/u.test(w));
  if (suspects.length === 0) return null;
  // A word read as a typo of a word one keystroke away (word-family.ts: "livraisno") is searched with it, and said.
  const surely = parsed.words.map((g) => g.flatMap((w) => wordFamily(w).typoOf ?? []).filter((t) => !g.includes(t)));
  const lookAlikes = (await found(prisma, member, searchConditions(parsed))) < FEW;
  if (!lookAlikes && !surely.some((s) => s.length)) return null;
  return respelled(prisma, member, parsed, suspects, surely, lookAlikes);
}

/** The search with the surely-meant spellings, and when it finds little, the look-alikes of its words that do too. */
async function respelled(prisma: PrismaClient, member: Member, parsed: ParsedSearch, suspects: string[], surely: string[][], lookAlikes: boolean): Promise<string | null> {
  let changed = false;
  const words: string[][] = [];
  for (const [i, group] of parsed.words.entries()) {
    const out = [...group, ...surely[i]!];
    if (surely[i]!.length) changed = true;
    for (const w of group) {
      if (!lookAlikes || !suspects.includes(w)) continue;
      const n = await found(prisma, member, searchConditions(parseSearch(w)));
      if (n >= FEW) continue;
      const alternatives = (await lookalikes(prisma, member, fold(w), n > 0)).filter((a) => !out.includes(a));
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
