// Who is writing (R9): reach from the platform's follower count, and what authors say about themselves —
// journalists and bloggers, professionals of the field (seed 001: "c'est un peu mon métier"), lawyers and
// consumer associations. Signals are kept on the contact (Contact.signals) and shown as a badge.
import { fold } from "../text/fold";
import { LEGAL, PRESS_SELF, termsPattern } from "../text/signals";

/** Followers from which an author counts as high reach. */
export const HIGH_REACH_FOLLOWERS = 10_000;

const PATTERNS: [string, RegExp][] = [
  ["journalist", termsPattern(PRESS_SELF, true)],
  ["professional", /\b(c'est (un peu )?mon metier|mon metier|je suis (moi-meme )?(community manager|consultant|consultante|formateur|formatrice)|community manager|mes formations|i'?m a (cx|customer experience|customer service|social media) (consultant|manager|expert)|i work in customer (service|experience))\b/],
  ["legal", termsPattern(LEGAL)],
];

export function signalsFromText(text: string): string[] {
  const f = fold(text);
  return PATTERNS.filter(([, re]) => re.test(f)).map(([s]) => s);
}

export function signalsFromReach(followerCount: number | null | undefined): string[] {
  return followerCount != null && followerCount >= HIGH_REACH_FOLLOWERS ? ["high_reach"] : [];
}

/** The badge signals that raise a case's priority, with the priority they raise it to. */
export function priorityFor(signals: string[], score: { sentiment: number; urgency: number }): "URGENT" | "HIGH" | null {
  if (signals.includes("legal") || score.urgency >= 80) return "URGENT";
  if (signals.some((s) => s === "journalist" || s === "high_reach" || s === "professional")) return "HIGH";
  if (score.urgency >= 50 || score.sentiment <= -70) return "HIGH";
  return null;
}
