// A message that ends by recommending us or promising to come back ("Legends.", "Renewing for sure.", "worth the
// wait", "no regrets"; not "my favourite", a classic of irony) is praise even when it tells a failure on the way (a
// missed train the staff fixed, a late return nobody charged): customers do not recommend in irony what they mock.
// Read on the last sentence only, after every failure told, never negated ("never again", "je reviendrai pas" do
// not match). Issue #18, sentiment-f10 and f11.
import type { Sentence } from "./split-sentences";

const RECOMMENDS = /\b(?:(?:will|would|ll|gonna|going to) (?:definitely |def |100% |certainly |for sure )?(?:book|come back|be back|buy|order|use|fly|stay|go|shop|travel|rent)(?: \w+){0,2} (?:again|with you again)|renewing(?: for sure| again)?|(?:je |on |nous )?(?:renouvelle|renouvellerai|renouvelons) sans hesiter|je (?:vous |la |le |les )?recommande|(?:highly|would|definitely|can t|cannot) recommend|je reviendrai|on reviendra|nous reviendrons|legends?|worth (?:it|the wait|every penny)|(?:ca )?valait (?:le coup|la peine)|vaut (?:le coup|le detour)|hats off|chapeau bas|best (?:purchase|decision|thing|buy|bank|service|experience|investment)(?: i ve| i have| we ve)?|meilleure? (?:achat|decision|choix|banque|experience)|zero regrets?|no regrets|aucun regret|goty|grateful|reconnaissante?s?|merci infiniment|5 stars (?:isn t|is not) enough|10 ?\/ ?10|5 ?\/ ?5|five stars|5 stars|cinq etoiles|sans hesiter)\b/;
/** Crying emoji, which beside praise alone is joy. */
export const TEARS = /[😭🥹🥲]/u;

/** `lastFactAt`: where the last failure told ends (an offset in `f`); the verdict must come after it. */
export function endsRecommending(f: string, sentences: Sentence[], lastFactAt: number): boolean {
  const last = sentences.at(-1);
  if (!last) return false;
  const body = f.slice(last.start, last.end);
  const m = RECOMMENDS.exec(body);
  if (!m || last.start + m.index + m[0].length < lastFactAt) return false; // "Chapeau bas, 4e coupure de la semaine"
  const before = body.slice(0, m.index);
  const after = body.slice(m.index + m[0].length);
  return !/\b(?:never|jamais|not|pas|plus|no longer)\b(?:\s+\w+){0,3}\s*$/.test(before) && !/^\s*(?:\w+\s+)?(?:pas|plus|jamais|never|not)\b/.test(after);
}
