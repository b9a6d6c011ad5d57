// The vocabulary incident grouping reads complaints with (R7, issue #18 §3): concepts, each a French and an
// English list of cues, written from how customers complain (registers, texting, no accents) — not from any one
// corpus. A cue is, on folded text (lib/text/fold.ts), tokenised by lib/text/tokenize.ts (so "can't" is
// "can not", "tjrs" is "toujours", elided "l'" / "j'" are dropped):
//   - a word: matches the word itself or any word with the same Snowball stem in the cue's language
//     ("rembourse" matches remboursé, remboursement is its own cue);
//   - "pref*": any word starting with "pref" (typos and inflections the stemmer does not join);
//   - a phrase "w1 w2 …": those words in order, at most one other word between two of them.
// Problem types (taxonomy.ts) are conjunctions of these concepts, so a concept names ONE idea ("lost",
// "parcel", "charged"), in both languages, and never decides a problem alone.

import { INDUSTRY_CONCEPTS } from "./concepts-industries";
import { SERVICE_CONCEPTS } from "./concepts-service";
import { TRADE_CONCEPTS } from "./concepts-trade";

export type ConceptCues = readonly [fr: string, en: string];

export const CONCEPTS = { ...TRADE_CONCEPTS, ...SERVICE_CONCEPTS, ...INDUSTRY_CONCEPTS } as const;

export type Concept = keyof typeof CONCEPTS;
