// A small linear model of bad tone, the fallback behind the rules (R4): rules catch the phrasings they were
// written for; this catches other words for the same intents. Logistic regression over hashed features of
// each folded sentence (lib/text/hashed-features.ts), trained by tests/guards/train-tone-model.ts on
// development data only (the development half of tests/text-eval/guards, the fresh files once read, the old
// sets; never the sealed half), which writes tone-model.generated.json (regenerate, never edit by hand). Pure
// and offline: it ships to the composer.
import { decodeWeights, featureVector } from "../text/hashed-features";
import weights from "./tone-model.generated.json";
import type { ToneCategory } from "./tone-rules";
import type { ToneText } from "./tone-text";

/** The stored form: weights quantised to int8 and base64-encoded, so the composer's bundle stays small. */
export interface StoredToneModel {
  dim: number;
  bias: number;
  /** Draft score ≥ threshold → a `warning` finding. Chosen by cross-validation on the tuning half. */
  threshold: number;
  /** weight = int8 × scale; dim of them. */
  scale: number;
  w: string;
  categories: ToneCategory[];
  /** Category features are the same hashes reduced to catDim (a divisor of dim). */
  catDim: number;
  catScale: number;
  catBias: number[];
  /** catDim × categories int8, row-major by feature. */
  cw: string;
}
export interface ToneModel {
  dim: number;
  bias: number;
  threshold: number;
  w: Float32Array;
  categories: ToneCategory[];
  catDim: number;
  catBias: number[];
  cw: Float32Array;
}

export function loadToneModel(m: StoredToneModel): ToneModel {
  return { dim: m.dim, bias: m.bias, threshold: m.threshold, w: decodeWeights(m.w, m.scale), categories: m.categories, catDim: m.catDim, catBias: m.catBias, cw: decodeWeights(m.cw, m.catScale) };
}

let cached: ToneModel | null = null;
const MODEL = (): ToneModel => (cached ??= loadToneModel(weights as StoredToneModel));
/** Probability that the text has a bad tone, and its most likely category. */
export function scoreText(sentences: string[], model: ToneModel = MODEL()): { p: number; category: ToneCategory } {
  const { idx, value } = featureVector(sentences, model.dim);
  let z = model.bias;
  const cat = [...model.catBias];
  const K = cat.length;
  for (const i of idx) {
    z += model.w[i]! * value;
    const row = (i % model.catDim) * K;
    for (let c = 0; c < K; c++) cat[c]! += model.cw[row + c]! * value;
  }
  let best = 0;
  for (let c = 1; c < cat.length; c++) if (cat[c]! > cat[best]!) best = c;
  return { p: 1 / (1 + Math.exp(-z)), category: model.categories[best] ?? "dismissal" };
}

/** Sentences of the laid-out draft (tone-text.ts) without their quoted words, with laid-out offsets. */
export function toneSentences(t: ToneText): { s: number; e: number; text: string }[] {
  const out: { s: number; e: number; text: string }[] = [];
  for (const m of t.text.matchAll(/[^|]+/g)) {
    const ws = t.words.filter((w) => w.s >= m.index && w.e <= m.index + m[0].length);
    const own = ws.filter((w) => !w.quoted);
    if (own.length === 0) continue;
    out.push({ s: ws[0]!.s, e: ws.at(-1)!.e, text: own.map((w) => w.word).join(" ") });
  }
  return out;
}

/** Below this many words the model stays silent: "Merci !" or a draft being started says too little. */
export const MODEL_MIN_WORDS = 3;

/**
 * When the whole draft passes the threshold: the category and the sentence the model finds worst (the span to
 * highlight). Decided on the whole draft, as trained: a sentence alone ("Sorry!") says too little to judge.
 * Offsets are in the laid-out text.
 */
export function modelFinding(t: ToneText, model: ToneModel = MODEL()): { s: number; e: number; category: ToneCategory; p: number } | null {
  const sentences = toneSentences(t);
  if (sentences.length === 0 || t.words.filter((w) => !w.quoted).length < MODEL_MIN_WORDS) return null;
  const whole = scoreText(sentences.map((s) => s.text), model);
  if (whole.p < model.threshold) return null;
  let worst = sentences[0]!;
  if (sentences.length > 1) {
    let top = -1;
    for (const sen of sentences) {
      const { p } = scoreText([sen.text], model);
      if (p > top) { top = p; worst = sen; }
    }
  }
  return { s: worst.s, e: worst.e, category: whole.category, p: whole.p };
}
