// The suggested-replies corpus's test half is sealed (issue #24 §4): changing a test family's case, reply or
// personal data changes this hash. A deliberate new round replaces the families and this hash together, in a
// commit that says so; tuning the suggestions to the test half's misses is what the seal is there to prevent.
import { createHash } from "node:crypto";
import { expect, it } from "vitest";
import { loadSuggestCorpus } from "../suggest-eval/corpus";

it("the suggestion corpus's test half is unchanged", () => {
  const sealed = JSON.stringify(loadSuggestCorpus().families.filter((f) => f.half === "test"));
  expect(createHash("sha256").update(sealed).digest("hex")).toBe("5c25db9cb81f6d3dac36adfa631a6c1aa10b96fc70aff6227fb1920bfbb69c07");
});
