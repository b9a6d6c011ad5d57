// Hashed features of folded sentences, shared by the small linear models that back the text rules (the draft
// guards' tone model, the satisfaction reader's dispute model): word stems, stem pairs, stems in a negation's
// scope, character 3–5-grams. Hashing keeps the stored weights a fixed size whatever the vocabulary, and the
// character n-grams carry typos, SMS spellings and missing accents to the same features as the clean word.
// Contract: the input sentence is already folded (lower case, unaccented, elisions split, words separated by
// spaces or commas); the same sentence always gives the same features.
import { stemsOf } from "./stem";
import { words } from "./tokenize";

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

/** Feature names of one folded sentence. */
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

/** Weights stored as int8 × scale, base64-encoded (a generated JSON file stays small enough to ship). */
export function decodeWeights(b64: string, scale: number): Float32Array {
  const bin = atob(b64);
  const out = new Float32Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = ((bin.charCodeAt(i) << 24) >> 24) * scale;
  return out;
}

/** A binary linear model over an already hashed text: the probability of the positive class. */
export function vectorProbability(v: { idx: number[]; value: number }, w: Float32Array, bias: number): number {
  let z = bias;
  for (const i of v.idx) z += w[i]! * v.value;
  return 1 / (1 + Math.exp(-z));
}

/** A binary linear model over hashed features: the probability of the positive class. */
export function probability(sentences: string[], w: Float32Array, bias: number): number {
  return vectorProbability(featureVector(sentences, w.length), w, bias);
}

/** The stored form of a binary model (generated JSON): weights int8 × scale, base64. */
export interface StoredLinearModel { dim: number; bias: number; threshold: number; scale: number; w: string }
export interface LinearModel { bias: number; threshold: number; w: Float32Array }

export const loadLinearModel = (m: StoredLinearModel): LinearModel => ({ bias: m.bias, threshold: m.threshold, w: decodeWeights(m.w, m.scale) });

/**
 * A short message as the models read it: its sentences, folded, elisions and contractions spelled out by the
 * shared tokenizer, emoji kept as words (a 🙄 or a 👍 says as much as a word in an answer).
 */
export function messageSentences(text: string): string[] {
  return text.split(/[.!?\n;]+|(?<=\p{Extended_Pictographic})/u).map((s) => {
    const emoji = s.match(/\p{Extended_Pictographic}/gu) ?? [];
    return [...words(s), ...emoji].join(" ");
  }).filter(Boolean);
}
