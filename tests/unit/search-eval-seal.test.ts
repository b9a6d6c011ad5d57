// The judged search set's test half and its cases are sealed (issue #24): changing a query, its expected cases
// or a case text changes this hash. A deliberate new round replaces the set and this hash together, in a commit
// that says so; tuning the search to the test half's misses is what the seal is there to prevent.
import { createHash } from "node:crypto";
import { expect, it } from "vitest";
import { loadJudgedSet } from "../search-eval/judged-set";

it("the judged search set's test half is unchanged", () => {
  const j = loadJudgedSet();
  const sealed = JSON.stringify({ cases: j.cases, test: j.queries.filter((q) => q.half === "test") });
  expect(createHash("sha256").update(sealed).digest("hex")).toBe("037571d1e6863ba3d8727e3484f93aee1aec6d35d7fb286099c542b48f85f81f");
});
