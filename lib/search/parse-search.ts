// The inbox's search syntax (issue #24), the one people know from mail and web search:
//   words            every word must match (its word family, accents and case ignored)
//   a OR b           either word (OR in capitals: "or" is a French word)
//   "exact phrase"   the words together, in this order
//   -word -"phrase"  leave out cases that have it
//   from:@handle     by this author (handle or name)
//   platform:x       facebook (messenger too), x (twitter), instagram
//   rating:<=2       the customer's rating (<, <=, =, >=, >)
//   is:unanswered    not answered yet; also is:answered, is:escalated
// Pure and without server imports: the inbox highlights what the query matched with the same parse.
// Unknown operators ("foo:bar") are read as words, so a pasted URL or a time ("10:30") still searches.

export interface ParsedSearch {
  /** Every group must match; a group is one word or words joined by OR. */
  words: string[][];
  phrases: string[];
  excludedWords: string[];
  excludedPhrases: string[];
  from: string | null;
  platform: string | null;
  rating: { op: "<" | "<=" | "=" | ">=" | ">"; value: number } | null;
  is: ("unanswered" | "answered" | "escalated")[];
}

const PLATFORMS: Record<string, string> = {
  facebook: "FACEBOOK", fb: "FACEBOOK", messenger: "FACEBOOK", x: "X", twitter: "X", instagram: "INSTAGRAM", ig: "INSTAGRAM",
  google: "GOOGLE", gbp: "GOOGLE", youtube: "YOUTUBE", yt: "YOUTUBE",
};
const IS = new Set(["unanswered", "answered", "escalated"]);
// A quoted phrase, or a run of non-space characters (an operator, a word, an identifier).
const TOKEN = /(-?)"([^"]*)"?|(\S+)/gu;

/** Words of a free-text run: letters and digits, keeping identifiers whole ("ML-52004", "#A-17" → "A-17"). */
export function searchWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:[-_/.'’][\p{L}\p{N}]+)*/gu) ?? [];
}

export function parseSearch(input: string): ParsedSearch {
  const out: ParsedSearch = { words: [], phrases: [], excludedWords: [], excludedPhrases: [], from: null, platform: null, rating: null, is: [] };
  let or = false;
  for (const m of input.matchAll(TOKEN)) {
    if (m[3] === "OR" || m[3] === "|") {
      or = out.words.length > 0;
      continue;
    }
    if (m[2] !== undefined) {
      const phrase = searchWords(m[2]).join(" ");
      if (phrase) (m[1] ? out.excludedPhrases : out.phrases).push(phrase);
      continue;
    }
    const token = m[3]!;
    const op = /^(from|platform|rating|is):(.+)$/i.exec(token);
    if (op && applyOperator(out, op[1]!.toLowerCase(), op[2]!)) continue;
    if (token.startsWith("-") && token.length > 1) out.excludedWords.push(...searchWords(token.slice(1)));
    else {
      const words = searchWords(token);
      if (or && words.length) out.words[out.words.length - 1]!.push(words.shift()!);
      out.words.push(...words.map((w) => [w]));
    }
    or = false;
  }
  return out;
}

function applyOperator(out: ParsedSearch, key: string, value: string): boolean {
  switch (key) {
    case "from": {
      const who = value.replace(/^@/, "").trim();
      if (!who) return false;
      out.from = who;
      return true;
    }
    case "platform": {
      const p = PLATFORMS[value.toLowerCase()];
      if (!p) return false;
      out.platform = p;
      return true;
    }
    case "rating": {
      const r = /^(<=|>=|<|>|=)?([1-5])$/.exec(value);
      if (!r) return false;
      out.rating = { op: (r[1] ?? "=") as NonNullable<ParsedSearch["rating"]>["op"], value: Number(r[2]) };
      return true;
    }
    case "is": {
      const v = value.toLowerCase();
      if (!IS.has(v)) return false;
      out.is.push(v as ParsedSearch["is"][number]);
      return true;
    }
  }
  return false;
}

/** True when the query asks for something beyond operators (words or phrases to look for in the text). */
export function hasTextTerms(p: ParsedSearch): boolean {
  return p.words.length + p.phrases.length > 0;
}

/** The query text of a parsed search (the inverse of parseSearch, up to spacing and operator order). */
export function formatSearch(p: ParsedSearch): string {
  const quote = (x: string) => `"${x}"`;
  return [
    ...p.words.map((g) => g.join(" OR ")), ...p.phrases.map(quote), ...p.excludedWords.map((w) => `-${w}`),
    ...p.excludedPhrases.map((x) => `-${quote(x)}`), ...(p.from ? [`from:@${p.from}`] : []),
    ...(p.platform ? [`platform:${p.platform.toLowerCase()}`] : []), ...(p.rating ? [`rating:${p.rating.op}${p.rating.value}`] : []),
    ...p.is.map((x) => `is:${x}`),
  ].join(" ");
}
