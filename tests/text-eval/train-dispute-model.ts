// Trains the dispute model of lib/resolution/dispute-model.ts and writes lib/resolution/dispute-model.generated.json
// (issue #18). Positive: answers that must not close a case (not fixed, or unclear); negative: confirmations.
// Training data: the development half of tests/text-eval/satisfaction and the fresh files once read
// (tests/text-eval/fresh/satisfaction-fN.tsv). The sealed half (test.tsv) is never read here.
// DISPUTE_HOLDOUT=satisfaction-fN leaves one fresh file out of everything, to see how the model carries over to a
// writer it never saw (`npm run eval:text -- --task satisfaction --fresh` on that file).
// The threshold: 5-fold cross-validation BY FAMILY (a fold's ideas are unseen), the lowest threshold at which
// at most MAX_CONFIRMED_HELD of the confirmations are held back out of fold. The bar below which an answer the
// rules left open (a yes or a fix with doubts the model may weigh, classify-answer.ts) is confirmed: leaving
// each fresh WRITER out in turn (a writer's words and habits are unseen, which folds by family do not give), the
// highest bar at which no such answer of the writer left out that is not a confirmation would be confirmed.
// Deterministic.
// Run: npx tsx tests/text-eval/train-dispute-model.ts [--table]
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { featureVector, loadLinearModel, messageSentences, probability, type StoredLinearModel } from "../../lib/text/hashed-features";
import { modelMayConfirm, readAnswer } from "../../lib/resolution/classify-answer";
import { freshFiles, loadHalf, type Row } from "./corpus";
import { foldOf, storedLinear, trainBinary, type Example } from "./linear-train";

const DIM = 1 << 15;
const OPTIONS = { epochs: Number(process.env.EPOCHS ?? 30), l2: Number(process.env.L2 ?? 1e-2), lr: Number(process.env.LR ?? 0.5) };
// 3 %: on satisfaction-f7, left out of training, the disputes the model caught scored 0.75 and more, while clear
// confirmations of the unit tests ("It hasn't crashed since, thanks") sat near the 5 % bar (0.64-0.67).
const MAX_CONFIRMED_HELD = Number(process.env.MAX_HELD ?? 0.03);

const fresh = freshFiles("satisfaction", process.env.DISPUTE_HOLDOUT);
const rows: Row[] = [...loadHalf("satisfaction", "dev"), ...fresh.flatMap((f) => f.rows)];
const example = (r: Row): Example => ({ ...xOf(r.text), y: r.label === "confirmed" ? 0 : 1 });
function xOf(text: string) {
  const { idx, value } = featureVector(messageSentences(text), DIM);
  return { x: idx, v: value };
}
function toModel(w: Map<number, number>, threshold: number, confirmBelow = 0): StoredLinearModel & { confirmBelow: number } {
  return { ...storedLinear(w, DIM, threshold), confirmBelow };
}

// Answers the rules leave open with a yes or a fix said: the model may confirm those.
const candidate = (text: string) => {
  const { answer, reading } = readAnswer(text, { model: false });
  return answer.verdict === "unclear" && modelMayConfirm(reading);
};
const oof: { p: number; confirmed: boolean }[] = [];
for (let k = 0; k < 5; k++) {
  const model = loadLinearModel(toModel(trainBinary(rows.filter((r) => foldOf("dispute-fold", r.family) !== k).map(example), OPTIONS).w, 0.5));
  for (const r of rows.filter((r) => foldOf("dispute-fold", r.family) === k)) {
    oof.push({ p: probability(messageSentences(r.text), model.w, model.bias), confirmed: r.label === "confirmed" });
  }
}
const confirmed = oof.filter((o) => o.confirmed);
const others = oof.filter((o) => !o.confirmed);
let chosen = 0.99;
for (let t = 0.99; t >= 0.3 - 1e-9; t -= 0.01) {
  const held = confirmed.filter((o) => o.p >= t).length / confirmed.length;
  const caught = others.filter((o) => o.p >= t).length / others.length;
  if (process.argv.includes("--table")) console.log(`| ${t.toFixed(2)} | confirmations held back ${(held * 100).toFixed(1)} % | others flagged ${(caught * 100).toFixed(1)} % |`);
  if (held <= MAX_CONFIRMED_HELD) chosen = Math.round(t * 100) / 100;
}
// The highest bar (at most 0.5) below which no candidate of a writer left out that is not a confirmation would be
// confirmed (the bar only grows while that holds: a higher bar with a clean record past a lower failure is luck).
const cands: { p: number; confirmed: boolean }[] = [];
for (const writer of fresh) {
  const model = loadLinearModel(toModel(trainBinary(rows.filter((r) => !writer.rows.includes(r)).map(example), OPTIONS).w, 0.5));
  for (const r of writer.rows.filter((r) => candidate(r.text))) cands.push({ p: probability(messageSentences(r.text), model.w, model.bias), confirmed: r.label === "confirmed" });
}
let confirmBelow = 0;
for (let t = 0.05; t <= 0.5 + 1e-9 && !cands.some((o) => !o.confirmed && o.p < t); t += 0.05) confirmBelow = Math.round(t * 100) / 100;
console.log(`Left open by the rules with a yes or a fix: ${cands.length} answers of ${fresh.length} writers each left out (${cands.filter((o) => o.confirmed).length} confirmations); confirmed below ${confirmBelow}: ${cands.filter((o) => o.confirmed && o.p < confirmBelow).length} of them.`);
console.log(`${rows.length} answers (${confirmed.length} confirmations) from dev.tsv and ${fresh.length} fresh files; chosen threshold ${chosen}.`);
const file = join(import.meta.dirname, "../../lib/resolution/dispute-model.generated.json");
writeFileSync(file, JSON.stringify(toModel(trainBinary(rows.map(example), OPTIONS).w, chosen, confirmBelow)) + "\n");
console.log(`Wrote ${file}.`);
