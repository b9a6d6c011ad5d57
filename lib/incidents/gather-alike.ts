// The third pass of incident grouping (R7, issue #18 §3): a complaint still outside every wave after the first two
// passes joins the wave it is most alike by what it says, not by the problem type it was read as. Why: customers
// tell one incident in their own words, which read as neighbouring types or none, and the second pass asks them
// for three shared concepts or entities. Here a complaint is a set of terms (its concepts, its problem type's
// category and its content words' stems), weighted by rarity among the complaints of the window
// (lib/text/weighted-terms.ts), and its likeness to a wave is its mean likeness to the wave's complaints.
// Measured on the fresh sets (tests/text-eval/fresh/incidents-f1…f4, all development data by now): trials
// meeting all three targets 33/8/13.5/21 % → 35.5/15/18/39 %, unrelated pulled in +0.14 to +0.48 per trial.
// Clustering the complaints left over into new waves was tried too (mutual nearest neighbours, mean likeness):
// it formed waves of unrelated complaints (5 of 15 pulled in per trial) and was left out.
//
// Contract: pure and deterministic, on the waves attach-to-waves.ts returns (mutated and returned). A complaint
// joins the wave of mean likeness ≥ JOIN_WAVE (the highest), within the time window, unless its own problem
// category differs from the wave's. Likeness is measured against the waves as the first two passes left them,
// so the order of the complaints does not matter.
import { termWeights, type TermSet } from "../text/weighted-terms";
import { categoryOf } from "./attach-to-waves";
import type { ComplaintDoc, ComplaintGroup, GroupOptions } from "./group-complaints";
import { addToGroup } from "./add-to-group";

/** Chosen on the fresh sets f1–f4 (0.06–0.12 tried): lower pulls in unrelated complaints, higher gathers less. */
const JOIN_WAVE = 0.1;

function termsOf(d: ComplaintDoc): TermSet {
  const category = categoryOf(d.problem);
  return new Set([...(category ? [`k:${category}`] : []), ...(d.concepts ?? []).map((c) => `c:${c}`), ...(d.terms ?? []).map((t) => `t:${t}`)]);
}

export function gatherAlike(waves: ComplaintGroup[], docs: ComplaintDoc[], opts: GroupOptions): ComplaintGroup[] {
  const vectors = new Map(docs.map((d) => [d.caseId, termsOf(d)]));
  const weights = termWeights(vectors.values());
  const rare = Math.log(docs.length + 1);
  const w = (t: string) => weights.get(t) ?? rare;
  const norm = (v: TermSet) => Math.sqrt([...v].reduce((s, t) => s + w(t) ** 2, 0));
  // The mean of cosines to a wave's complaints is the cosine to the sum of their unit vectors, divided by their
  // number: one pass over a complaint's terms per wave, however large the wave.
  const centroids = waves.map((g) => {
    const c = new Map<string, number>();
    let n = 0;
    for (const id of g.caseIds) {
      const v = vectors.get(id);
      const len = v ? norm(v) : 0;
      if (!v || !len) continue;
      n++;
      for (const t of v) c.set(t, (c.get(t) ?? 0) + w(t) / len);
    }
    return { c, n };
  });
  const spans = waves.map((g) => [g.firstAt.getTime() - opts.windowMs, g.lastAt.getTime() + opts.windowMs] as const);
  const inWave = new Set(waves.flatMap((g) => g.caseIds));
  const joins: [ComplaintGroup, ComplaintDoc][] = [];
  for (const d of docs) {
    if (inWave.has(d.caseId) || d.incidentId) continue;
    const own = categoryOf(d.problem);
    const mine = vectors.get(d.caseId)!;
    const len = norm(mine);
    if (!len) continue;
    let best: ComplaintGroup | null = null;
    let bestScore = JOIN_WAVE;
    waves.forEach((g, i) => {
      const category = categoryOf(g.problem);
      const t = d.at.getTime();
      const { c, n } = centroids[i]!;
      if ((own && category && own !== category) || t < spans[i]![0] || t > spans[i]![1] || !n) return;
      let dot = 0;
      for (const term of mine) dot += (w(term) / len) * (c.get(term) ?? 0);
      if (dot / n >= bestScore) [best, bestScore] = [g, dot / n];
    });
    if (best) joins.push([best, d]);
  }
  for (const [g, d] of joins) addToGroup(g, d);
  return waves;
}
