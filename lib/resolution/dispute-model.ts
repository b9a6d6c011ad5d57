// A learned second opinion behind the satisfaction reader's rules (issue #18): the probability that an answer
// the rules would take as "fixed" is in fact a dispute or unclear. The rules read the ideas they were written for;
// customers find other words for "only one of the two arrived" or "I gave up and went elsewhere", and closing
// such a case is the failure this product exists to prevent. So the model can hold a confirmation back (the answer
// is left unclear: the check stays pending, a person reads it); it never disputes. The other way, it only reads
// answers the rules left open with a yes or a fix said and nothing against it (unknown nouns, a third person, a
// future, a question about something else: classify-answer.ts), and confirms them when it is sure they are no
// dispute (below `confirmBelow`, chosen so that no dispute or unclear answer of a writer left out of training
// was let through).
// Logistic regression over hashed features (lib/text/hashed-features.ts), trained on development data only by
// tests/text-eval/train-dispute-model.ts, which writes dispute-model.generated.json (never edit it by hand).
import { loadLinearModel, messageSentences, probability, type LinearModel, type StoredLinearModel } from "../text/hashed-features";
import stored from "./dispute-model.generated.json";

type DisputeModel = LinearModel & { confirmBelow: number };
let cached: DisputeModel | null = null;
const MODEL = (): DisputeModel => (cached ??= { ...loadLinearModel(stored as StoredLinearModel), confirmBelow: (stored as { confirmBelow?: number }).confirmBelow ?? 0 });

/** Probability that the answer is not a confirmation (a dispute, or not clear enough to close a case on). */
export function notConfirmedProbability(text: string, model: LinearModel = MODEL()): number {
  const sentences = messageSentences(text);
  return sentences.length === 0 ? 0 : probability(sentences, model.w, model.bias);
}

/** The model's doubt, when it has one: the rules' confirmation is then held back. */
export function modelDoubt(text: string, model: DisputeModel = MODEL()): string | null {
  const p = notConfirmedProbability(text, model);
  return p >= model.threshold ? `reads like an answer that is not a confirmation (learned model, p = ${p.toFixed(2)})` : null;
}

/** Whether an answer the rules left unclear for its unknown words alone reads as a confirmation to the model. */
export function modelConfirms(text: string, model: DisputeModel = MODEL()): boolean {
  return notConfirmedProbability(text, model) < model.confirmBelow;
}
