// Training of the small linear models over hashed features (lib/text/hashed-features.ts): sparse logistic
// regression with AdaGrad and L2, classes weighted to balance, a fixed example order (no randomness: the same
// data gives the same weights), and int8 quantisation for the generated JSON. Used by the tone model's and the
// dispute model's trainers; nothing here reads a sealed half.
import { createHash } from "node:crypto";
import type { StoredLinearModel } from "../../lib/text/hashed-features";

export interface Example { x: number[]; v: number; y: 0 | 1 }
export interface LinearOptions { epochs: number; l2: number; lr: number }

export function trainBinary(ex: Example[], o: LinearOptions): { bias: number; w: Map<number, number> } {
  const w = new Map<number, number>();
  const g2 = new Map<number, number>();
  const pos = ex.filter((e) => e.y === 1).length;
  const weightOf = (y: number) => (y === 1 ? ex.length / (2 * pos) : ex.length / (2 * (ex.length - pos)));
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const e of ex) {
      let z = 0;
      for (const i of e.x) z += (w.get(i) ?? 0) * e.v;
      const g = (1 / (1 + Math.exp(-z)) - e.y) * weightOf(e.y);
      for (const i of e.x) {
        const wi = w.get(i) ?? 0;
        const gi = g * e.v + o.l2 * wi;
        const acc = (g2.get(i) ?? 1e-8) + gi * gi;
        g2.set(i, acc);
        w.set(i, wi - (o.lr * gi) / Math.sqrt(acc));
      }
    }
  }
  return { bias: 0, w };
}

/** int8 quantisation: weight ≈ q × scale, q in −127…127; base64 of the bytes. */
export function quantise(values: Float64Array): { scale: number; b64: string } {
  const max = values.reduce((m, v) => Math.max(m, Math.abs(v)), 1e-9);
  const scale = max / 127;
  const bytes = Buffer.alloc(values.length);
  values.forEach((v, i) => bytes.writeInt8(Math.round(v / scale), i));
  return { scale, b64: bytes.toString("base64") };
}

/** Dense weights of a trained sparse model. */
export function dense(w: Map<number, number>, dim: number): Float64Array {
  const out = new Float64Array(dim);
  for (const [i, v] of w) out[i] = v;
  return out;
}

/** The stored form of trained weights (generated JSON): int8 × scale, base64, with its threshold. */
export function storedLinear(w: Map<number, number>, dim: number, threshold: number): StoredLinearModel {
  const q = quantise(dense(w, dim));
  return { dim, bias: 0, threshold, scale: q.scale, w: q.b64 };
}

/** A family's fold for cross-validation by idea: all its wordings fall in the same fold. */
export const foldOf = (salt: string, family: string, k = 5) => createHash("sha256").update(`${salt}:${family}`).digest()[0]! % k;
