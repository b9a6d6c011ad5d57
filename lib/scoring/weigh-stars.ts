// A review's stars say what its words may not: a 1–2 star review is a complaint (SLA, incidents, "no reply
// needed" refused) even when it is calm or has no text at all, so its sentiment is held at least this negative.
// Praise in a 1-star review is sarcasm or a grudge, never satisfaction. 4–5 stars with no negative words lift a
// neutral reading. Everything that is not a review (rating null) keeps its text's score.
import { NEGATIVE_SENTIMENT } from "../cases/reads-as-complaint";

const CEILING: Record<number, number> = { 1: NEGATIVE_SENTIMENT - 40, 2: NEGATIVE_SENTIMENT - 20 };
const FLOOR: Record<number, number> = { 4: 20, 5: 40 };

export function weighStars(sentiment: number, rating: number | null): number {
  if (rating === null) return sentiment;
  const ceiling = CEILING[rating];
  if (ceiling !== undefined) return Math.min(sentiment, ceiling);
  const floor = FLOOR[rating];
  // A 5-star review that still complains ("great staff, but the parcel is lost") keeps its negative score.
  if (floor !== undefined && sentiment >= 0) return Math.max(sentiment, floor);
  return sentiment;
}
