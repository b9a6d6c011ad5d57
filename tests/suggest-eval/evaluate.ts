// `npm run eval:suggest [-- --dev]`: the suggested-replies corpus (corpus.ts) on an embedded database. Prints,
// per half, coverage, usable at rank 1 and within ranks 1–3, the precision of everything offered, leaks of
// another customer's data, and the time to suggest; `--dev` also lists the development half's misses (never
// the test half's: it is read as figures only).
import { performance } from "node:perf_hooks";
import { suggestReplies } from "@/lib/replies/suggest-replies";
import { createTestDatabase } from "../helpers/test-db";
import { corpusCases, judge, loadCorpus, loadSuggestCorpus, summarizeSuggest, type SuggestResult } from "./corpus";

const showDev = process.argv.includes("--dev");
const cases = corpusCases(loadSuggestCorpus());
const db = await createTestDatabase();
try {
  const { cm, idOf } = await loadCorpus(db.prisma, cases);
  const byId = new Map(cases.map((c) => [idOf.get(c.key)!, c]));
  const results: SuggestResult[] = [];
  const times: number[] = [];
  for (const c of cases) {
    const t0 = performance.now();
    const s = await suggestReplies(db.prisma, cm, idOf.get(c.key)!);
    times.push(performance.now() - t0);
    results.push(judge(c, s, byId));
  }
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`.padStart(8);
  console.log(`suggestion corpus: ${cases.length} cases in ${new Set(cases.map((c) => c.family)).size} families`);
  console.log("half   cases  coverage  usable@1  usable@1-3  precision  leaks");
  for (const half of ["dev", "test"] as const) {
    const s = summarizeSuggest(results.filter((r) => r.query.half === half));
    console.log(`${half.padEnd(6)} ${String(s.queries).padStart(5)}  ${pct(s.coverage)}  ${pct(s.usableAt1)}  ${pct(s.usableAt3).padStart(10)}  ${pct(s.precision).padStart(9)}  ${s.leaks}`);
  }
  times.sort((a, b) => a - b);
  console.log(`time to suggest (${cases.length} cases): p50 ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms, p95 ${times[Math.floor(times.length * 0.95)]!.toFixed(1)} ms`);
  if (showDev) {
    for (const r of results.filter((x) => x.query.half === "dev" && !x.judged.slice(0, 3).every((j) => j.usable))) {
      const got = r.judged.map((j) => `${j.usable ? "ok" : "NO"} ${j.source}${j.leaked.length ? ` leaked ${j.leaked.join(",")}` : ""}`);
      console.log(`\n${r.query.key} (${r.query.language}) ${JSON.stringify(r.query.complaint.join(" / "))}\n  ${got.join("\n  ") || "(no suggestion)"}`);
    }
  }
} finally {
  await db.dispose();
}
