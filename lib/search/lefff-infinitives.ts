// The French verbs the search knows, taken from Lefff (the `french-verbs-lefff` package, a maintained
// conjugation lexicon, 7,800 verbs) by `npm run search:verbs`, which writes french-infinitives.json. The list is
// checked in so that the app does not load the 6 MB lexicon; tests/unit/search-verbs.test.ts fails when the
// installed lexicon and the checked-in list disagree.
import type { VerbsInfo } from "french-verbs-lefff";

/** Infinitives of the lexicon, sorted; reflexive and multi-word entries left out (search terms are words). */
export function infinitivesOf(conjugations: VerbsInfo): string[] {
  return Object.keys(conjugations).filter((v) => /^[a-zà-ÿœæ]+$/u.test(v)).sort();
}
