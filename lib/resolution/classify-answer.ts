// Reads a customer's answer to the satisfaction check, French or English: satisfied, dissatisfied, a 1–5
// rating, or unclear (left to a person). Rules over folded text (lib/text/fold.ts: accents, case, curly
// apostrophes, white space), measured on the labelled set in tests/unit/classify-answer.test.ts.
// Dissatisfaction wins over politeness: "merci mais toujours pas réglé" is a complaint, not a thank-you.
import { fold } from "../text/fold";

export type Answer =
  | { verdict: "satisfied"; csat: number }
  | { verdict: "dissatisfied"; csat: number }
  | { verdict: "unclear"; csat: null };

const NEGATIVE: RegExp[] = [
  /\b(pas|plus|toujours pas|jamais|rien) (encore )?(resolu|regle|recu|livre|repare|rembourse|satisfait|content|bon|clair|fait|arrive|reglee|resolue|recue|livree)/,
  /\btoujours (pas|rien|le meme|en attente|aucun|casse|abime|bloque)/,
  /\b(ne|n') ?(marche|fonctionne|va|est) (toujours )?pas\b/,
  /\bn'est (toujours )?pas (resolu|regle|bon)/,
  /\b(aucune? (nouvelle|reponse|solution|rappel)|rien du tout|pas du tout|absolument pas|inadmissible|scandale|honte|nul|decu|decue|furieux|furieuse|mecontent)/,
  /^(non|nan|nope|no)\b/,
  /\b(not|never|still not|still no|still nothing|still waiting|no longer) ?(yet )?(fixed|resolved|solved|sorted|received|delivered|working|happy|satisfied|refunded|arrived)?\b/,
  /\b(doesn't|does not|didn't|did not|isn't|is not|hasn't|has not|haven't|have not|won't|can't) (work|arrive|fixed|resolved|solved|sorted|receive|get|been)/,
  /\b(disappointed|unhappy|terrible|awful|useless|worst|angry|ridiculous|unacceptable)\b/,
  /(👎|😡|😠|🤬|😤|😞|😢|☹|🙁|💢)/u,
];

const POSITIVE: RegExp[] = [
  /^(oui|ouais|yes|yep|yeah|yup|ok|okay|d'accord|daccord|parfait|super|nickel|top|genial|impeccable|great|perfect|excellent|awesome|cool)\b/,
  /\b(c'est|c est|tout est|all|it's|it is|everything is|everything's) (bon|regle|resolu|ok|good|fine|sorted|fixed|solved|parfait)/,
  /\b(bien (recu|reglee?|resolue?|arrivee?|livree?)|probleme (regle|resolu)|(regle|resolu|sorted|fixed|solved|resolved|received)\b)/,
  /\b(merci|thanks|thank you|thx|many thanks|cheers|satisfait|satisfaite|content|contente|happy|satisfied|ravie?)\b/,
  /(👍|🙏|😊|🙂|😀|😃|😄|❤|♥|👌|✅|🥰|😍)/u,
];

/** A rating out of 5: "4", "5/5", "4 sur 5", "note : 4", "⭐⭐⭐⭐". */
function ratingOf(t: string): number | null {
  const stars = (t.match(/⭐|★/gu) ?? []).length;
  if (stars >= 1 && stars <= 5) return stars;
  const m = /^(?:(?:note|rating|je (?:donne|mets)|i give)\s*:?\s*)?([1-5])(?:\s*(?:\/\s*5|sur 5|out of 5|etoiles?|stars?))?\s*[.!]*$/.exec(t)
    ?? /\b([1-5])\s*(?:\/\s*5|sur 5|out of 5)\b/.exec(t);
  return m ? Number(m[1]) : null;
}

export function classifyAnswer(text: string): Answer {
  const t = fold(text);
  if (!t) return { verdict: "unclear", csat: null };
  const rating = ratingOf(t);
  if (rating !== null) return rating >= 4 ? { verdict: "satisfied", csat: rating } : { verdict: "dissatisfied", csat: rating };
  if (NEGATIVE.some((r) => r.test(t))) return { verdict: "dissatisfied", csat: 1 };
  if (POSITIVE.some((r) => r.test(t))) return { verdict: "satisfied", csat: 5 };
  return { verdict: "unclear", csat: null };
}
