// `npm run eval:search [-- --dev] [--no-test]`: the judged search set (judged-set.ts) on an embedded database. Prints
// recall at 20, MRR and precision at 20 per half; `--dev` also lists the development half's misses (never the
// test half's: it is read as figures only).
import { createTestDatabase } from "../helpers/test-db";
import { loadCases, loadJudgedSet, runQuery, summarize, type QueryResult } from "./judged-set";

const showDev = process.argv.includes("--dev");
const set = loadJudgedSet();
const db = await createTestDatabase();
try {
  const { cm, keyOf } = await loadCases(db.prisma, set);
  const results: QueryResult[] = [];
  for (const q of set.queries) if (!(process.argv.includes("--no-test") && q.half === "test")) results.push(await runQuery(db.prisma, cm, keyOf, q));
  const fmt = (x: number) => x.toFixed(3);
  console.log(`judged set: ${set.cases.length} cases, ${set.queries.length} queries`);
  console.log("half   queries  recall@20  MRR    precision@20");
  // `--no-test`: the development half only, for work in progress (each reading of the test half is reported).
  for (const half of process.argv.includes("--no-test") ? (["dev"] as const) : (["dev", "test"] as const)) {
    const s = summarize(results.filter((r) => r.query.half === half));
    console.log(`${half.padEnd(6)} ${String(s.queries).padStart(7)}  ${fmt(s.recallAt20).padStart(9)}  ${fmt(s.mrr)}  ${fmt(s.precisionAt20)}`);
  }
  if (showDev) {
    for (const r of results.filter((x) => x.query.half === "dev" && (x.recall < 1 || x.found.length > x.query.relevant.length))) {
      const missed = r.query.relevant.filter((k) => !r.found.includes(k));
      const extra = r.found.filter((k) => !r.query.relevant.includes(k));
      console.log(`\n${r.query.id} ${JSON.stringify(r.query.query)} (${r.query.why})\n  missed: ${missed.join(" ")}\n  extra:  ${extra.join(" ")}`);
    }
  }
} finally {
  await db.dispose();
}
