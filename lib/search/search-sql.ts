// A parsed search (parse-search.ts) as conditions on the inbox query's `cases c JOIN channels ch`. Words match
// through the full-text index with their word family (word-family.ts); phrases through the index, then
// checked word for word on the messages; operators as plain column conditions. Server only.
import { Prisma } from "../generated/prisma/client";
import { fold } from "../text/fold";
import { multiwordShorthands, shorthandsOf } from "../text/shorthands";
import type { ParsedSearch } from "./parse-search";
import { wordFamily } from "./word-family";

/** The tsquery of one search word: its family, or an identifier in the ways people write it (identifierQuery). */
function wordQuery(word: string): Prisma.Sql {
  if (/^\p{L}+(-\p{L}+)+$/u.test(word)) return compoundQuery(word);
  if (/\d/.test(word) || !/^\p{L}+$/u.test(word)) return identifierQuery(word);
  const { word: w, fr, en } = wordFamily(word);
  const parts = [Prisma.sql`inbox_tsquery(${w})`];
  // What customers abbreviate ("cmd" for "commande"), for the word or a French relative written out.
  const shorthands = [...new Set([w, ...fr.map(fold)].flatMap(shorthandsOf))];
  if (shorthands.length) parts.push(Prisma.sql`inbox_tsquery(${shorthands.join(" or ")})`);
  // The same three readings as inbox_tsquery (accented French stems unaccented, folded French, English), each
  // for its own language's relatives.
  if (fr.length) {
    const q = fr.join(" or ");
    parts.push(Prisma.sql`public.unaccent('public.unaccent'::regdictionary, websearch_to_tsquery('pg_catalog.french'::regconfig, ${q})::text)::tsquery`,
      Prisma.sql`websearch_to_tsquery('public.inbox_fr'::regconfig, ${q})`);
  }
  if (en.length) parts.push(Prisma.sql`websearch_to_tsquery('public.inbox_en'::regconfig, ${en.join(" or ")})`);
  return Prisma.sql`(${Prisma.join(parts, " || ")})`;
}

/**
 * A hyphenated word as people also write it: apart or glued ("rendez-vous": "rendez vous"; "e-mail": "email"),
 * or abbreviated ("rdv"). As typed, the parser wants the compound itself, which "Rendez vous pris" does not hold.
 */
function compoundQuery(word: string): Prisma.Sql {
  const f = fold(word);
  const parts = [Prisma.sql`inbox_tsquery(${word})`, Prisma.sql`inbox_tsquery(${`"${f.split("-").join(" ")}"`})`,
    Prisma.sql`inbox_tsquery(${f.replaceAll("-", "")})`];
  const shorthands = shorthandsOf(f);
  if (shorthands.length) parts.push(Prisma.sql`inbox_tsquery(${shorthands.join(" or ")})`);
  return Prisma.sql`(${Prisma.join(parts, " || ")})`;
}

/** A number this long names one thing (an order, a parcel) whatever its prefix; shorter ones ("403") do not. */
const SPECIFIC_DIGITS = 5;

/**
 * An identifier as typed, and as others write the same one: the parser reads "ML-52004" as "ml" and "-52004", so
 * a bare number also meets the signed form; letters and digits glued or apart ("E-403", "E403", "AF 1234",
 * "TGV6621"); a long number without its prefix ("CMD-73301" finds "n° 73301"); a phone number in pairs, spaced or
 * dotted ("0612345678": "06 12 34 56 78", "06.12.34.56.78", which the parser keeps as one token).
 */
function identifierQuery(word: string): Prisma.Sql {
  const parts = [Prisma.sql`inbox_tsquery(${word})`];
  const runs = fold(word).match(/\p{L}+|\d+/gu) ?? [];
  const digits = runs.filter((r) => /^\d+$/.test(r));
  if (/^\d+$/.test(word)) parts.push(Prisma.sql`${`'-${word}'`}::tsquery`);
  if (runs.length > 1 && digits.length > 0) {
    // Apart: "AF 1234"; and hyphenated, which the parser reads as a signed number ("GH-482-KL": gh, -482, kl).
    const signed = runs.map((r, i) => (i > 0 && /^\d+$/.test(r) ? `'-${r}'` : `'${r}'`)).join(" <-> ");
    parts.push(Prisma.sql`inbox_tsquery(${runs.join("")})`, Prisma.sql`inbox_tsquery(${`"${runs.join(" ")}"`})`, Prisma.sql`${signed}::tsquery`);
    if (digits.length === 1 && digits[0]!.length >= SPECIFIC_DIGITS) {
      parts.push(Prisma.sql`(inbox_tsquery(${digits[0]!}) || ${`'-${digits[0]!}'`}::tsquery)`);
    }
  }
  if (/^0\d{7,13}$/.test(word) && word.length % 2 === 0) {
    const pairs = word.match(/\d\d/g)!;
    parts.push(Prisma.sql`inbox_tsquery(${`"${pairs.join(" ")}"`})`, Prisma.sql`${`'${pairs.join(".")}'`}::tsquery`);
  }
  return Prisma.sql`(${Prisma.join(parts, " || ")})`;
}

/** Folded text of a case's messages contains the phrase (its words in order, one space apart). */
function phraseSql(phrase: string): Prisma.Sql {
  const words = fold(phrase).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  const pattern = `% ${words} %`;
  // The index narrows the cases first, unless the phrase is only stop words ("on me"): the index holds none of
  // them, so only the messages can tell (a constant condition the planner folds away).
  const indexed = Prisma.sql`inbox_tsquery(${`"${phrase}"`})`;
  return Prisma.sql`((numnode(${indexed}) = 0 OR c.search @@ ${indexed}) AND EXISTS (SELECT 1 FROM messages m WHERE m."caseId" = c.id
    AND ' ' || regexp_replace(lower(public.unaccent(m.body)), '[^[:alnum:]]+', ' ', 'g') || ' ' LIKE ${pattern}))`;
}

const RATING_OPS = { "<": Prisma.sql`<`, "<=": Prisma.sql`<=`, "=": Prisma.sql`=`, ">=": Prisma.sql`>=`, ">": Prisma.sql`>` };

/** The tsquery every match of the search's words meets (each group, AND-ed); null without words. */
function wordsQuery(p: ParsedSearch): Prisma.Sql | null {
  if (!p.words.length) return null;
  const groupQuery = (g: string[]) => (g.length === 1 ? wordQuery(g[0]!) : Prisma.sql`(${Prisma.join(g.map(wordQuery), " || ")})`);
  const out: Prisma.Sql[] = [];
  for (let i = 0; i < p.words.length;) {
    const run = wordRun(p.words, i);
    const groups = p.words.slice(i, i + run.length).map(groupQuery);
    out.push(run.alternative ? Prisma.sql`((${Prisma.join(groups, " && ")}) || ${run.alternative})` : groups[0]!);
    i += run.length;
  }
  return Prisma.sql`(${Prisma.join(out, " && ")})`;
}

/**
 * Words that are also written as one, from word `i` on: a number typed in groups ("5560 8812 03" is also
 * "5560881203"), an expression and its abbreviation ("mot de passe": "mdp"; "mise à jour": "maj").
 */
function wordRun(words: string[][], i: number): { length: number; alternative: Prisma.Sql | null } {
  const single = (j: number) => (words[j]?.length === 1 ? fold(words[j]![0]!) : null);
  let j = i;
  while (single(j) !== null && /^\d+$/.test(single(j)!)) j++;
  if (j - i >= 2) {
    const joined = words.slice(i, j).map((g) => g[0]).join("");
    return { length: j - i, alternative: Prisma.sql`(inbox_tsquery(${joined}) || ${`'-${joined}'`}::tsquery)` };
  }
  for (const [full, shorts] of multiwordShorthands()) {
    const n = full.split(" ").length;
    if (words.slice(i, i + n).map((_, k) => single(i + k)).join(" ") === full) {
      return { length: n, alternative: Prisma.sql`inbox_tsquery(${shorts.join(" or ")})` };
    }
  }
  return { length: 1, alternative: null };
}

/** Days after which a match counts half as much: a complaint of this week outranks the same words last quarter. */
const RELEVANCE_HALF_LIFE_DAYS = 30;

/**
 * How well a case answers the search, for ranking (issue #24: "recent and relevant"): the words' cover density in
 * the case's text (ts_rank_cd: several query words close together rank higher), counted twice for the words as typed
 * (their own stems, before their families: "punition" ranks the customer who wrote "punition" above one who wrote
 * "on punit"), softened by the text's length (1 + its logarithm: a short complaint about it ranks above a long
 * thread that mentions it once, without burying a long message that says it several times), halved every
 * RELEVANCE_HALF_LIFE_DAYS of the case's last activity before `now`. Null when the search has no words (phrases and
 * operators alone filter): the list is then newest first.
 */
export function relevanceSql(p: ParsedSearch, now: Date): Prisma.Sql | null {
  const q = wordsQuery(p);
  if (!q) return null;
  const typed = Prisma.sql`inbox_tsquery(${p.words.map((g) => (g.length === 1 ? g[0]! : `(${g.join(" or ")})`)).join(" ")})`;
  const doc = Prisma.sql`coalesce(c.search, ''::tsvector)`;
  return Prisma.sql`((ts_rank_cd(${doc}, ${q}, 1) + ts_rank_cd(${doc}, ${typed}, 1))::float8
    * power(0.5::float8, extract(epoch FROM (${now}::timestamp - c."lastMessageAt"))::float8 / ${RELEVANCE_HALF_LIFE_DAYS * 86_400}::float8))`;
}

/** Conditions for a parsed search; a query with nothing to look for (only punctuation) finds nothing. */
export function searchConditions(p: ParsedSearch): Prisma.Sql[] {
  const out: Prisma.Sql[] = [];
  const empty = !p.words.length && !p.phrases.length && !p.excludedWords.length && !p.excludedPhrases.length
    && !p.from && !p.platform && !p.rating && !p.is.length;
  if (empty) return [Prisma.sql`false`];
  const words = wordsQuery(p);
  if (words) out.push(Prisma.sql`c.search @@ ${words}`);
  for (const phrase of p.phrases) out.push(phraseSql(phrase));
  for (const w of p.excludedWords) out.push(Prisma.sql`NOT (coalesce(c.search, ''::tsvector) @@ ${wordQuery(w)})`);
  for (const phrase of p.excludedPhrases) out.push(Prisma.sql`NOT ${phraseSql(phrase)}`);
  if (p.from) {
    const who = p.from.toLowerCase();
    out.push(Prisma.sql`EXISTS (SELECT 1 FROM contacts ct LEFT JOIN contact_identities i ON i."contactId" = ct.id
      WHERE ct.id = c."contactId" AND (lower(ltrim(i.handle, '@')) = ${who}
        OR lower(public.unaccent(ct."displayName")) LIKE ${`%${who.replace(/[\\%_]/g, "\\$&")}%`}))`);
  }
  if (p.platform) out.push(Prisma.sql`ch.platform = ${p.platform}::"Platform"`);
  // A review's stars where the case is a review, the customer's CSAT otherwise.
  if (p.rating) out.push(Prisma.sql`COALESCE(c.rating, c.csat) ${RATING_OPS[p.rating.op]} ${p.rating.value}`);
  for (const is of p.is) {
    if (is === "unanswered") out.push(Prisma.sql`c."firstRespondedAt" IS NULL`);
    else if (is === "answered") out.push(Prisma.sql`c."firstRespondedAt" IS NOT NULL`);
    else out.push(Prisma.sql`c.status = 'ESCALATED'::"CaseStatus"`);
  }
  return out;
}
