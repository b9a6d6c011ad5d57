// Whether a case's customer messages read as a complaint: what "No reply needed" must not be used on (it would
// close a complaint unanswered and take it out of the SLA figures — the "resolved when it is not" of the seeds).
// Two readings from the shared text module, either is enough: the problem taxonomy (a stated problem, calm or
// not: "my parcel never arrived") and the sentiment score (an angry message that names no known problem).
import { readComplaint } from "../incidents/classify";
import type { Lang } from "../text/tokenize";

/** The sentiment at or below which a message reads as negative (lib/scoring/score-message.ts labels). */
export const NEGATIVE_SENTIMENT = -20;

export interface ComplaintReading { complaint: boolean; problem: string | null; negative: boolean }

export function readsAsComplaint(texts: string[], sentiment: number | null, language: string | null): ComplaintReading {
  const lang: Lang | null = language === "fr" || language === "en" ? language : null;
  const problem = texts.map((t) => readComplaint(t, lang).problem).find((p) => p !== null) ?? null;
  const negative = sentiment !== null && sentiment <= NEGATIVE_SENTIMENT;
  return { complaint: problem !== null || negative, problem, negative };
}
