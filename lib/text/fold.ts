// Folding: the one place that turns what people type into the form every text analysis compares (issue #18).
// Why one place: scoring, guards, incidents, satisfaction answers and mentions each used to fold on their own,
// each a little differently (one knew "œ", another curly quotes, a third neither), so the same word matched in
// one feature and not in the next.
//
// Contract of a folded string:
//   - lower case, accents removed (NFD, combining marks dropped): "Réglé" → "regle";
//   - ligatures spelled out: œ → oe, æ → ae, ß → ss;
//   - apostrophes and their look-alikes (’ ‘ ` ´ ʼ ′) → "'"; quotation marks « » “ ” „ → '"';
//   - every run of white space → one " ", none at either end;
//   - everything else (punctuation, digits, emoji) kept as typed.
// foldWithMap also keeps, for every folded character, the offset of the original character it came from, so a
// match found on the folded text can be shown on the text as typed (the guards highlight spans in a draft).
// Pure and dependency-free: the composer runs it on every keystroke.

export interface Folded {
  /** The folded text (contract above). */
  text: string;
  /** map[i] = offset in the original of folded character i; map[text.length] = the original's length. */
  map: number[];
}

const MARKS = /\p{M}+/gu;
const QUOTES: Record<string, string> = {
  "’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "′": "'",
  "«": '"', "»": '"', "“": '"', "”": '"', "„": '"',
};
const QUOTE_CHARS = /[’‘`´ʼ′«»“”„]/g;
const LIGATURES: Record<string, string> = { "œ": "oe", "æ": "ae", "ß": "ss" };
const LIGATURE_CHARS = /[œæß]/g;

const charCache = new Map<string, string>();

/** One character (code point) folded: "É" → "e", "Œ" → "oe", "’" → "'", "\t" → " ", a combining mark → "". */
export function foldChar(ch: string): string {
  const hit = charCache.get(ch);
  if (hit !== undefined) return hit;
  let out: string;
  if (QUOTES[ch]) out = QUOTES[ch];
  else if (/^\s$/u.test(ch)) out = " ";
  else out = ch.normalize("NFD").replace(MARKS, "").toLowerCase().replace(LIGATURE_CHARS, (c) => LIGATURES[c]!);
  if (charCache.size < 5000) charCache.set(ch, out);
  return out;
}

/** The folded text (contract above). Same result as foldWithMap(text).text, without building the map. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(MARKS, "")
    .toLowerCase()
    .replace(LIGATURE_CHARS, (c) => LIGATURES[c]!)
    .replace(QUOTE_CHARS, (c) => QUOTES[c]!)
    .replace(/\s+/gu, " ")
    .trim();
}

/** The folded text with its offset map back to the original (see Folded). */
export function foldWithMap(text: string): Folded {
  let out = "";
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    // Code unit by code unit: the map is indexed like the string (a surrogate pair takes two entries).
    for (let k = 0; k < f.length; k++) {
      if (f[k] === " " && (out.length === 0 || out.endsWith(" "))) continue;
      out += f[k];
      map.push(i);
    }
    i += ch.length;
  }
  if (out.endsWith(" ")) {
    out = out.slice(0, -1);
    map.pop();
  }
  map.push(text.length);
  return { text: out, map };
}

/**
 * Maps the span [start, end) of a folded text back to the original: from the character the first folded one
 * came from to just after the one the last came from (a surrogate pair counts whole).
 */
export function originalSpan(f: Folded, start: number, end: number, original: string): { start: number; end: number } {
  const s = f.map[start] ?? original.length;
  const last = end > start ? f.map[end - 1]! : s;
  let e = last;
  if (end > start) {
    const cp = original.codePointAt(last);
    e = last + (cp !== undefined && cp > 0xffff ? 2 : 1);
  }
  return { start: s, end: Math.max(s, e) };
}
