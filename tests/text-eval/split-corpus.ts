// Splits a task's raw corpus files (raw*.tsv, as the writers wrote them) into dev.tsv and test.tsv by family
// (corpus.ts halfOf) and prints the counts. Run once when a corpus is written, before any tuning; then seal:
// `npx tsx tests/text-eval/split-corpus.ts <task> --seal` records test.tsv's hash in seal.json.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { TASKS, corpusDir, halfFile, halfOf, parseRows, sha256OfFile, type Task } from "./corpus";

const task = process.argv[2] as Task;
if (!TASKS.includes(task)) throw new Error(`usage: split-corpus.ts <${TASKS.join("|")}> [--seal]`);
const dir = path.join(corpusDir, task);
const raws = readdirSync(dir).filter((f) => /^raw.*\.tsv$/.test(f)).sort();
const lines = raws.flatMap((f) => readFileSync(path.join(dir, f), "utf8").split("\n").filter((l) => l.trim() && !l.startsWith("#")));
parseRows(task, lines.join("\n"), task); // validates every line
const byHalf = { dev: [] as string[], test: [] as string[] };
for (const l of lines) byHalf[halfOf(task, l.split("\t")[0]!.trim())].push(l);
for (const half of ["dev", "test"] as const) {
  const sorted = byHalf[half].sort((a, b) => a.split("\t")[0]!.localeCompare(b.split("\t")[0]!));
  writeFileSync(halfFile(task, half), sorted.join("\n") + "\n");
  const families = new Set(sorted.map((l) => l.split("\t")[0]));
  console.log(`${task} ${half}: ${sorted.length} items, ${families.size} families`);
}
if (process.argv.includes("--seal")) {
  const sealFile = path.join(corpusDir, "seal.json");
  let seal: Record<string, string> = {};
  try { seal = JSON.parse(readFileSync(sealFile, "utf8")); } catch { /* first seal */ }
  seal[task] = sha256OfFile(halfFile(task, "test"));
  writeFileSync(sealFile, JSON.stringify(seal, null, 2) + "\n");
  console.log(`sealed ${task}: ${seal[task]}`);
}
