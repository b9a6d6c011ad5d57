// "Text contains" for rules (issue #22), through the shared text module: a rule's word matches a message's word
// when, once both are folded (accents and case gone: lib/text/fold), they share a French or English stem, or the
// message's word shares a stem with one of the rule word's family (lib/search/word-family: "livraison" ↔ "livrée",
// "livrer", "ils livrent"; "delivery" ↔ "delivered"). A phrase matches its words in a row.
// Contract: pure; compile a rule's words once (compileWords), then test any number of texts (wordsOf once per text).
import { fold } from "../text/fold";
import { splitWords } from "../text/tokenize";
import { stemsOf } from "../text/stem";
import { wordFamily } from "../search/word-family";

/** One folded word of a text, with its [French, English] stems. */
export interface TextWord { word: string; fr: string; en: string }

/** What one rule word accepts: French stems and English stems. */
interface WordKey { fr: Set<string>; en: Set<string> }

export type CompiledWords = WordKey[][]; // one entry per word or phrase; a phrase is several keys in a row

export function wordsOf(text: string): TextWord[] {
  return splitWords(fold(text)).map(({ word }) => {
    const [fr, en] = stemsOf(word);
    return { word, fr, en };
  });
}

function keyOf(word: string): WordKey {
  const [fr, en] = stemsOf(word);
  const key: WordKey = { fr: new Set([fr]), en: new Set([en]) };
  const fam = wordFamily(word);
  for (const w of fam.fr) key.fr.add(stemsOf(fold(w))[0]);
  for (const w of fam.en) key.en.add(stemsOf(fold(w))[1]);
  return key;
}

export function compileWords(list: readonly string[]): CompiledWords {
  return list.map((entry) => splitWords(fold(entry)).map(({ word }) => keyOf(word))).filter((k) => k.length > 0);
}

const accepts = (k: WordKey, w: TextWord) => k.fr.has(w.fr) || k.en.has(w.en);

function contains(text: readonly TextWord[], phrase: WordKey[]): boolean {
  outer: for (let i = 0; i + phrase.length <= text.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (!accepts(phrase[j]!, text[i + j]!)) continue outer;
    return true;
  }
  return false;
}

/** How many of the compiled words or phrases the text contains. */
export function countMatches(text: readonly TextWord[], compiled: CompiledWords): number {
  let n = 0;
  for (const phrase of compiled) if (contains(text, phrase)) n++;
  return n;
}
