// `npm run eval:text [-- --task <name>] [--errors] [--dev] [--fresh <file.tsv>]`: every text task's figures on the
// development half and on the sealed test half, side by side. --errors lists the development half's misses; the
// test half's are never printed (rules are tuned on ideas seen in development only, see corpus.ts). --dev does not
// even read the sealed half: use it while tuning, so that its figures are looked at only when a change is
// finished, not between tries. --fresh scores one task (--task) on a file of new sentences in that task's columns
// (tests/text-eval/fresh/README.md): a check of how rules carry over BEFORE anyone tunes on it; its errors are
// printed with --errors, and once read it is development data, to be replaced by another fresh file.
import { readFileSync } from "node:fs";
import { TASKS, loadHalf, parseRows, type Task } from "./corpus";
import { EVALUATORS } from "./evaluators";
import { show } from "./tasks/report";

function main() {
  const args = process.argv.slice(2);
  const devOnly = args.includes("--dev");
  const only = args.includes("--task") ? [args[args.indexOf("--task") + 1] as Task] : [...TASKS];
  const freshFile = args.includes("--fresh") ? args[args.indexOf("--fresh") + 1]! : null;
  if (freshFile && only.length !== 1) throw new Error("--fresh needs --task <name>");
  for (const task of only) {
    const dev = EVALUATORS[task](freshFile ? parseRows(task, readFileSync(freshFile, "utf8"), freshFile) : loadHalf(task, "dev"));
    const test = devOnly || freshFile ? null : EVALUATORS[task](loadHalf(task, "test"));
    console.log(`\n== ${task}`);
    console.log(`${"".padEnd(44)}${(freshFile ? "fresh" : "development").padStart(14)}${(test ? "sealed test" : "").padStart(14)}`);
    dev.figures.forEach((f, i) => console.log(`${f.name.padEnd(44)}${show(f).padStart(14)}${(test ? show(test.figures[i]!) : "").padStart(14)}`));
    if (args.includes("--errors")) for (const e of dev.errors) console.log(`  ${freshFile ? "fresh" : "dev"} miss: ${e}`);
  }
}

main();
