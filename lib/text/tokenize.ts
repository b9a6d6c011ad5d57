// Tokenising French and English the one way every text analysis shares (issue #18): words of a folded text
// (fold.ts), with elisions, contractions and texting shorthands taken apart so that "n'est", "isn't", "isnt"
// and "c pas" all reach a reader as the words they stand for.
//
// Contract:
//   - tokenize(text) folds first; tokenizeFolded(folded) takes an already folded string. Token offsets
//     (start, end) are offsets in that folded string: the span of the word as typed (every token spelled out
//     of one typed word shares its span).
//   - French elisions l' d' qu' j' n' s' c' m' t' jusqu' lorsqu' puisqu' give two tokens: the elided form
//     as typed ("l'", elided: true; elidedBase() names the full word, "le") then the bare word ("armoire").
//     "aujourd'hui" and other apostrophe words stay whole.
//   - English: "isn't" → "is" "not" (won't → will, can't → can), 'll → will, 're → are, 've → have,
//     'm → am, 'd → would, 's → is after a pronoun ("it's") and dropped otherwise (possessive).
//   - Shorthands (shorthands.ts): "isnt" → is not, "jsp" → je sais pas, "ya"/"y'a" → il y a, "chui" → je suis;
//     "dont" → do not only for English text; "c" before another word → c' est ("c pas normal"); "g" before a
//     participle or a negation → j' ai ("g plus l'erreur").
//   - breakBefore: a sentence or clause break (punctuation, emoji) stands between the previous token and
//     this one: the scope of a negation stops there (negation.ts).
import { fold } from "./fold";
import { spelledOut } from "./shorthands";

export type Lang = "fr" | "en";

export interface Token {
  /** The folded word: "armoire", "l'", "not". */
  word: string;
  /** Offsets in the folded string of the word as typed. */
  start: number;
  end: number;
  /** A French elided form ("l'", "n'", "qu'"). */
  elided?: true;
  /** Spelled out of a contraction or shorthand ("not" of "isn't", "je" of "jsp"): not typed as such. */
  expanded?: true;
  /** A sentence or clause break precedes this token. */
  breakBefore: boolean;
}

const ELIDED_BASE: Readonly<Record<string, string>> = {
  "l'": "le", "d'": "de", "j'": "je", "m'": "me", "n'": "ne", "s'": "se", "t'": "te", "c'": "ce",
  "qu'": "que", "jusqu'": "jusque", "lorsqu'": "lorsque", "puisqu'": "puisque",
};
/** The elided function words as typed ("l'", "qu'", …). */
export const ELIDED_FORMS: readonly string[] = Object.keys(ELIDED_BASE);

/** The full function word of an elided form: "l'" → "le", "qu'" → "que"; undefined for any other word. */
export function elidedBase(word: string): string | undefined {
  return ELIDED_BASE[word];
}

const WORD = /[\p{L}\p{N}_]+(?:'[\p{L}\p{N}_]+)*/gu;
const BREAK = /[.!?;:,…|()[\]{}—–•]|\p{Extended_Pictographic}|(?:^|\s)-(?:\s|$)/u;
const ELISION = /^(jusqu|lorsqu|puisqu|qu|l|d|j|m|n|s|t|c)'(.+)$/;
const NT_BASE: Record<string, string> = { wo: "will", ca: "can", sha: "shall", ai: "is" };
const CLITIC: Record<string, string> = { ll: "will", re: "are", ve: "have", m: "am", d: "would" };
const S_IS = new Set(["it", "that", "there", "here", "he", "she", "what", "where", "who", "how"]);
const WHOLE: Record<string, string[]> = { "y'a": ["il", "y", "a"], "let's": ["let", "us"] };

/** Words of one typed word (no white space in it), apostrophes taken apart. */
function split(w: string): { word: string; elided?: true; expanded?: true }[] {
  if (WHOLE[w]) return WHOLE[w].map((word) => ({ word, expanded: true }));
  const el = ELISION.exec(w);
  if (el) return [{ word: `${el[1]}'`, elided: true }, ...split(el[2]!)];
  const nt = /^(.+)n't$/.exec(w);
  if (nt) return [{ word: NT_BASE[nt[1]!] ?? nt[1]!, expanded: true }, { word: "not", expanded: true }];
  const cl = /^(.+)'(ll|re|ve|m|d|s)$/.exec(w);
  if (cl) {
    const base = { word: cl[1]!, expanded: true as const };
    if (cl[2] !== "s") return [base, { word: CLITIC[cl[2]!]!, expanded: true }];
    return S_IS.has(cl[1]!) ? [base, { word: "is", expanded: true }] : [{ word: cl[1]! }];
  }
  return [{ word: w }];
}

/** "g" is texted "j'ai" before a participle, a negation or an object ("g plus l'erreur", "g reçu", "g gardé mon
 *  numéro"); alone, or before anything else ("vitamine g", "5 g"), it stays a letter. */
const G_NEXT = /^(plus|pas|jamais|rien|bien|eu|recu|fait|garde|gardee|vu|pu|du|reussi|trouve|essaye|teste|paye|perdu|compris|besoin|enfin|toujours|encore|ete|attendu|appele|demande|change|un|une|le|la|les|l|des|mon|ma|mes|ton|ta|tes|votre|vos)$/;

/** Tokens of an already folded string (see the contract above). */
export function tokenizeFolded(folded: string, lang?: Lang | null): Token[] {
  const out: Token[] = [];
  const raw = [...folded.matchAll(WORD)];
  let prevEnd = 0;
  raw.forEach((m, i) => {
    const start = m.index;
    const end = start + m[0].length;
    const breakBefore = out.length > 0 && BREAK.test(folded.slice(prevEnd, start));
    prevEnd = end;
    let parts: { word: string; elided?: true; expanded?: true }[];
    const full = spelledOut(m[0], lang);
    const next = raw[i + 1];
    if (full !== undefined) {
      parts = full.split(" ").flatMap(split).map((p) => ({ ...p, expanded: true as const }));
    } else if (m[0] === "c" && next && !BREAK.test(folded.slice(end, next.index))) {
      parts = [{ word: "c'", elided: true }, { word: "est", expanded: true }];
    } else if (m[0] === "g" && lang !== "en" && next && G_NEXT.test(next[0]) && !BREAK.test(folded.slice(end, next.index))) {
      parts = [{ word: "j'", elided: true }, { word: "ai", expanded: true }];
    } else {
      parts = split(m[0]);
      // "y a" for "il y a" when no subject is written: "y a un souci".
      if (m[0] === "y" && next?.[0] === "a" && !["il", "n'"].includes(out.at(-1)?.word ?? "")) {
        parts = [{ word: "il", expanded: true }, { word: "y" }];
      }
    }
    parts.forEach((p, k) => out.push({ ...p, start, end, breakBefore: k === 0 && breakBefore }));
  });
  return out;
}

/** Tokens of a text: folded first (fold.ts), offsets in fold(text). */
export function tokenize(text: string, lang?: Lang | null): Token[] {
  return tokenizeFolded(fold(text), lang);
}

/** The bare words of a text (no elided forms), folded and spelled out: "L'appli n'marche pas" → appli marche pas. */
export function words(text: string, lang?: Lang | null): string[] {
  return tokenize(text, lang).filter((t) => !t.elided).map((t) => t.word);
}

/**
 * Plain word segmentation of a folded string, nothing spelled out: letters, digits and "_" runs with their
 * offsets. For readers that lay the text out themselves (the guards' rule layout).
 */
export function splitWords(folded: string): { word: string; start: number; end: number }[] {
  return [...folded.matchAll(/[\p{L}\p{N}_]+/gu)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}
