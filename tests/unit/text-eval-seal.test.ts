// The text corpora's sealed half is the one nobody tunes on (tests/text-eval/corpus.ts): its bytes must be the
// ones sealed before tuning began, every family must sit on one side only, and each corpus keeps its size.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TASKS, corpusDir, halfFile, halfOf, loadHalf, sha256OfFile } from "../text-eval/corpus";

const seal = JSON.parse(readFileSync(path.join(corpusDir, "seal.json"), "utf8")) as Record<string, string>;
// The minimum sizes (both halves together).
const MIN_ITEMS = { incidents: 600, sentiment: 600, satisfaction: 300, promises: 300, guards: 1500, handoff: 450 } as const;

describe.each(TASKS)("the %s corpus", (task) => {
  it("has a sealed test half whose bytes have not changed", () => {
    expect(seal[task], `no seal for ${task}`).toMatch(/^[0-9a-f]{64}$/);
    expect(sha256OfFile(halfFile(task, "test"))).toBe(seal[task]);
  });

  it("puts every family on the side its hash names, never on both", () => {
    const dev = loadHalf(task, "dev");
    const test = loadHalf(task, "test");
    for (const r of dev) expect(halfOf(task, r.family), r.family).toBe("dev");
    for (const r of test) expect(halfOf(task, r.family), r.family).toBe("test");
    expect(dev.length + test.length).toBeGreaterThanOrEqual(MIN_ITEMS[task]);
    expect(Math.min(dev.length, test.length)).toBeGreaterThan(MIN_ITEMS[task] / 4);
  });

  it("has both languages on each side", () => {
    for (const half of ["dev", "test"] as const) {
      const langs = new Set(loadHalf(task, half).map((r) => r.lang));
      expect([...langs].sort()).toEqual(["en", "fr"]);
    }
  });
});
