// `npm run eval:search [-- --dev] [--no-test] [--set 2]`: the judged search sets (judged-set.ts) on an embedded
// database, each in its own workspace. Prints recall at 20, MRR and precision at 20 per set and half; `--dev` also
// lists the development halves' misses (never the test half's: it is read as figures only); `--no-test` leaves the
// test half out (work in progress: each reading of it is reported); `--set N` evaluates one set.
import { createTestDatabase } from "../helpers/test-db";
import { JUDGED_SET_FILES, loadCases, loadJudgedSet, runQuery, summarize, type QueryResult } from "./judged-set";

const showDev = process.argv.includes("--dev");
const noTest = process.argv.includes("--no-test");
const only = process.argv.includes("--set") ? Number(process.argv[process.argv.indexOf("--set") + 1]) : null;
const fmt = (x: number) => x.toFixed(3);
const db = await createTestDatabase();
try {
  for (const [i, file] of JUDGED_SET_FILES.entries()) {
    if (only !== null && only !== i + 1) continue;
    const set = loadJudgedSet(file);
    const { cm, keyOf } = await loadCases(db.prisma, set);
    const results: QueryResult[] = [];
    for (const q of set.queries) if (!(noTest && q.half === "test")) results.push(await runQuery(db.prisma, cm, keyOf, q));
    console.log(`\n${file}: ${set.cases.length} cases, ${set.queries.length} queries`);
    console.log("half   queries  recall@20  MRR    precision@20");
    for (const half of ["dev", "test"] as const) {
      const s = summarize(results.filter((r) => r.query.half === half));
      if (s.queries) console.log(`${half.padEnd(6)} ${String(s.queries).padStart(7)}  ${fmt(s.recallAt20).padStart(9)}  ${fmt(s.mrr)}  ${fmt(s.precisionAt20)}`);
    }
    if (!showDev) continue;
    for (const r of results.filter((x) => x.query.half === "dev" && (x.recall < 1 || x.found.length > x.query.relevant.length))) {
      const missed = r.query.relevant.filter((k) => !r.found.includes(k));
      const extra = r.found.filter((k) => !r.query.relevant.includes(k));
      console.log(`\n${r.query.id} ${JSON.stringify(r.query.query)} (${r.query.why})\n  missed: ${missed.join(" ")}\n  extra:  ${extra.join(" ")}`);
    }
  }
} finally {
  await db.dispose();
}
