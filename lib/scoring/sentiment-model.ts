// A learned second opinion behind the sentiment rules (issue #18 §6): when the rules read nothing either way (a
// neutral score), two small linear models — negative or not, positive or not — may still tell a complaint or a
// compliment in words no lexicon entry names ("reported the pothole in March, it's now a small lake"). They only
// ever speak where the rules were silent, so everything the rules read (negation, irony, contrast) keeps its say.
// Logistic regression over hashed features (lib/text/hashed-features.ts), trained on development data only by
// tests/text-eval/train-sentiment-model.ts, which writes sentiment-model.generated.json (never edit it by hand).
import { loadLinearModel, messageSentences, probability, type LinearModel, type StoredLinearModel } from "../text/hashed-features";
import stored from "./sentiment-model.generated.json";

export interface StoredSentimentModel { neg: StoredLinearModel; pos: StoredLinearModel }
export interface SentimentModel { neg: LinearModel; pos: LinearModel }

export const loadSentimentModel = (m: StoredSentimentModel): SentimentModel => ({ neg: loadLinearModel(m.neg), pos: loadLinearModel(m.pos) });

let cached: SentimentModel | null = null;
const MODEL = (): SentimentModel => (cached ??= loadSentimentModel(stored as StoredSentimentModel));

/** The probabilities that a message is negative, and positive. */
export function polarityProbabilities(text: string, model: SentimentModel = MODEL()): { neg: number; pos: number } {
  const sentences = messageSentences(text);
  if (sentences.length === 0) return { neg: 0, pos: 0 };
  return { neg: probability(sentences, model.neg.w, model.neg.bias), pos: probability(sentences, model.pos.w, model.pos.bias) };
}

/** −1, 0 or 1: the side the models are sure of (past its threshold, and more sure of it than of the other). */
export function modelPolarity(text: string, model: SentimentModel = MODEL()): -1 | 0 | 1 {
  const p = polarityProbabilities(text, model);
  const neg = p.neg >= model.neg.threshold;
  const pos = p.pos >= model.pos.threshold;
  if (neg && (!pos || p.neg - model.neg.threshold >= p.pos - model.pos.threshold)) return -1;
  return pos ? 1 : 0;
}
