// French and English Snowball stems of folded words (accents already removed: Snowball is accent-sensitive,
// so "remboursé" and "rembourse" only meet once folded). A word gets both stems: drafts mix languages.
import { stemmer as frStem } from "@orama/stemmers/french";
import { stemmer as enStem } from "@orama/stemmers/english";

const cache = new Map<string, [string, string]>();

export function stemsOf(word: string): [string, string] {
  let hit = cache.get(word);
  if (!hit) {
    hit = [frStem(word), enStem(word)];
    if (cache.size > 20000) cache.clear();
    cache.set(word, hit);
  }
  return hit;
}

/** True when the two words share a French or an English stem. */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const [fa, ea] = stemsOf(a);
  const [fb, eb] = stemsOf(b);
  return fa === fb || ea === eb;
}
