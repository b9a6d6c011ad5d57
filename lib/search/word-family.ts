// The other words a customer may have written for the idea of one search word (issue #24): "livraison" is
// also "livrer", "livrée", "ils livrent"; "delivery" is also "delivered". PostgreSQL's Snowball stemmers join
// inflections (livrée/livré, refunded/refund) but not derivations (livraison ↔ livr, delivery ↔ deliv), nor the
// verb forms they leave whole ("livrent"). The search ORs a word with its family at query time, so the index
// and ingestion are unchanged.
//
// French relatives: french-family.ts; English: english-family.ts. Contract: pure; input any word as typed; output
// the folded word and its relatives per language (search-sql.ts queries each list with its own language's stemmer).
import { fold } from "../text/fold";
import { stemsOf } from "../text/stem";
import { englishFamily } from "./english-family";
import { FR_NOUN_VERB, frenchFamily, frenchFamilyOfVerb, verbs } from "./french-family";

export interface WordFamily {
  /** The word, folded: searched in both languages. */
  word: string;
  /** French relatives, to search with the French stemmer only (so "pay" from "payment" cannot meet "payé"). */
  fr: string[];
  /** English relatives, to search with the English stemmer only. */
  en: string[];
  /** The word as it was surely meant, when `fr` is the family of a word one keystroke away ("remboursment"). */
  typoOf?: string;
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** Words one keystroke away (a letter left out, added, swapped with the next, or mistyped). */
function oneEditAway(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= w.length; i++) {
    if (i < w.length) out.push(w.slice(0, i) + w.slice(i + 1));
    if (i < w.length - 1) out.push(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
    for (const c of LETTERS) {
      out.push(w.slice(0, i) + c + w.slice(i));
      if (i < w.length) out.push(w.slice(0, i) + c + w.slice(i + 1));
    }
  }
  return out;
}

/**
 * The French family of a long word that has none, read as a typo of a word that has one ("remboursment" →
 * "remboursement": rembourser's family). Only when one French verb is one keystroke away: an ambiguous typo,
 * or a word of another language near no French derivation, keeps no family. Search finds misspelt words whose stem
 * happens to match something ("remboursment" meets "rembours" in English) without their family otherwise, and the
 * look-alike retry (correct-typos.ts) does not run for a search that finds something.
 */
function typoFamily(f: string): { family: string[]; typoOf: string } | null {
  if (f.length < 8) return null;
  const { folded } = verbs();
  const infinitives = new Map<string, string>(); // infinitive → the first spelling that led to it
  for (const v of oneEditAway(f)) {
    for (const [noun, verb] of FR_NOUN_VERB) {
      if (noun === "" || !v.endsWith(noun)) continue;
      const inf = v.slice(0, v.length - noun.length) + verb;
      if (folded.has(inf) && !infinitives.has(inf)) infinitives.set(inf, v);
    }
  }
  if (infinitives.size !== 1) return null;
  const [[inf, typoOf]] = [...infinitives] as [[string, string]];
  return { family: frenchFamilyOfVerb(inf), typoOf };
}

const families = new Map<string, WordFamily>();
const FAMILIES_KEPT = 2_000;

/**
 * A search word and its relatives in each language (at most 30 each; none that the word's stems already reach).
 * Pure, so remembered: one search asks for the same word's family several times (the typo check, the count, the
 * list's conditions, its ranking, the highlight), and a long word without a family tries ~700 one-keystroke
 * spellings. Callers must not change what they get.
 */
export function wordFamily(word: string): WordFamily {
  let family = families.get(word);
  if (!family) {
    if (families.size >= FAMILIES_KEPT) families.clear();
    family = computeWordFamily(word);
    families.set(word, family);
  }
  return family;
}

function computeWordFamily(word: string): WordFamily {
  const f = fold(word);
  if (!/^\p{L}{3,}$/u.test(f)) return { word: f, fr: [], en: [] };
  const [frS, enS] = stemsOf(f);
  const fresh = (list: string[], lang: 0 | 1) => [...new Set(list)]
    .filter((w) => w !== f && stemsOf(fold(w))[lang] !== (lang === 0 ? frS : enS)).slice(0, 30);
  const fr = fresh(frenchFamily(f, word.toLowerCase()), 0);
  const en = fresh(englishFamily(f), 1);
  if (fr.length) return { word: f, fr, en };
  const typo = typoFamily(f);
  return typo ? { word: f, fr: fresh(typo.family, 0), en, typoOf: typo.typoOf } : { word: f, fr, en };
}
