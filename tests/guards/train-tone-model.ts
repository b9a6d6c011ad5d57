// Trains the tone model of lib/guards/tone-model.ts on the TUNING half of the labelled set only (the held-out
// half is never read here) and writes lib/guards/tone-model.generated.json. Deterministic: same set, same
// weights. The decision threshold is chosen by 5-fold cross-validation inside the tuning half: the lowest
// threshold at which rules + model keep a cross-validated precision of at least MIN_PRECISION.
// Run: npx tsx tests/guards/train-tone-model.ts [--table: the whole CV table] [--fp: good tuning drafts scored > 0.8 out of fold]
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkTone } from "../../lib/guards/check-tone";
import { ruleText } from "../../lib/guards/rule-text";
import { featureVector, foldedSentences, loadToneModel, MODEL_MIN_WORDS, scoreText, wordCount, type StoredToneModel } from "../../lib/guards/tone-model";
import type { ToneCategory } from "../../lib/guards/tone-rules";
import { loadDrafts, type LabelledDraft } from "./load-set";

const DIM = 1 << 15;
const CAT_DIM = 1 << 13;
const EPOCHS = Number(process.env.EPOCHS ?? 30);
const L2 = Number(process.env.L2 ?? 1e-2);
const LR = Number(process.env.LR ?? 0.5);
const MIN_PRECISION = 0.95;
const CATEGORIES: ToneCategory[] = ["deflection", "annoyance", "silencing", "mockery", "minimising", "blame", "threat", "false_resolution", "boilerplate"];

interface Example { x: number[]; v: number; y: 0 | 1; cat: number }

/** One example per draft, featurised exactly as lib/guards/tone-model.ts scores a draft. */
function examples(drafts: LabelledDraft[]): Example[] {
  return drafts.map((d) => {
    const { idx, value } = featureVector(foldedSentences(ruleText(d.text).text).map((s) => s.text), DIM);
    const bad = d.tone.length > 0;
    return { x: idx, v: value, y: bad ? 1 : 0, cat: bad ? Math.max(0, CATEGORIES.indexOf(d.tone[0] as ToneCategory)) : -1 };
  });
}

/** Sparse logistic regression, AdaGrad, L2; a fixed example order (no randomness). */
function trainBinary(ex: Example[]): { bias: number; w: Map<number, number> } {
  const w = new Map<number, number>();
  const g2 = new Map<number, number>();
  let bias = 0;
  let gb = 1e-8;
  const pos = ex.filter((e) => e.y === 1).length;
  const weightOf = (y: number) => (y === 1 ? ex.length / (2 * pos) : ex.length / (2 * (ex.length - pos)));
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const e of ex) {
      let z = bias;
      for (const i of e.x) z += (w.get(i) ?? 0) * e.v;
      const g = (1 / (1 + Math.exp(-z)) - e.y) * weightOf(e.y);
      for (const i of e.x) {
        const wi = w.get(i) ?? 0;
        const gi = g * e.v + L2 * wi;
        const acc = (g2.get(i) ?? 1e-8) + gi * gi;
        g2.set(i, acc);
        w.set(i, wi - (LR * gi) / Math.sqrt(acc));
      }
      // No intercept: with few words the score must come from the words, not from the share of bad drafts in
      // the set (a bias made "Merci !" look bad).
      if (process.env.BIAS) {
        gb += g * g;
        bias -= (LR * g) / Math.sqrt(gb);
      }
    }
  }
  return { bias, w };
}

/** Softmax over the categories, on the bad examples only (which category a flagged sentence most resembles). */
function trainCategories(ex: Example[]): { bias: number[]; w: Map<number, number[]> } {
  const K = CATEGORIES.length;
  const w = new Map<number, number[]>();
  const bias = new Array<number>(K).fill(0);
  const bad = ex.filter((e) => e.y === 1);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const e of bad) {
      const z = [...bias];
      const xs = [...new Set(e.x.map((i) => i % CAT_DIM))];
      for (const i of xs) { const wi = w.get(i); if (wi) for (let k = 0; k < K; k++) z[k]! += wi[k]! * e.v; }
      const m = Math.max(...z);
      const p = z.map((v) => Math.exp(v - m));
      const sum = p.reduce((a, b) => a + b, 0);
      for (let k = 0; k < K; k++) {
        const g = p[k]! / sum - (k === e.cat ? 1 : 0);
        bias[k]! -= 0.1 * g;
        for (const i of xs) {
          let wi = w.get(i);
          if (!wi) { wi = new Array<number>(K).fill(0); w.set(i, wi); }
          wi[k]! -= 0.5 * (g * e.v + L2 * wi[k]!);
        }
      }
    }
  }
  return { bias, w };
}

/** int8 quantisation: weight ≈ q × scale, q in −127…127; base64 of the bytes. */
function quantise(values: Float64Array): { scale: number; b64: string } {
  const max = values.reduce((m, v) => Math.max(m, Math.abs(v)), 1e-9);
  const scale = max / 127;
  const bytes = Buffer.alloc(values.length);
  values.forEach((v, i) => bytes.writeInt8(Math.round(v / scale), i));
  return { scale, b64: bytes.toString("base64") };
}

function toModel(bin: ReturnType<typeof trainBinary>, cat: ReturnType<typeof trainCategories>, threshold: number): StoredToneModel {
  const r = (v: number) => Math.round(v * 1e4) / 1e4;
  const w = new Float64Array(DIM);
  for (const [i, v] of bin.w) w[i] = v;
  const K = CATEGORIES.length;
  const cw = new Float64Array(CAT_DIM * K);
  for (const [i, ws] of cat.w) ws.forEach((v, k) => (cw[i * K + k] = v));
  const qw = quantise(w);
  const qc = quantise(cw);
  return { dim: DIM, bias: r(bin.bias), threshold, scale: qw.scale, w: qw.b64, categories: CATEGORIES, catDim: CAT_DIM, catScale: qc.scale, catBias: cat.bias.map(r), cw: qc.b64 };
}

/** The model's score of a draft as check-tone.ts uses it (0 below the minimum length, where it stays silent). */
function maxP(text: string, model: StoredToneModel): number {
  const folded = ruleText(text).text;
  if (wordCount(folded) < MODEL_MIN_WORDS) return 0;
  return scoreText(foldedSentences(folded).map((s) => s.text), loadToneModel(model)).p;
}
const rulesFlag = (text: string) => checkTone(text, { model: false }).some((f) => f.severity !== "info");

const tuning = loadDrafts().filter((d) => d.half === "tuning");
// Cross-validation inside the tuning half: folds fixed by a hash of the text (a different salt from the split).
function foldOf(d: LabelledDraft): number {
  let h = 0x811c9dc5;
  for (const c of `fold:${d.text}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h % 5;
}
const oof: { p: number; rules: boolean; bad: boolean }[] = [];
for (let k = 0; k < 5; k++) {
  const train = tuning.filter((d) => foldOf(d) !== k);
  const ex = examples(train);
  const model = toModel(trainBinary(ex), trainCategories(ex), 0.5);
  for (const d of tuning.filter((d) => foldOf(d) === k)) {
    const p = maxP(d.text, model);
    oof.push({ p, rules: rulesFlag(d.text), bad: d.tone.length > 0 });
    if (process.argv.includes("--fp") && p > 0.8 && d.tone.length === 0) console.log(`FP? ${p.toFixed(2)} ${d.text.slice(0, 120)}`);
  }
}
const rows: string[] = ["| threshold | CV precision (rules+model) | CV recall (rules+model) |", "|---|---|---|"];
const rulesOnly = { tp: oof.filter((o) => o.rules && o.bad).length, fp: oof.filter((o) => o.rules && !o.bad).length, pos: oof.filter((o) => o.bad).length };
let chosen = 0.99;
let floorHit = false;
for (let t = 0.99; t >= 0.3 - 1e-9; t -= 0.01) {
  const flagged = oof.filter((o) => o.rules || o.p >= t);
  const tp = flagged.filter((o) => o.bad).length;
  const precision = tp / Math.max(1, flagged.length);
  const recall = tp / rulesOnly.pos;
  if (Math.round(t * 100) % 5 === 0) rows.push(`| ${t.toFixed(2)} | ${precision.toFixed(3)} | ${recall.toFixed(3)} |`);
  if (process.argv.includes("--table")) console.log(t.toFixed(2), precision.toFixed(3), recall.toFixed(3));
  // Going down from 0.99: the first threshold whose precision falls below the floor ends the search.
  if (precision < MIN_PRECISION) floorHit = true;
  if (!floorHit) chosen = Math.round(t * 100) / 100;
}
console.log(`Tuning half: ${tuning.length} drafts. Rules alone (on the half they were tuned on): precision ${(rulesOnly.tp / Math.max(1, rulesOnly.tp + rulesOnly.fp)).toFixed(3)}, recall ${(rulesOnly.tp / rulesOnly.pos).toFixed(3)}.`);
console.log(rows.join("\n"));
console.log(`Chosen threshold: ${chosen} (lowest with CV precision ≥ ${MIN_PRECISION}).`);

const ex = examples(tuning);
const model = toModel(trainBinary(ex), trainCategories(ex), chosen);
const file = join(import.meta.dirname, "../../lib/guards/tone-model.generated.json");
writeFileSync(file, JSON.stringify(model) + "\n");
console.log(`Wrote ${file}: ${DIM} weights, ${CAT_DIM}×${CATEGORIES.length} category weights (int8).`);
