// Text normalisation shared by scoring and incident grouping (DESIGN §4): case and accent folding, elisions and
// curly apostrophes split ("l'armoire" → "armoire"), then Snowball stems (French and English; the stemmers are
// accent-sensitive, so folding comes first). Stop words from stopwords-iso.
import { stemmer as stemFr } from "@orama/stemmers/french";
import { stemmer as stemEn } from "@orama/stemmers/english";
import stopwords from "stopwords-iso/stopwords-iso.json" with { type: "json" };

export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[’‘`´]/g, "'");
}

const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'/;

/** Folded word tokens; elided French articles dropped; "n't" kept as "not". */
export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of fold(text).replace(/n't\b/g, " not").split(/[^a-z0-9'+]+/)) {
    const w = raw.replace(ELISION, "").replace(/^'+|'+$/g, "");
    if (w) out.push(w);
  }
  return out;
}

const STOP = new Set([...(stopwords as Record<string, string[]>).fr!, ...(stopwords as Record<string, string[]>).en!].map(fold));

export function isStopWord(w: string): boolean {
  return STOP.has(w);
}

/** One stem per language-agnostic token: the French stem for French text, the English one otherwise. */
export function stem(word: string, lang: "fr" | "en" | null): string {
  return lang === "en" ? stemEn(word) : stemFr(word);
}

/** Content stems of a text (stop words and 1-letter tokens out), for similarity. */
export function contentStems(text: string, lang: "fr" | "en" | null): string[] {
  return tokens(text).filter((w) => w.length > 1 && !STOP.has(w) && !/^\d+$/.test(w)).map((w) => stem(w, lang));
}
