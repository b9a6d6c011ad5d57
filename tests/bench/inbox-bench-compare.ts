// The inbox benchmark's --compare: the list query with the enum comparisons proposed for lib/cases/list-cases.ts,
// timed as raw SQL against the SQL listCases() sent, with a check that both return the same rows.
import { performance } from "node:perf_hooks";
import { RUNS, WARMUP, fmtMs, pad, stats, withClient } from "./inbox-bench-common";
import type { Result } from "./inbox-bench-measure";

// ------------------------------------------------------------------------------------------------- proposal

/**
 * The change proposed for lib/cases/list-cases.ts, applied to the SQL it sent: compare the enum columns
 * themselves instead of their ::text, so the planner has statistics for the condition and can use the
 * (workspaceId, status, lastMessageAt, id) index. Same rows, same order (checked below).
 */
function proposedSql(text: string): string {
  const castList = (type: string) => (_m: string, list: string) =>
    list.split(",").map((p) => `${p.trim()}::"${type}"`).join(", ");
  return text
    .replace(/c\.status::text IN \(([^)]*)\)/g, (m, list: string) => `c.status IN (${castList("CaseStatus")(m, list)})`)
    .replace(/c\.priority::text IN \(([^)]*)\)/g, (m, list: string) => `c.priority IN (${castList("Priority")(m, list)})`)
    .replace(/ch\.platform::text = (\$\d+)/g, (_m, p: string) => `ch.platform = ${p}::"Platform"`);
}

export async function compareProposal(url: string, results: Result[]): Promise<void> {
  console.log(
    `\nRaw SQL (node-postgres, no Prisma), ${WARMUP} warm-up + ${RUNS} runs each, interleaved: the SQL listCases() sent ` +
      `vs the same SQL with enum comparisons (proposed list-cases.ts change)\n`,
  );
  const head = `${pad("query", 64)} ${pad("current p50/p95", 17, true)} ${pad("proposed p50/p95", 17, true)}  same rows`;
  console.log(head);
  console.log("-".repeat(head.length));
  await withClient(url, async (c) => {
    for (const r of results) {
      for (const [name, cap] of r.sql) {
        const alt = proposedSql(cap.text);
        if (alt === cap.text) continue;
        const ids = async (text: string) =>
          (await c.query<{ id: string }>(text, cap.values)).rows.map((row) => row.id).join(",");
        const same = (await ids(cap.text)) === (await ids(alt));
        const cur: number[] = [];
        const prop: number[] = [];
        for (let i = 0; i < WARMUP + RUNS; i++) {
          for (const [text, out] of [[cap.text, cur], [alt, prop]] as const) {
            const t0 = performance.now();
            await c.query(text, cap.values);
            if (i >= WARMUP) out.push(performance.now() - t0);
          }
        }
        const a = stats(cur);
        const b = stats(prop);
        console.log(
          `${pad(`${r.scenario.key}: ${name}`, 64)} ${pad(`${fmtMs(a.p50)} / ${fmtMs(a.p95)}`, 17, true)} ` +
            `${pad(`${fmtMs(b.p50)} / ${fmtMs(b.p95)}`, 17, true)}  ${same ? "yes" : "NO"}`,
        );
      }
    }
  });
}
