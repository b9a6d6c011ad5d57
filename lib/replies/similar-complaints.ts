// How alike two customers' complaints are, for suggested replies (issue #24 §3): a reply the team wrote for one
// complaint helps with another when both tell the same problem, and the same problem is told in many ways
// ("toujours rien reçu", "colis jamais arrivé", "le suivi ne bouge plus"). A complaint becomes a set of terms:
// the problem type and the concepts lib/incidents reads in it, and its content words' stems (lib/text); two
// complaints are compared by lib/text/weighted-terms.ts (rarer shared terms weigh more). Pure.
import { readComplaintCached } from "../incidents/classify";
import { contentTerms } from "../text/terms";
import type { TermSet } from "../text/weighted-terms";

export type ComplaintTerms = TermSet;

/** The terms of a complaint: "p:" its problem type, "c:" its concepts, "t:" its content words' stems. */
export function complaintTerms(text: string, language: "fr" | "en"): ComplaintTerms {
  const reading = readComplaintCached(text, language);
  return new Set([
    ...(reading.problem ? [`p:${reading.problem}`] : []),
    ...reading.concepts.map((c) => `c:${c}`),
    ...contentTerms(text, language).filter((t) => t.length > 2).map((t) => `t:${t}`),
  ]);
}
