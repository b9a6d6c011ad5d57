// How alike two customers' complaints are, for suggested replies (issue #24 §3): a reply the team wrote for one
// complaint helps with another when both tell the same problem, and the same problem is told in many ways
// ("toujours rien reçu", "colis jamais arrivé", "le suivi ne bouge plus"). A complaint becomes a set of terms:
// the problem type and the concepts lib/incidents reads in it, and its content words' stems (lib/text); two
// complaints are compared by the cosine of those sets, each term weighted by how rare it is among the
// complaints compared (its idf), so "fidélité" or "code promo" weigh more than "toujours" or "jamais".
// Pure: the caller brings the texts and their language.
import { readComplaint } from "../incidents/classify";
import { contentTerms } from "../text/terms";

export type ComplaintTerms = ReadonlySet<string>;

/** The terms of a complaint: "p:" its problem type, "c:" its concepts, "t:" its content words' stems. */
export function complaintTerms(text: string, language: "fr" | "en"): ComplaintTerms {
  const reading = readComplaint(text, language);
  return new Set([
    ...(reading.problem ? [`p:${reading.problem}`] : []),
    ...reading.concepts.map((c) => `c:${c}`),
    ...contentTerms(text, language).filter((t) => t.length > 2).map((t) => `t:${t}`),
  ]);
}

/** Inverse document frequencies over the complaints compared (a term in every one weighs nearly nothing). */
export function termWeights(docs: readonly ComplaintTerms[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length + 1;
  return new Map([...df].map(([t, k]) => [t, Math.log(n / k)]));
}

/** Cosine similarity of two complaints' weighted term sets, 0 to 1. A term no weight knows counts as rare. */
export function similarity(a: ComplaintTerms, b: ComplaintTerms, weights: ReadonlyMap<string, number>, rare: number): number {
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
