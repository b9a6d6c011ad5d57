// Likeness of two texts as sets of terms, each weighted by how rare it is among the texts compared (its inverse
// document frequency): what two complaints share counts for more when few others share it ("fidélité", an error
// code) than when every complaint says it ("toujours", "jamais"). Used by suggested replies and incident
// grouping, on whatever terms they read (stems, concepts, problem types). Pure.

export type TermSet = ReadonlySet<string>;

/** Inverse document frequencies over the texts compared (a term in every one weighs nearly nothing). */
export function termWeights(docs: Iterable<TermSet>): Map<string, number> {
  const df = new Map<string, number>();
  let n = 1;
  for (const d of docs) {
    n++;
    for (const t of d) df.set(t, (df.get(t) ?? 0) + 1);
  }
  return new Map([...df].map(([t, k]) => [t, Math.log(n / k)]));
}

/** Cosine of two weighted term sets, 0 to 1. A term the weights do not know counts as `rare`. */
export function similarity(a: TermSet, b: TermSet, weights: ReadonlyMap<string, number>, rare: number): number {
  const w = (t: string) => weights.get(t) ?? rare;
  let shared = 0;
  let na = 0;
  let nb = 0;
  for (const t of a) {
    na += w(t) ** 2;
    if (b.has(t)) shared += w(t) ** 2;
  }
  for (const t of b) nb += w(t) ** 2;
  return na && nb ? shared / Math.sqrt(na * nb) : 0;
}
