// Step 5 of score-message.ts: facts read with regular expressions on the whole folded text rather than word by
// word — time that passes, quick answers, the wrong or a partial item, amounts, ratings and stars, repeats,
// quotes. The patterns and the concepts they add live together here, apart from the lexicon walk.
import type { Token } from "../text/tokenize";
import type { Hit } from "./match-lexicon";
import type { Concept } from "./sentiment-lexicon";
import { WHERE_MINE, type Sentence } from "./split-sentences";

// ── Patterns on the folded text: time that passes, quick answers, amounts, ratings, quotes ──────────────
const NUM = String.raw`(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|quelques|plusieurs|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|several|a few|few)`;
const UNIT = String.raw`(?:min|mins|minutes?|h|hr|hrs|heures?|hours?|jours?|days?|nuits?|nights?|semaines?|weeks?|mois|months?)`;
const WHEN = String.raw`(?:la livraison|l'achat|son arrivee|sa livraison|delivery|it arrived|i bought it|day one|the purchase|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|hier|yesterday|avant-hier|ce matin|this morning|hier soir|last night|cette nuit|la semaine derniere|last week|le mois dernier|last month|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december|noel|christmas|the update|la mise a jour|\d{1,2}h\d*|\d{1,2}(?::\d\d)?\s?(?:am|pm)|le \d{1,2}|the \d{1,2}(?:st|nd|rd|th)?)`;
const ELAPSED: RegExp[] = [
  // "depuis jeudi", "since the update", "ça fait 6 semaines", "it's been 45 days", "for 4 days", "il y a une semaine"
  new RegExp(String.raw`\b(?:depuis|since|ca fait|cela fait|voila|il y a|it's been|it has been|been)\s+(?:(?:plus de|pres de|presque|over|more than|almost|nearly|about|environ|deja|already|now|maintenant|bientot|last|the last|the past|les|des)\s+)?(?:${NUM}\s*${UNIT}\b|${WHEN}\b)`),
  new RegExp(String.raw`\b(?:for|pendant|durant)\s+(?:(?:over|more than|almost|nearly|about|plus de|pres de|the last|the past)\s+)?${NUM}\s*${UNIT}\b`),
  // "14 days ago", "5 jours plus tard", "two weeks later"
  new RegExp(String.raw`\b${NUM}\s*${UNIT}\s+(?:ago|plus tard|later|apres|now|d'attente|de retard|late|delay|wait|queue|of waiting|on hold|sans|without|que j'attends|que j'attend|qu'on attend|de musique)\b`),
  // "retard de 2h", "delayed by five hours"
  new RegExp(String.raw`\b(?:retard|retarde|retardee|delay|delayed|late|attente|wait|waited|queued|bloque|bloquee|bloques|stuck)\s+(?:de\s+|of\s+|by\s+|for\s+|pendant\s+|depuis\s+)?(?:plus de\s+|over\s+|more than\s+)?${NUM}\s*${UNIT}\b`),
  /\b\d{1,2}h\d{0,2}\s+(?:d'attente|de retard|de musique|plus tard)\b/,
  // "day 6", "6e jour", "this is day 9"
  /\b(?:day|jour)\s+\d+\b|\b\d+\s*(?:e|eme|th|st|nd|rd)?\s+(?:jour|day)\b(?!\s+(?:delivery|livraison))/,
  // "That was last Tuesday", "on est vendredi", "c'était il y a une semaine", "it's now 10:20"
  new RegExp(String.raw`\b(?:that was|c'etait|on est|nous sommes|we're|we are|it's now|it is now|today is|aujourd'hui)\s+(?:le\s+|last\s+|the\s+|deja\s+)?(?:${WHEN}\b|\d)`),
];
/** Weeks and months of anything, in a statement: a long wait ("trois semaines sans colis"). */
const LONG = new RegExp(String.raw`\b${NUM}\s*(?:semaines?|weeks?|mois|months?)\b`);
/** An answer or a delivery within minutes, hours or a few days: praise. */
const QUICK = new RegExp(String.raw`\b(?:en|in|within|under|en moins de|in less than|in under|sous)\s+(?:only\s+|just\s+|seulement\s+|a peine\s+|moins de\s+)?(?:(?:${NUM})\s*(?:sec|secondes?|seconds?|min|mins|minutes?|h|heures?|hours?)|(?:1|2|3|4|5|un|deux|trois|quatre|cinq|one|two|three|four|five|a)\s+(?:jours?|days?))\b`);
/** "Commandé un pull M, reçu un pantalon 44", "ordered X, received one for Y": what came is not what was ordered. */
const WRONG_ITEM = /\b(?:commande|commandee|commandes|achete|ordered|bought|order of|commande de)\b[^.!?]{2,60}?[,;:]\s*(?:et\s+|and\s+|but\s+|mais\s+|j'ai\s+|i\s+)?(?:recu|recue|recus|livre|livree|livres|received|got|delivered|sent|envoye|arrive avec|arrived with)\s+(?!le lendemain|the next|next|le jour|the same|en |in |within|hier|yesterday|today|aujourd'hui|ce matin|this morning|rapidement|quickly|fast|vite|a temps|on time|\d+\s*(?:h|jours?|days?|hours?|heures?)\b)(?:un|une|des|le|la|les|a|an|one|the|someone|\d)\b/;
/** A lone capital W or L, the online verdict ("huge W", "L update", "c'est un L"); not a size ("taille L"), a
 * unit ("500 W") or an initial ("Mr L."). */
const VERDICT = /(?<!\b(?:taille|size|en|in|Mr|Mme|M|Dr|plan|ligne|line|bus|metro|tram|route|gate|porte|terminal|zone)\.?\s|\d\s?)(?<![\p{L}\d'’.-])([WL])(?![\p{L}\d'’.-])/u;
/** "3 of the 5 items", "2 articles sur 4": part of the order. */
const PARTIAL = /\b\d+\s+(?:of|out of)\s+(?:the\s+|my\s+)?\d+\s+(?:items?|products?|parcels?|packages?|boxes|pieces|things)\b|\b\d+\s+(?:articles?|produits?|colis|pieces|elements|cartons)\s+sur\s+\d+\b/;
/** "express shipping in only 3 weeks": a slow time sold as fast (irony). */
export const SLOW_QUICK = /\b(?:(?:en|in|within)\s+)?(?:only|just|seulement|a peine|juste)\s+(?:\d+|un|une|deux|trois|quatre|cinq|six|two|three|four|five|six|a)\s+(?:semaines?|weeks?|mois|months?)\b/;
/** "sent the same documents four times", "3e fois que", "ça fait 3 fois que": again and again (not "en 3 fois"). */
const TIMES = /(?<!\ben )\b(?:\d+|deux|trois|quatre|cinq|six|dix|plusieurs|three|four|five|six|ten|several|multiple|many|countless|a dozen)\s+(?:fois|times)\b|\b(?:ca fait|cela fait|that's the|it's the|for the)\s+\S+\s+(?:fois|time)\b|\ba plusieurs reprises\b|\bencore et encore\b|\bagain and again\b|\bover and over\b/;
/** "the third email", "ma 4e relance", "5th call": one more attempt. */
const NTH = /\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|umpteenth|nth|deuxieme|troisieme|quatrieme|cinquieme|sixieme|enieme|2e|3e|4e|5e|6e|2eme|3eme|4eme|5eme|6eme)\s+(?:time|email|e-mail|mail|mails|call|calls|appel|message|relance|complaint|reclamation|attempt|tentative|visit|visite|letter|courrier|chat|ticket|demande|request)\b/;
/** "zéro communication", "zero help": none at all (but "zéro frais" is an offer). */
// ("zero faff", "zéro souci": none of a nuisance is praise, not an absence.)
const ZERO = /\b(?:zero|0)\s+(?!frais|fee|fees|interest|commission|penalty|euro|euros|pound|pounds|%|pour ?cent|percent|stars?|etoiles?|min|minutes?|jours?|days?|faff|fuss|hassle|stress|drama|issues?|problems?|problemes?|soucis?|complaints?|wait|waiting|queues?|attente|delays?|retards?|bugs?|surprises?|hidden|upsell|nonsense|trouble|worries|worry|complications?|prise de tete)(?:[a-z]{4,})\b/;
/** Billed for what was returned, cancelled or never had: "a bill for a phone I returned". */
const BILLED_FOR_NOTHING = /\b(?:bill|billed|billing|charged|charging|invoice|invoiced|facture|facturee|facturez|preleve|prelevee|debite|debitee|payer|paid|pay)\b[^.!?]{0,60}\b(?:returned|cancelled|canceled|never ordered|never received|never had|never used|renvoye|renvoyee|retourne|retournee|resilie|resiliee|annule|annulee|jamais commande|jamais recu|jamais utilise|pas commande)\b/;
/** A wait pushed to later: "next month", "la semaine prochaine", "another week". */
const LATER = /\b(?:next month|le mois prochain|next week|la semaine prochaine|another week|another month|one more week|une semaine de plus|un mois de plus|encore une semaine|encore un mois|dans (?:deux|trois|quatre|\d+) semaines|in (?:two|three|four|\d+) weeks)\b/;
export const AMOUNT = /(?:\d+(?:[.,]\d+)?\s?(?:€|eur\b|euros?\b|£|\$|quid\b|dollars?\b|pounds?\b|p\b)|[£$€]\s?\d+)/g;
const RATING = /\b(\d+(?:[.,]\d)?)\s?\/\s?(10|5)\b/;
const STARS = /\b(\d|un|une|one|zero)\s+(?:etoiles?|stars?)\b/;
const QUOTED = /"[^"]{2,}"/;

/** Adds what the patterns find, through score-message.ts's `add`, in the order it always read them. */
export function addPatternConcepts(
  text: string,
  f: string,
  tokens: Token[],
  hits: Hit[],
  sentences: Sentence[],
  amounts: string[],
  factList: { at: number; v: number; weight: number }[],
  add: (concept: Concept, value: number, at: number, offset: number) => void,
  addIrony: () => void,
): void {
  const at = (re: RegExp) => {
    const m = re.exec(f);
    return m ? m.index : -1;
  };
  const tokenAt = (offset: number) => Math.max(0, tokens.findIndex((t) => t.end > offset));
  for (const re of ELAPSED) {
    const o = at(re);
    if (o >= 0) add("delay", -2, tokenAt(o), o);
  }
  const long = at(LONG);
  if (long >= 0) add("delay", -1, tokenAt(long), long);
  const quick = at(QUICK);
  if (quick >= 0 && !hits.some((h) => h.concept === "promise")) add("good", 1.5, tokenAt(quick), quick);
  if (amounts.length >= 2) add("money", -1, 0, f.indexOf(amounts[0]!));
  const wrong = at(WRONG_ITEM);
  if (wrong >= 0) add("mismatch", -2, tokenAt(wrong), wrong);
  const partial = at(PARTIAL);
  if (partial >= 0) add("mismatch", -2, tokenAt(partial), partial);
  const slowQuick = at(SLOW_QUICK);
  if (slowQuick >= 0) addIrony();
  for (const x of sentences) {
    const body = f.slice(x.start, x.end).trim();
    if (WHERE_MINE.test(body)) add("absence", -2, tokenAt(x.start), x.start);
  }
  // "huge W", "L update": the online verdict, a capital letter standing alone (not a size, a unit or an initial).
  const verdict = VERDICT.exec(text);
  if (verdict) add(verdict[1] === "W" ? "praise" : "bad", verdict[1] === "W" ? 2 : -2, tokenAt(0), 0);
  const zero = at(ZERO);
  if (zero >= 0) add("absence", -2, tokenAt(zero), zero);
  const billedForNothing = at(BILLED_FOR_NOTHING);
  if (billedForNothing >= 0) add("money", -2, tokenAt(billedForNothing), billedForNothing);
  const nth = at(NTH);
  if (nth >= 0) add("repeat", -1.5, tokenAt(nth), nth);
  const times = at(TIMES);
  if (times >= 0) add("repeat", -1.5, tokenAt(times), times);
  const later = at(LATER);
  if (later >= 0) add("delay", -1, tokenAt(later), later);
  const quoted = at(QUOTED);
  if (quoted >= 0) {
    add("promise", -1, tokenAt(quoted), quoted);
    factList.push({ at: tokenAt(quoted), v: 0, weight: 1 }); // quoting the company is a strong irony cue beside praise
  }
  const rating = RATING.exec(f);
  if (rating) {
    const r = Number(rating[1]!.replace(",", ".")) / Number(rating[2]);
    if (r >= 0.7) add("praise", 2, tokenAt(rating.index), rating.index);
    else if (r <= 0.4) add("bad", -2.5, tokenAt(rating.index), rating.index);
  }
  const stars = STARS.exec(f);
  if (stars) {
    const n = { un: 1, une: 1, one: 1, zero: 0 }[stars[1]!] ?? Number(stars[1]);
    if (n >= 4) add("praise", 2, tokenAt(stars.index), stars.index);
    else if (n <= 2) add("bad", -2.5, tokenAt(stars.index), stars.index);
  }
  if (/\bwhich\?(?!\s*$)/i.test(text) && /\bWhich\?/.test(text)) add("threat", -3, 0, 0);
}
