// Trains the sentiment second opinion (lib/scoring/sentiment-model.ts) and writes
// lib/scoring/sentiment-model.generated.json (issue #18 §6). Two binary models, negative-or-not and
// positive-or-not, on the development half of tests/text-eval/sentiment and the fresh files once read
// (tests/text-eval/fresh/sentiment-fN.tsv). The sealed half (test.tsv) is never read here.
// SENTIMENT_HOLDOUT=sentiment-fN leaves one fresh file out of everything, to see how the models carry over to a
// writer they never saw (`npm run eval:text -- --task sentiment --fresh` on that file).
// Thresholds: 5-fold cross-validation BY FAMILY; the pair that makes the most labels right out of fold, the models
// speaking only where the rules read a neutral score (as in score-message.ts). Deterministic.
// Run: npx tsx tests/text-eval/train-sentiment-model.ts
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { scoreMessage } from "../../lib/scoring/score-message";
import { sideOf } from "../../lib/scoring/sentiment-model";
import { featureVector, messageSentences, vectorProbability } from "../../lib/text/hashed-features";
import { freshFiles, loadHalf, type Row } from "./corpus";
import { dense, foldOf, storedLinear, trainBinary, type Example } from "./linear-train";

const DIM = 1 << 15;
const OPTIONS = { epochs: Number(process.env.EPOCHS ?? 30), l2: Number(process.env.L2 ?? 1e-2), lr: Number(process.env.LR ?? 0.5) };

const fresh = freshFiles("sentiment", process.env.SENTIMENT_HOLDOUT);
const rows: Row[] = [...loadHalf("sentiment", "dev"), ...fresh.flatMap((f) => f.rows)];
const items = rows.map((r) => {
  const vector = featureVector(messageSentences(r.text), DIM);
  return { r, x: vector.idx, v: vector.value, vector, rules: scoreMessage(r.text, { model: false }).sentiment };
});
const examplesFor = (label: string, xs: typeof items): Example[] => xs.map((i) => ({ x: i.x, v: i.v, y: i.r.label === label ? 1 : 0 }));
const weights = (label: string, xs: typeof items) => trainBinary(examplesFor(label, xs), OPTIONS).w;
const asFloat = (w: Map<number, number>) => Float32Array.from(dense(w, DIM));

const oof: { gold: string; rules: number; neg: number; pos: number }[] = [];
for (let k = 0; k < 5; k++) {
  const train = items.filter((i) => foldOf("sentiment-fold", i.r.family) !== k);
  const neg = asFloat(weights("neg", train));
  const pos = asFloat(weights("pos", train));
  for (const i of items.filter((i) => foldOf("sentiment-fold", i.r.family) === k)) {
    oof.push({ gold: i.r.label!, rules: i.rules, neg: vectorProbability(i.vector, neg, 0), pos: vectorProbability(i.vector, pos, 0) });
  }
}
const labelOf = (s: number) => (s <= -20 ? "neg" : s >= 20 ? "pos" : "neu");
function accuracy(tn: number, tp: number): number {
  let right = 0;
  for (const o of oof) {
    let s = o.rules;
    const side = Math.abs(s) < 20 ? sideOf(o, { neg: tn, pos: tp }) : 0;
    if (side !== 0) s = 25 * side;
    if (labelOf(s) === o.gold) right++;
  }
  return right / oof.length;
}
let best = { tn: 2, tp: 2, acc: accuracy(2, 2) };
console.log(`${rows.length} comments from dev.tsv and ${fresh.length} fresh files; rules alone, out of fold: ${(best.acc * 100).toFixed(1)} % right.`);
for (let tn = 0.5; tn <= 0.96; tn += 0.05) for (let tp = 0.5; tp <= 0.96; tp += 0.05) {
  const acc = accuracy(tn, tp);
  if (acc > best.acc + 1e-9) best = { tn: Math.round(tn * 100) / 100, tp: Math.round(tp * 100) / 100, acc };
}
console.log(`Chosen thresholds: negative ${best.tn}, positive ${best.tp}: ${(best.acc * 100).toFixed(1)} % right out of fold.`);
const file = join(import.meta.dirname, "../../lib/scoring/sentiment-model.generated.json");
writeFileSync(file, JSON.stringify({ neg: storedLinear(weights("neg", items), DIM, best.tn), pos: storedLinear(weights("pos", items), DIM, best.tp) }) + "\n");
console.log(`Wrote ${file}.`);
