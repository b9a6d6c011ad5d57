// lib/search/french-infinitives.json is generated from the installed Lefff lexicon (npm run search:verbs); this
// fails when the two disagree (the package was upgraded and the list not regenerated, or the list hand-edited).
import { createRequire } from "node:module";
import { expect, it } from "vitest";
import type { VerbsInfo } from "french-verbs-lefff";
import { infinitivesOf } from "@/lib/search/lefff-infinitives";
import checkedIn from "@/lib/search/french-infinitives.json";

it("the checked-in French verbs are the installed Lefff lexicon's", () => {
  const lexicon = createRequire(import.meta.url)("french-verbs-lefff/dist/conjugations.json") as VerbsInfo;
  expect(checkedIn).toEqual(infinitivesOf(lexicon));
  expect(checkedIn.length).toBeGreaterThan(7000);
});
