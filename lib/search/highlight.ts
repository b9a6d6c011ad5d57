// Which words of a text a search matched, for the inbox to mark them (issue #24). The server turns the query
// into match keys (highlightKeys: the stems of every word of each searched word's family, in the language
// each was derived for, and identifiers as typed); the browser marks the words of a preview whose stems meet
// a key (highlightSegments). Pure: the browser side ships no lexicon, only the Snowball stemmers it has.
import { fold } from "../text/fold";
import { stemsOf } from "../text/stem";
import type { ParsedSearch } from "./parse-search";
import { wordFamily } from "./word-family";

export function highlightKeys(p: ParsedSearch): string[] {
  const keys = new Set<string>();
  const both = (w: string) => {
    const [fr, en] = stemsOf(fold(w));
    keys.add(`fr:${fr}`).add(`en:${en}`);
  };
  for (const word of [...p.words.flat(), ...p.phrases.flatMap((x) => x.split(" "))]) {
    if (/\d/.test(word)) {
      keys.add(`id:${fold(word)}`);
      continue;
    }
    const f = wordFamily(word);
    both(f.word);
    for (const w of f.fr) keys.add(`fr:${stemsOf(fold(w))[0]}`);
    for (const w of f.en) keys.add(`en:${stemsOf(fold(w))[1]}`);
  }
  return [...keys];
}

/** The text cut into [piece, matched] segments; words are matched by stem, identifiers inside tokens. */
export function highlightSegments(text: string, keys: string[]): [string, boolean][] {
  if (keys.length === 0) return [[text, false]];
  const set = new Set(keys);
  const ids = keys.filter((k) => k.startsWith("id:")).map((k) => k.slice(3));
  const out: [string, boolean][] = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[-_/][\p{L}\p{N}]+)*/gu)) {
    const f = fold(m[0]);
    const [fr, en] = stemsOf(f);
    const hit = set.has(`fr:${fr}`) || set.has(`en:${en}`) || ids.some((id) => f.includes(id));
    if (!hit) continue;
    if (m.index > last) out.push([text.slice(last, m.index), false]);
    out.push([m[0], true]);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push([text.slice(last), false]);
  return out;
}
