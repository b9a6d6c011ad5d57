// `npm run eval:guards [-- --rules-only]`: the draft guards on the corpus of tests/text-eval/guards (issue #19):
// 1,564 drafts by three writers who never saw the rules, split BY FAMILY into a development half (rules and the
// tone model may be tuned on it) and a sealed test half (its hash is in tests/text-eval/seal.json; only its
// aggregate figures are ever printed, never its items). Per kind, development and sealed test side by side,
// with the false-alarm rate on good drafts. `--rules-only` leaves out the learned tone model (tone-model.ts).
// The dev half's misses: `npm run -s eval:text -- --task guards --errors`.
// Replaces the first sets' tuning/held-out split (tests/guards/drafts-*.txt), retired: its held-out half shared
// drafts with its tuning half. Writes tests/guards/.output/evaluation[-rules-only].{json,md}.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadHalf } from "../text-eval/corpus";
import { show, type TaskReport } from "../text-eval/tasks/report";
import { evaluateGuards } from "../text-eval/tasks/guards";

export function evaluate(toneModel = true): { dev: TaskReport; test: TaskReport } {
  const opts = toneModel ? {} : { toneModel: false };
  return { dev: evaluateGuards(loadHalf("guards", "dev"), opts), test: evaluateGuards(loadHalf("guards", "test"), opts) };
}

function main() {
  const rulesOnly = process.argv.includes("--rules-only");
  const { dev, test } = evaluate(!rulesOnly);
  const lines = [
    `Guards on tests/text-eval/guards${rulesOnly ? " (tone rules only, without the learned model)" : " (tone rules + learned model)"}:`,
    "",
    "| figure | development | sealed test |",
    "|---|---|---|",
    ...dev.figures.map((f, i) => `| ${f.name} | ${show(f)} | ${show(test.figures[i]!)} |`),
  ];
  console.log(lines.join("\n"));
  const out = join(import.meta.dirname, ".output");
  mkdirSync(out, { recursive: true });
  const name = `evaluation${rulesOnly ? "-rules-only" : ""}`;
  writeFileSync(join(out, `${name}.md`), lines.join("\n") + "\n");
  writeFileSync(join(out, `${name}.json`), JSON.stringify({ dev: dev.figures, test: test.figures }, null, 2) + "\n");
}

if (import.meta.url === `file://${process.argv[1]}`) main();
