// Prints each suite's counts, then adds up the JSON reports of every suite into the plain closing line CI reads: "tests: N passed, N failed".
// A test file that fails to load, or a hook that throws, fails no test but fails the run: those are named
// here too, so a red run never ends on a line that reads green.
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;
const brokenFiles = [];
for (const file of ["vitest-pglite.json", "vitest-postgres.json", "playwright.json"]) {
  const path = `.test-reports/${file}`;
  if (!existsSync(path)) continue;
  const r = JSON.parse(readFileSync(path, "utf8"));
  if (r.stats) {
    // Playwright
    passed += r.stats.expected;
    failed += r.stats.unexpected + r.stats.flaky;
    skipped += r.stats.skipped;
    console.log(`${file}: ${r.stats.expected} passed, ${r.stats.unexpected + r.stats.flaky} failed, ${r.stats.skipped} skipped`);
    for (const e of r.errors ?? []) brokenFiles.push(`${file}: ${String(e.message ?? "").split("\n")[0]}`);
  } else {
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + r.numTodoTests;
    console.log(`${file}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
    for (const t of r.testResults ?? []) {
      const failedTests = (t.assertionResults ?? []).some((a) => a.status === "failed");
      if (t.status === "failed" && !failedTests) {
        brokenFiles.push(`${file}: ${t.name}: ${String(t.message ?? "").split("\n")[0]}`);
      }
    }
  }
}
for (const line of brokenFiles) console.log(`broken suite: ${line}`);
console.log(
  `tests: ${passed} passed, ${failed} failed, ${skipped} skipped` +
    (brokenFiles.length ? `, ${brokenFiles.length} suite(s) broken` : ""),
);
process.exit(failed > 0 || brokenFiles.length > 0 || passed === 0 ? 1 : 0);
