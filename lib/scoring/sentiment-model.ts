// A learned second opinion behind the sentiment rules (issue #18 §6): when the rules read nothing either way (a
// neutral score), two small linear models — negative or not, positive or not — may still tell a complaint or a
// compliment in words no lexicon entry names ("reported the pothole in March, it's now a small lake"). They only
// ever speak where the rules were silent, so everything the rules read (negation, irony, contrast) keeps its say.
// Logistic regression over hashed features (lib/text/hashed-features.ts), trained on development data only by
// tests/text-eval/train-sentiment-model.ts, which writes sentiment-model.generated.json (never edit it by hand).
import { featureVector, loadLinearModel, messageSentences, vectorProbability, type LinearModel, type StoredLinearModel } from "../text/hashed-features";
import stored from "./sentiment-model.generated.json";

export interface StoredSentimentModel { neg: StoredLinearModel; pos: StoredLinearModel }
export interface SentimentModel { neg: LinearModel; pos: LinearModel }

export const loadSentimentModel = (m: StoredSentimentModel): SentimentModel => ({ neg: loadLinearModel(m.neg), pos: loadLinearModel(m.pos) });

let cached: SentimentModel | null = null;
const MODEL = (): SentimentModel => (cached ??= loadSentimentModel(stored as StoredSentimentModel));

/** The probabilities that a message is negative, and positive (the text hashed once for both; both models have
 * the same dimension). */
export function polarityProbabilities(text: string, model: SentimentModel = MODEL()): { neg: number; pos: number } {
  const sentences = messageSentences(text);
  if (sentences.length === 0) return { neg: 0, pos: 0 };
  const v = featureVector(sentences, model.neg.w.length);
  return { neg: vectorProbability(v, model.neg.w, model.neg.bias), pos: vectorProbability(v, model.pos.w, model.pos.bias) };
}

/** −1, 0 or 1: the side past its threshold, the one passed by more when both are (the trainer chooses the
 * thresholds with this same rule). */
export function sideOf(p: { neg: number; pos: number }, t: { neg: number; pos: number }): -1 | 0 | 1 {
  const neg = p.neg >= t.neg;
  const pos = p.pos >= t.pos;
  if (neg && (!pos || p.neg - t.neg >= p.pos - t.pos)) return -1;
  return pos ? 1 : 0;
}

/** The side the models are sure of, for one message. */
export function modelPolarity(text: string, model: SentimentModel = MODEL()): -1 | 0 | 1 {
  return sideOf(polarityProbabilities(text, model), { neg: model.neg.threshold, pos: model.pos.threshold });
}
