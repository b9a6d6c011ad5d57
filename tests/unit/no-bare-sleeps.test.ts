// Issue 28: tests that slept a fixed time instead of waiting for what they needed passed on a quiet machine and
// failed on a busy CI runner. Every wait in tests/ (benchmarks excepted: their figures are about time) waits on
// the event itself — tests/helpers/eventually.ts, a fake clock, a promise the code resolves — or says, in a
// comment holding `no-event:` on the same or the previous line, why no event exists.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
const SKIP_DIRS = new Set([path.join(ROOT, "bench")]);
// This file holds bare waits as sample text for its own matcher below.
const SELF = path.resolve(__filename);

/** A timer used to pass time, Playwright's fixed wait, and the usual names of sleep helpers. */
const BARE_WAIT = [
  /(?<![\w.$])set(?:Timeout|Interval)\s*\(/, // not test.setTimeout(…), which sets a test's time limit
  /\bwaitForTimeout\s*\(/,
  /\b(?:sleep|later|delay)\s*\(/,
];
const MARKER = /(?:\/\/|\/\*|^\s*\*).*\bno-event:/;

/** The code of a line: without a trailing `//` comment, nothing for a line inside a block comment. */
function codeOf(line: string): string {
  if (/^\s*(?:\*|\/\*)/.test(line)) return "";
  return line.replace(/(^|\s)\/\/.*$/, "$1");
}

/** 1-based numbers of the lines of `source` that wait without a `no-event:` comment on that line or the one before. */
function bareWaits(source: string): number[] {
  const lines = source.split("\n");
  const found: number[] = [];
  lines.forEach((line, i) => {
    if (!BARE_WAIT.some((re) => re.test(codeOf(line)))) return;
    if (MARKER.test(line) || (i > 0 && MARKER.test(lines[i - 1]!))) return;
    found.push(i + 1);
  });
  return found;
}

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return SKIP_DIRS.has(p) ? [] : testFiles(p);
    return /\.(?:ts|mts|js|mjs)$/.test(e.name) && p !== SELF ? [p] : [];
  });
}

describe("the matcher", () => {
  it("flags sleeps, fixed waits and sleep helpers that say nothing", () => {
    const bad = [
      "await new Promise((r) => setTimeout(r, 50));",
      "await page.waitForTimeout(3_000);",
      "await sleep(10);",
      "  await later(200); // give the NOTIFY a moment",
      "const tick = setInterval(send, 125);",
      "await delay(5);",
    ];
    for (const line of bad) expect(bareWaits(line), line).toEqual([1]);
    // The marker must be next to the wait, not somewhere above it.
    expect(bareWaits("// no-event: far away\nconst x = 1;\nawait sleep(5);")).toEqual([3]);
    // A comment that says nothing about why is not a marker.
    expect(bareWaits("// wait for it\nawait sleep(5);")).toEqual([2]);
  });

  it("lets through explained waits, time limits and text that only mentions a timer", () => {
    const good = [
      "// no-event: the fake platform retries on its own clock\nawait new Promise((r) => setTimeout(r, 50));",
      "await new Promise((r) => setTimeout(r, 50)); // no-event: the pacing is the scenario",
      "test.setTimeout(180_000);",
      "await eventually(() => count(), (n) => n === 6);",
      "// used to be: await new Promise((r) => setTimeout(r, 1_500));",
      " * and sleep(5) in a JSDoc line",
      "await clock.advance(40);",
    ];
    for (const sample of good) expect(bareWaits(sample), sample).toEqual([]);
  });
});

describe("tests/ (benchmarks excepted)", () => {
  it("waits on events, or says next to a wait why no event exists", () => {
    const files = testFiles(ROOT);
    // Not trivially passing: the walk did reach the suite.
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain(path.join(ROOT, "e2e", "restart.spec.ts"));
    const offenders = files.flatMap((f) => {
      const source = readFileSync(f, "utf8");
      const lines = source.split("\n");
      return bareWaits(source).map((n) => `${path.relative(ROOT, f)}:${n}: ${lines[n - 1]!.trim()}`);
    });
    expect(offenders, "wait on the event (tests/helpers/eventually.ts) or explain with `// no-event: …`").toEqual([]);
  });
});
