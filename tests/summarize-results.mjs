// Adds up the JSON reports of every suite into the plain closing line CI reads: "tests: N passed, N failed".
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of ["vitest-pglite.json", "vitest-postgres.json", "playwright.json"]) {
  const path = `.test-reports/${file}`;
  if (!existsSync(path)) continue;
  const r = JSON.parse(readFileSync(path, "utf8"));
  if (r.stats) {
    // Playwright
    passed += r.stats.expected;
    failed += r.stats.unexpected + r.stats.flaky;
    skipped += r.stats.skipped;
  } else {
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + r.numTodoTests;
  }
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
