// Who is writing (R9): reach from the platform's follower count, and what authors say about themselves —
// journalists and bloggers, professionals of the field (seed 001: "c'est un peu mon métier"), lawyers and
// consumer associations. Signals are kept on the contact (Contact.signals) and shown as a badge.
import { fold } from "./normalize";

/** Followers from which an author counts as high reach. */
export const HIGH_REACH_FOLLOWERS = 10_000;

const PATTERNS: [string, RegExp][] = [
  ["journalist", /\b(je suis journaliste|journaliste (au|a|chez|pour|du|de)|i'?m a journalist|journalist (at|for|with)|reporter|je prepare un article|j'ecris un article|ecris un article|writing (an|a) (article|piece|story)|pour mon blog|blogueuse|blogueur|i'?m a blogger)\b/],
  ["professional", /\b(c'est (un peu )?mon metier|mon metier|je suis (moi-meme )?(community manager|consultant|consultante|formateur|formatrice)|community manager|mes formations|i'?m a (cx|customer experience|customer service|social media) (consultant|manager|expert)|i work in customer (service|experience))\b/],
  ["legal", /\b(avocat|mon avocat|tribunal|mise en demeure|huissier|ufc|que choisir|association de consommateurs|60 millions de consommateurs|dgccrf|lawyer|attorney|small claims|(to|in) court|legal action|trading standards|consumer (association|rights group))\b/],
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
