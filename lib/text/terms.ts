// Stop words and content terms (issue #18): what a text is about, for similarity and grouping.
// Stop words: stopwords-iso's French and English lists, folded (fold.ts), plus the elided function words
// ("l'", "qu'", …) as the tokenizer emits them. Kept out of stem.ts so the composer's bundle (the guards)
// does not carry the lists.
import stopwords from "stopwords-iso/stopwords-iso.json" with { type: "json" };
import { fold } from "./fold";
import { stem } from "./stem";
import { ELIDED_FORMS, tokenize, type Lang } from "./tokenize";

const lists = stopwords as Record<string, string[]>;
const STOP = new Set([...lists.fr!, ...lists.en!].map(fold).concat(ELIDED_FORMS));

/** True for a folded French or English stop word ("le", "the", "n'", "qu'"). */
export function isStopWord(word: string): boolean {
  return STOP.has(word);
}

/**
 * Content terms of a text: its tokens (tokenize.ts) without stop words, elided forms, one-letter words and
 * bare numbers, stemmed in `lang` (French when null). "Les colis n'arrivent pas" → ["colis", "arrivent"→stem].
 */
export function contentTerms(text: string, lang: Lang | null): string[] {
  return tokenize(text, lang)
    .filter((t) => !t.elided && t.word.length > 1 && !STOP.has(t.word) && !/^\d+$/.test(t.word))
    .map((t) => stem(t.word, lang));
}
