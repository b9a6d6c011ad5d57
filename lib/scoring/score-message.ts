// Offline sentiment and urgency of one inbound message, French and English (R9): a lexicon on folded stems,
// phrases first, negation within three words flips a word, intensifiers and shouting (capitals, "!!") amplify.
// The ready-made French packages scored 6/12 on real complaints here (DESIGN §4); this one is measured on
// tests/scoring/sentiment-set.tsv (`npm run eval:sentiment` prints its accuracy).
import { INTENSIFIERS, NEGATORS, PHRASES, URGENCY, WORDS } from "./lexicon";
import { fold } from "../text/fold";
import { stemsOf } from "../text/stem";
import { words as tokens } from "../text/tokenize";

export type SentimentLabel = "negative" | "neutral" | "positive";

export interface MessageScore {
  /** -100 (angry) … 100 (delighted). */
  sentiment: number;
  label: SentimentLabel;
  /** 0 … 100; "urgent" from 50. */
  urgency: number;
}

// Stems of the lexicon in both languages: "livrée", "livrees" and "livré" meet on one stem.
const STEMMED = new Map<string, number>();
for (const [w, v] of Object.entries(WORDS)) {
  const word = w.replace(/_en$/, "");
  for (const s of [word, ...stemsOf(word)]) if (!STEMMED.has(s)) STEMMED.set(s, v);
}
// Phrases are tokenised like the messages they are looked for in ("i'm done" → "i am done").
const FOLDED_PHRASES = PHRASES.map(([p, v]) => [tokens(p).join(" ").replace(/'/g, " "), v] as const);

function wordValue(w: string): number | undefined {
  if (WORDS[w] !== undefined) return WORDS[w];
  const [fr, en] = stemsOf(w);
  return STEMMED.get(w) ?? STEMMED.get(fr) ?? STEMMED.get(en);
}

export function scoreMessage(text: string): MessageScore {
  let flat = " " + tokens(text).join(" ").replace(/'/g, " ") + " ";
  let total = 0;
  let hits = 0;
  for (const [p, v] of FOLDED_PHRASES) {
    while (flat.includes(` ${p} `)) {
      total += v;
      hits++;
      flat = flat.replace(` ${p} `, " _ ");
    }
  }
  const words = flat.trim().split(/\s+/);
  words.forEach((w, i) => {
    const v = wordValue(w);
    if (!v) return;
    const before = words.slice(Math.max(0, i - 3), i);
    let value = v;
    if (before.some((b) => NEGATORS.has(b))) value = v > 0 ? -v : v / 2;
    if (before.some((b) => INTENSIFIERS.has(b))) value *= 1.5;
    total += value;
    hits++;
  });
  const shouting = (text.match(/\b[A-ZÀ-Ý]{3,}\b/g) ?? []).filter((w) => !/^(SAV|UFC|DM|LED|URL|CEO|DGCCRF)$/.test(w)).length;
  const bangs = (text.match(/!{2,}|\?{2,}/g) ?? []).length;
  // An eye-roll turns praise into sarcasm ("Bravo, encore un colis perdu 🙄").
  const sarcasm = /🙄|😒|😡|🤬|😤/u.test(text);
  if (sarcasm) total = -Math.abs(total) - 2;
  if (/😍|🥰|❤|👍|🙏/u.test(text) && total >= 0) total += 1;
  const f = fold(text);
  // Threats of lawyers, the press or danger are complaints even when worded calmly; so is a shouted message.
  const grave = URGENCY.some(([re, , g]) => g === "grave" && re.test(f));
  if (grave) total -= 2;
  if (shouting + bangs >= 2 && total <= 0) total -= 2;
  // A question is asked, not judged: mild words in it count half.
  if (/\?\s*$/.test(text.trim()) && Math.abs(total) < 3) total /= 2;
  if (total < 0) total *= 1 + 0.25 * Math.min(4, shouting + bangs);
  const sentiment = Math.max(-100, Math.min(100, Math.round((total / Math.max(1, Math.sqrt(hits))) * 30)));
  const label: SentimentLabel = sentiment <= -20 ? "negative" : sentiment >= 20 ? "positive" : "neutral";

  let urgency = 0;
  for (const [re, w] of URGENCY) if (re.test(f)) urgency = Math.max(urgency, w) + (urgency > 0 ? 10 : 0);
  urgency += Math.min(30, 10 * (shouting + bangs));
  if (label === "negative") urgency += 10;
  return { sentiment, label, urgency: Math.min(100, urgency) };
}
