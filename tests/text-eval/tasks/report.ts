// What a task's evaluation returns: named figures (printed dev | test side by side, gated on dev by
// tests/unit/text-eval-dev.test.ts) and the items it got wrong (printed for the dev half only).
export interface Figure { name: string; value: number; format: "pct" | "count" | "mean" }
export interface TaskReport { figures: Figure[]; errors: string[] }

/** A share; NaN (printed "n/a") when there is nothing to count: a file without follow-ups has no rate of them. */
export const pct = (num: number, den: number) => (den === 0 ? Number.NaN : num / den);
export const fig = (name: string, value: number, format: Figure["format"] = "pct"): Figure => ({ name, value, format });

export function show(f: Figure): string {
  if (Number.isNaN(f.value)) return "n/a";
  if (f.format === "pct") return `${(f.value * 100).toFixed(1)} %`;
  if (f.format === "mean") return f.value.toFixed(2);
  return String(f.value);
}

/** A small seeded generator (mulberry32), so that every run draws the same trials. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sample<T>(items: T[], n: number, rnd: () => number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n);
}
