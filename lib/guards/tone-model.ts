// A small linear model of bad tone, the fallback behind the rules (R4): rules catch the phrasings they were
// written for; this catches other words for the same intents. Logistic regression over hashed features of
// each folded sentence (word stems, stem pairs, stems in a negation's scope, character 3–5-grams), trained
// ONLY on the tuning half of tests/guards/ by tests/guards/train-tone-model.ts, which writes the weights to
// tone-model.generated.json (regenerate, never edit by hand). Pure and offline: it ships to the composer.
import { stemsOf } from "../text/stem";
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

function decode(b64: string, scale: number): Float32Array {
  const bin = atob(b64);
  const out = new Float32Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = ((bin.charCodeAt(i) << 24) >> 24) * scale;
  return out;
}

export function loadToneModel(m: StoredToneModel): ToneModel {
  return { dim: m.dim, bias: m.bias, threshold: m.threshold, w: decode(m.w, m.scale), categories: m.categories, catDim: m.catDim, catBias: m.catBias, cw: decode(m.cw, m.catScale) };
}

let cached: ToneModel | null = null;
const MODEL = (): ToneModel => (cached ??= loadToneModel(weights as StoredToneModel));
const NEG = new Set(["ne", "n", "pas", "jamais", "aucun", "aucune", "ni", "not", "never", "no", "nor", "t", "cannot", "sans", "without", "plus"]);

/** FNV-1a of a feature name, reduced to the model's dimension. */
export function featureIndex(f: string, dim: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < f.length; i++) {
    h ^= f.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % dim;
}

/** Feature names of one folded sentence (lower case, unaccented, elisions split; see rule-text.ts). */
export function sentenceFeatures(sentence: string): string[] {
  const out: string[] = [];
  const words = sentence.split(/[ ,]+/).filter(Boolean);
  let prev = "^";
  let negScope = 0;
  for (const w of words) {
    const [fr, en] = stemsOf(w);
    out.push(`s:${fr}`);
    if (en !== fr) out.push(`s:${en}`);
    out.push(`b:${prev}_${fr}`);
    if (negScope > 0) {
      out.push(`n:${fr}`);
      negScope--;
    }
    if (NEG.has(w)) negScope = 3;
    prev = fr;
  }
  out.push(`b:${prev}_$`);
  const padded = ` ${words.join(" ")} `;
  for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) out.push(`c:${padded.slice(i, i + n)}`);
  return out;
}

/** Distinct hashed features of a text (its sentences together); each counts 1/√n, so length does not score. */
export function featureVector(sentences: string[], dim: number): { idx: number[]; value: number } {
  const idx = [...new Set(sentences.flatMap((s) => sentenceFeatures(s)).map((f) => featureIndex(f, dim)))];
  return { idx, value: 1 / Math.sqrt(Math.max(1, idx.length)) };
}

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
