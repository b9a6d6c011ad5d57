// The inbox benchmark's report: the timing table (p50/p95/p99 per query shape, PASS/FAIL against the targets) and
// EXPLAIN (ANALYZE, BUFFERS) of the SQL each shape sent, written to tests/bench/.output/last-plans.txt.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CASES, OUTPUT_DIR, PLANS_FILE, TARGET_MS, fmtMs, pad, stats, withClient } from "./inbox-bench-common";
import type { Result } from "./inbox-bench-measure";

export function printTable(results: Result[]): string[] {
  const lines: string[] = [];
  const head =
    `${pad("query", 50)} ${pad("runs", 5, true)} ${pad("p50", 7, true)} ${pad("p95", 7, true)} ` +
    `${pad("p99", 7, true)} ${pad("max", 7, true)} ${pad("rows", 6, true)} ${pad("matching", 9, true)}  target`;
  lines.push(head, "-".repeat(head.length + 10));
  for (const r of results) {
    const st = stats(r.times);
    const target = TARGET_MS[r.scenario.kind];
    const pass = st.p95 <= target ? "PASS" : "FAIL";
    const rows = [...new Set(r.rows)].sort((a, b) => a - b).join("/");
    const matching = [...r.matching.values()].reduce((a, b) => a + b, 0);
    const matchCol = r.matching.size > 1 ? "" : matching.toLocaleString("en-US");
    lines.push(
      `${pad(r.scenario.label, 50)} ${pad(String(r.times.length), 5, true)} ${pad(fmtMs(st.p50), 7, true)} ` +
        `${pad(fmtMs(st.p95), 7, true)} ${pad(fmtMs(st.p99), 7, true)} ${pad(fmtMs(st.max), 7, true)} ` +
        `${pad(rows, 6, true)} ${pad(matchCol, 9, true)}  p95 ≤ ${target} ms ${pass}`,
    );
    if (r.byInput.size > 1) {
      for (const [name, times] of r.byInput) {
        const s2 = stats(times);
        lines.push(
          `${pad(`    ${name}`, 50)} ${pad(String(times.length), 5, true)} ${pad(fmtMs(s2.p50), 7, true)} ` +
            `${pad(fmtMs(s2.p95), 7, true)} ${pad(fmtMs(s2.p99), 7, true)} ${pad(fmtMs(s2.max), 7, true)} ` +
            `${pad("", 6)} ${pad((r.matching.get(name) ?? NaN).toLocaleString("en-US"), 9, true)}`,
        );
      }
    }
  }
  return lines;
}

export async function explainAll(url: string, results: Result[], table: string[]): Promise<string> {
  const ordered = [...results].sort((a, b) => stats(b.times).p95 - stats(a.times).p95);
  const out: string[] = [
    `inbox-bench plans, ${new Date().toISOString()}, ${CASES.toLocaleString("en-US")} cases`,
    "",
    ...table,
    "",
    `Slowest query shape (by p95) first. EXPLAIN (ANALYZE, BUFFERS) of the exact SQL and parameters listCases() sent.`,
  ];
  await withClient(url, async (c) => {
    for (const [i, r] of ordered.entries()) {
      out.push("", "=".repeat(100), `${i === 0 ? "SLOWEST: " : ""}${r.scenario.label} (p95 ${fmtMs(stats(r.times).p95)} ms)`);
      for (const [name, cap] of r.sql) {
        out.push("", `--- ${name}`, `parameters: ${JSON.stringify(cap.values)}`);
        if (i === 0 && name === [...r.sql.keys()][0]) out.push("", cap.text.replace(/^\s*\n/, ""), "");
        const plan = await c.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${cap.text}`, cap.values);
        out.push(...plan.rows.map((row) => row["QUERY PLAN"]));
      }
    }
  });
  mkdirSync(OUTPUT_DIR, { recursive: true });
  writeFileSync(PLANS_FILE, out.join("\n") + "\n");
  return path.relative(process.cwd(), PLANS_FILE);
}
