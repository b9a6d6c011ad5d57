// Snowball stems (@orama/stemmers), French and English (issue #18). Contract: the input is a FOLDED word
// (fold.ts): the stemmers are accent-sensitive, so "remboursé" and "rembourse" only meet once folded.
// stemsOf gives both languages' stems, for text whose language is mixed or unknown (replies, short messages);
// stem picks one (French unless the text is known to be English). Pure; ships to the composer (the guards).
import { stemmer as frStem } from "@orama/stemmers/french";
import { stemmer as enStem } from "@orama/stemmers/english";

const cache = new Map<string, [string, string]>();

/** [French stem, English stem] of a folded word. Cached (the composer stems on every keystroke). */
export function stemsOf(word: string): [string, string] {
  let hit = cache.get(word);
  if (!hit) {
    hit = [frStem(word), enStem(word)];
    if (cache.size > 20000) cache.clear();
    cache.set(word, hit);
  }
  return hit;
}

/** The stem of a folded word in one language: English for "en", French otherwise (null included). */
export function stem(word: string, lang: "fr" | "en" | null | undefined): string {
  return stemsOf(word)[lang === "en" ? 1 : 0];
}

/** True when two folded words share a French or an English stem. */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const [fa, ea] = stemsOf(a);
  const [fb, eb] = stemsOf(b);
  return fa === fb || ea === eb;
}
