// Offline sentiment and urgency of one inbound message, French and English (R9, issue #18 §6).
//
// Sentiment reads CONCEPTS (lib/scoring/sentiment-lexicon.ts), not single words, and weighs them the way a
// complaint is written:
//   - judgements (praise, "nul", "useless"), accusations ("voleurs", "scam"), threats (lawyers, consumer bodies,
//     chargebacks, the press), leaving, mockery, "it used to be better";
//   - FACTS that describe a failure even when worded calmly: something broke or was refused, something never
//     came ("toujours rien", "no signal"), a wait measured in days ("depuis jeudi", "day 6", "3 weeks later"),
//     money taken, a broken promise, the wrong item, the company's own words in quotes, "again";
//   - negation (lib/text/negation.ts scope): a negated praise is a complaint ("pas content"), a negated
//     criticism is praise ("pas déçu", "can't complain"), a negated expected event is an absence ("pas reçue",
//     "hasn't updated"), and a negation that flips nothing in a statement is a mild complaint ("n'y sont pas");
//   - sarcasm: praise next to a described failure or an irony marker (🙃, "merci hein", "just kidding") counts
//     against ("Top le service, trois semaines sans colis"), unless the praise comes after a contrast ("mais",
//     "but") or the failure was put right ("réglé en 10 minutes, merci");
//   - contrast: the clause after "mais/but/sauf que" weighs more than the one before; an expectation frame
//     ("je m'attendais au pire") cancels the fear it introduces;
//   - questions: an information question ("Le retour est-il gratuit ?") counts its fact words little, while
//     accusations, mockery, "??" and helplessness ("on fait comment ?") still count;
//   - emoji polarity, shouting (capitals, "!!") and intensifiers ("très", "so") amplify.
// The total maps to -100…100 through tanh; labels: negative ≤ -20, positive ≥ 20 (the radar counts ≤ -20).
// Measured on tests/text-eval/sentiment (dev half; the test half is sealed) and tests/scoring/sentiment-set.tsv.
import { fold } from "../text/fold";
import { detectLanguage } from "../text/language";
import { negationScope } from "../text/negation";
import { COMPLAINT, LEGAL, PRESS } from "../text/signals";
import { stemsOf } from "../text/stem";
import { tokenize, tokenizeFolded, type Lang, type Token } from "../text/tokenize";
import { URGENCY } from "./lexicon";
import { EMOJI, EXCESS, GROUPS, INTENSIFIERS, type Concept } from "./sentiment-lexicon";

export type SentimentLabel = "negative" | "neutral" | "positive";

export interface MessageScore {
  /** -100 (angry) … 100 (delighted). */
  sentiment: number;
  label: SentimentLabel;
  /** 0 … 100; "urgent" from 50. */
  urgency: number;
}

const POSITIVE: ReadonlySet<Concept> = new Set(["praise", "good", "litotes", "resolved"]);
/** Concepts that describe what happened (not a judgement): they make praise next to them sarcastic. */
const FACTS: ReadonlySet<Concept> = new Set(["failure", "absence", "delay", "money", "mismatch", "repeat", "promise"]);
/** Weight of each concept inside an information question ("Le retour est-il gratuit ?"). */
const IN_QUESTION: Partial<Record<Concept, number>> = {
  good: 0.5, failure: 0.4, absence: 0.6, delay: 0.3, money: 0.2, threat: 0.3, churn: 0.2, repeat: 0.5,
  promise: 0.3, mismatch: 0.3, metoo: 0.5, resolved: 0.3, help: 0.5,
};
/** Concepts matched on Snowball stems too (judgements inflect; event words would over-match: "remboursement"). */
const STEMMED_CONCEPTS: ReadonlySet<Concept> = new Set(["praise", "good", "bad", "insult", "failure"]);

interface Entry { concept: Concept; value: number; lang?: Lang }
interface Pattern { words: string[]; prefixLast: boolean; entry: Entry }

// ── Lexicon compiled once: phrases by first word, single words exact / by prefix / by stem ─────────────
const BY_FIRST = new Map<string, Pattern[]>();
const PREFIX: Pattern[] = [];
const STEMS_FR = new Map<string, Entry>();
const STEMS_EN = new Map<string, Entry>();
// The press, legal and complaint words every feature shares (lib/text/signals.ts) are threats here too, but for
// words that mostly mean something else in a customer's message: "court" (French for "short"), "article" (an
// item bought), "press" and "media" (a button, a file).
const NOT_THREATS = new Set(["court", "article", "press", "media", "medias", "opposition"]);
const SHARED_THREATS: (typeof GROUPS)[number] = ["threat", 3, [...LEGAL, ...COMPLAINT, ...PRESS].filter((w) => !NOT_THREATS.has(w)).join(", ")];
for (const [concept, value, list, lang] of [...GROUPS, SHARED_THREATS]) {
  for (const raw of list.split(",")) {
    const text = raw.trim();
    if (!text) continue;
    const prefixLast = text.endsWith("*");
    const words = tokenize(text.replace(/\*$/, "")).map((t) => t.word);
    if (words.length === 0) continue;
    const p: Pattern = { words, prefixLast, entry: { concept, value, lang } };
    if (prefixLast && words.length === 1) {
      PREFIX.push(p);
      continue;
    }
    const list2 = BY_FIRST.get(words[0]!) ?? [];
    if (!list2.some((q) => q.words.join(" ") === words.join(" "))) list2.push(p);
    BY_FIRST.set(words[0]!, list2);
    if (words.length === 1 && !prefixLast && words[0]!.length >= 5 && STEMMED_CONCEPTS.has(concept)) {
      const [fr, en] = stemsOf(words[0]!);
      if (lang !== "en" && !STEMS_FR.has(fr)) STEMS_FR.set(fr, p.entry);
      if (lang !== "fr" && !STEMS_EN.has(en)) STEMS_EN.set(en, p.entry);
    }
  }
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.words.length - a.words.length);
// Prefix entries ("arnaque*") by their first three letters, so a token is tried against a handful, not all.
const PREFIX_BY_HEAD = new Map<string, Pattern[]>();
for (const p of PREFIX) PREFIX_BY_HEAD.set(p.words[0]!.slice(0, 3), [...(PREFIX_BY_HEAD.get(p.words[0]!.slice(0, 3)) ?? []), p]);

interface Hit extends Entry { start: number; end: number }

function matchAt(tokens: Token[], i: number, lang: Lang | null): Hit | null {
  const w = tokens[i]!.word;
  for (const p of BY_FIRST.get(w) ?? []) {
    if (lang && p.entry.lang && p.entry.lang !== lang) continue;
    const n = p.words.length;
    if (i + n > tokens.length) continue;
    let ok = true;
    for (let k = 1; k < n && ok; k++) {
      const t = tokens[i + k]!.word;
      ok = k === n - 1 && p.prefixLast ? t.startsWith(p.words[k]!) : t === p.words[k];
    }
    if (ok) return { ...p.entry, start: i, end: i + n };
  }
  for (const p of PREFIX_BY_HEAD.get(w.slice(0, 3)) ?? []) {
    if (w.startsWith(p.words[0]!) && !(lang && p.entry.lang && p.entry.lang !== lang)) return { ...p.entry, start: i, end: i + 1 };
  }
  if (w.length >= 5) {
    const [fr, en] = stemsOf(w);
    const e = (lang !== "en" ? STEMS_FR.get(fr) : undefined) ?? (lang !== "fr" ? STEMS_EN.get(en) : undefined);
    if (e && !(lang && e.lang && e.lang !== lang)) return { ...e, start: i, end: i + 1 };
  }
  return null;
}

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
/** "3 of the 5 items", "2 articles sur 4": part of the order. */
const PARTIAL = /\b\d+\s+(?:of|out of)\s+(?:the\s+|my\s+)?\d+\s+(?:items?|products?|parcels?|packages?|boxes|pieces|things)\b|\b\d+\s+(?:articles?|produits?|colis|pieces|elements|cartons)\s+sur\s+\d+\b/;
/** "express shipping in only 3 weeks": a slow time sold as fast (irony). */
const SLOW_QUICK = /\b(?:(?:en|in|within)\s+)?(?:only|just|seulement|a peine|juste)\s+(?:\d+|un|une|deux|trois|quatre|cinq|six|two|three|four|five|six|a)\s+(?:semaines?|weeks?|mois|months?)\b/;
/** "sent the same documents four times", "3e fois que", "ça fait 3 fois que": again and again (not "en 3 fois"). */
const TIMES = /(?<!\ben )\b(?:\d+|deux|trois|quatre|cinq|six|dix|plusieurs|three|four|five|six|ten|several|multiple|many|countless|a dozen)\s+(?:fois|times)\b|\b(?:ca fait|cela fait|that's the|it's the|for the)\s+\S+\s+(?:fois|time)\b|\ba plusieurs reprises\b|\bencore et encore\b|\bagain and again\b|\bover and over\b/;
/** "the third email", "ma 4e relance", "5th call": one more attempt. */
const NTH = /\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|umpteenth|nth|deuxieme|troisieme|quatrieme|cinquieme|sixieme|enieme|2e|3e|4e|5e|6e|2eme|3eme|4eme|5eme|6eme)\s+(?:time|email|e-mail|mail|mails|call|calls|appel|message|relance|complaint|reclamation|attempt|tentative|visit|visite|letter|courrier|chat|ticket|demande|request)\b/;
/** "zéro communication", "zero help": none at all (but "zéro frais" is an offer). */
const ZERO = /\b(?:zero|0)\s+(?!frais|fee|fees|interest|commission|penalty|euro|euros|pound|pounds|%|pour ?cent|percent|stars?|etoiles?|min|minutes?|jours?|days?)(?:[a-z]{4,})\b/;
/** Billed for what was returned, cancelled or never had: "a bill for a phone I returned". */
const BILLED_FOR_NOTHING = /\b(?:bill|billed|billing|charged|charging|invoice|invoiced|facture|facturee|facturez|preleve|prelevee|debite|debitee|payer|paid|pay)\b[^.!?]{0,60}\b(?:returned|cancelled|canceled|never ordered|never received|never had|never used|renvoye|renvoyee|retourne|retournee|resilie|resiliee|annule|annulee|jamais commande|jamais recu|jamais utilise|pas commande)\b/;
/** A wait pushed to later: "next month", "la semaine prochaine", "another week". */
const LATER = /\b(?:next month|le mois prochain|next week|la semaine prochaine|another week|another month|one more week|une semaine de plus|un mois de plus|encore une semaine|encore un mois|dans (?:deux|trois|quatre|\d+) semaines|in (?:two|three|four|\d+) weeks)\b/;
const AMOUNT = /(?:\d+(?:[.,]\d+)?\s?(?:€|eur\b|euros?\b|£|\$|quid\b|dollars?\b|pounds?\b|p\b)|[£$€]\s?\d+)/g;
const RATING = /\b(\d+(?:[.,]\d)?)\s?\/\s?(10|5)\b/;
const STARS = /\b(\d|un|une|one|zero)\s+(?:etoiles?|stars?)\b/;
const QUOTED = /"[^"]{2,}"/;
const QUESTION_START = /^(?:est-ce|est ce|comment|combien|quel|quelle|quels|quelles|quand|ou|peut-on|peut on|puis-je|pouvez-vous|pouvez vous|y a-t-il|il y a|faut-il|avez-vous|vous avez|vous acceptez|is|are|do|does|did|can|could|will|would|should|how|what|what's|where|where's|when|which|who|any|anyone)\b/;
const INTENT = new Set(["veux", "voudrais", "souhaite", "souhaiterais", "aimerais", "peux", "puis", "peut", "pouvez",
  "pouvoir", "possible", "comment", "faut", "dois", "can", "could", "want", "wanna", "wish", "how", "able", "to", "need"]);
const REQUEST = /^merci (?:de (?:me |m'|nous |le |la |les |bien vouloir |faire |\p{L}+(?:er|ir|re)\b)|d'(?:\p{L}+(?:er|ir|re)\b))/u;
/** "Pourquoi… ?", "Why… ?": a question that complains. */
/** "Where is my refund?", "Où est mon colis ?": asking after something owed is waiting for it. */
const WHERE_MINE = /^(?:where|where's|where is|ou est|ou en est|ou sont|when will i|when do i get|quand vais-je|quand est-ce que je vais)\b[^?]*\b(?:my|mon|ma|mes)\s+(?:order|parcel|package|refund|money|delivery|item|bag|suitcase|card|commande|colis|remboursement|argent|livraison|valise|article|carte)\b/;
const WHY = /^(?:pourquoi|why|how come|comment se fait-il|comment ca se fait|comment est-ce possible|how is it possible|how is this|how can you|comment pouvez-vous|comment osez-vous)\b/;
const HYPOTHESIS = new Set(["si", "if", "lorsque", "whether", "supposing"]);
const HYPOTHESIS_PAIRS = new Set(["en cas", "in case", "au cas", "what if"]);
const ACHIEVE = new Set<string>();
/** Words after which a failure is the occasion of the thanks, not its object ("merci pour le geste suite au retard"). */
const AFTER = new Set(["apres", "after", "suite", "following", "pendant", "during", "malgre", "despite", "avec", "with"]);
const THANKS = new Set(["merci", "mercii", "thanks", "thank", "thx", "ty", "tysm", "cheers"]);
const CONCESSION = new Set(["malgre", "despite", "although"]);
const CONCESSION_PAIRS = new Set(["bien que", "meme si", "even though", "even if", "in spite"]);
const CONTRAST = new Set(["mais", "pourtant", "cependant", "toutefois", "neanmoins", "but", "however", "though", "although", "except"]);
const CONTRAST_PAIRS = new Set(["sauf que", "par contre", "en revanche", "even so", "that said"]);
/** First words of the two-word markers above (a cheap test before building the pair). */
const PAIR_HEADS = new Set([...CONTRAST_PAIRS, ...CONCESSION_PAIRS, ...HYPOTHESIS_PAIRS].map((p) => p.split(" ")[0]!));
const ACRONYM = /^(SAV|UFC|DM|MP|LED|URL|CEO|DGCCRF|TGV|TER|SNCF|RER|RATP|SMS|PDF|SIM|EDF|CAF|IBAN|RIB|BBB|CFPB|FCA|FTC|USB|UK|USA|EU|OK|TV|WIFI|4G|5G|ADSL|VDSL|ASAP|FAQ|PIN|API|APP|IOS|CB)$/;

interface Sentence { start: number; end: number; question: boolean; rhetorical: boolean }

function sentencesOf(f: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?…\n]+[.!?…]*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(f))) {
    const s = m[0];
    const body = s.trim();
    if (!/[\p{L}\p{N}]/u.test(body)) {
      if (out.length && /\?/.test(body)) out[out.length - 1]!.rhetorical = true; // a trailing "??"
      continue;
    }
    const ends = /\?[\s\p{Extended_Pictographic}]*$/u.test(s.trim());
    out.push({
      start: m.index,
      end: m.index + s.length,
      question: (ends || QUESTION_START.test(body)) && !WHY.test(body) && !WHERE_MINE.test(body),
      rhetorical: /\?\s*\?|\?!|!\?/.test(s),
    });
  }
  // A sentence that starts like a question but ends with "." or "!" is a statement, unless it is the last one
  // and has no final punctuation ("does the app work on tablets").
  out.forEach((s, i) => {
    const text = f.slice(s.start, s.end).trim();
    if (s.question && !/\?/.test(text) && (i < out.length - 1 || /[.!…]$/.test(text))) s.question = false;
  });
  return out;
}

export interface ScoreOptions {
  /** The message's language when the caller knows it (ingestion detects it anyway); detected otherwise. */
  lang?: Lang | null;
  /** Receives one line per concept read, for debugging a score. */
  trace?: string[];
}

const NEVER = new Set(["never", "jamais"]);
const AS_MUCH = new Set(["this", "so", "as", "such", "aussi", "autant", "si", "tellement"]);
const LAUGHTER = new Set(["lol", "lool", "mdr", "mdrr", "mdrrr", "ptdr", "ptdrr", "haha", "hahaha", "lmao", "xd"]);

export function scoreMessage(text: string, options: ScoreOptions = {}): MessageScore {
  const trace = options.trace;
  const lang = options.lang !== undefined ? options.lang : detectLanguage(text);
  const f = fold(text);
  const tokens = tokenizeFolded(f, lang);
  const scope = negationScope(tokens);
  const sentences = sentencesOf(f);
  const sentenceOf = (offset: number) => sentences.find((s) => offset >= s.start && offset < s.end) ?? sentences.at(-1);
  const infoQuestion = (offset: number) => {
    const s = sentenceOf(offset);
    return !!s && s.question && !s.rhetorical;
  };

  const amounts = f.match(AMOUNT) ?? [];
  const hasAmount = amounts.length > 0;
  // 1. Lexicon hits, longest phrase first.
  const hits: Hit[] = [];
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; ) {
    const h = matchAt(tokens, i, lang);
    if (h) {
      hits.push(h);
      for (let k = h.start; k < h.end; k++) covered[k] = true;
      i = h.end;
    } else i++;
  }

  // Clause number of each token (a clause ends at punctuation or an emoji).
  const clause: number[] = [];
  tokens.forEach((t, i) => clause.push(i === 0 ? 0 : clause[i - 1]! + (t.breakBefore ? 1 : 0)));

  // 1b. Words in quotation marks are someone else's (the company's "not a defect", "votre avis compte"): the
  // quoting counts (section 5), not what is quoted.
  const quotedTok = new Array<boolean>(tokens.length).fill(false);
  for (const m of f.matchAll(/"[^"]{2,}"/g)) {
    tokens.forEach((t, i) => {
      if (t.start > m.index && t.end < m.index + m[0].length) quotedTok[i] = true;
    });
  }

  // 2. Contrast: the part after the last "mais/but" weighs more.
  let lastContrast = -1;
  tokens.forEach((t, i) => {
    if (CONTRAST.has(t.word) || (PAIR_HEADS.has(t.word) && CONTRAST_PAIRS.has(`${t.word} ${tokens[i + 1]?.word ?? ""}`))) lastContrast = i;
  });
  const contrastWeight = (i: number) => (lastContrast < 0 ? 1 : i > lastContrast ? 1.4 : 0.6);

  // 3. Expectation frames: the rest of their clause is what was feared, not what happened.
  const feared = new Array<boolean>(tokens.length).fill(false);
  for (const h of hits) {
    if (h.concept !== "expect") continue;
    for (let k = h.end; k < tokens.length && !tokens[k]!.breakBefore && !CONTRAST.has(tokens[k]!.word); k++) feared[k] = true;
  }

  // 3a. Hypotheses ("que faire si mon colis arrive abîmé ?", "in case of delay"): what might happen has not.
  tokens.forEach((t, i) => {
    if (!HYPOTHESIS.has(t.word) && !(PAIR_HEADS.has(t.word) && HYPOTHESIS_PAIRS.has(`${t.word} ${tokens[i + 1]?.word ?? ""}`))) return;
    for (let k = i + 1; k < tokens.length && !tokens[k]!.breakBefore; k++) feared[k] = true;
  });

  // 3b. Concessions ("malgré le retard", "despite the strike"): when the message praises and shows no irony, the
  // failure it concedes is not what it says.
  const ironyAhead = hits.some((h) => h.concept === "sarcasm") || /[🙄😒🙃]/u.test(text) || SLOW_QUICK.test(f);
  const praiseAhead = hits.some((h) => POSITIVE.has(h.concept)) || /[👍👏🙌👌😍🥰😊🙂❤♥🙏]/u.test(text);
  const conceded = new Array<boolean>(tokens.length).fill(false);
  if (praiseAhead && !ironyAhead) {
    tokens.forEach((t, i) => {
      if (!CONCESSION.has(t.word) && !(PAIR_HEADS.has(t.word) && CONCESSION_PAIRS.has(`${t.word} ${tokens[i + 1]?.word ?? ""}`))) return;
      for (let k = i + 1; k < tokens.length && !tokens[k]!.breakBefore; k++) conceded[k] = true;
    });
  }

  // 4. Values: negation, intensifiers, questions, contrast.
  let pos = 0; // praise and good qualities
  let neg = 0; // everything against (a negative number)
  let facts = 0; // how much failure is described (for sarcasm)
  const factList: { at: number; v: number; weight: number }[] = [];
  let lastResolved = -1; // the last clause that says a problem was put right
  let lastResolvedAt = -1; // and the token where it says so
  let irony = 0; // irony markers
  let laughter = 0; // mockery that is only laughter ("mdr", "lol"): a negative number
  let judged = 0; // judgements against, accusations, mockery (for sarcasm)
  let resolved = false;
  let praiseAfterContrastOnly = true;
  let praiseBeforeContrast = false;
  const add = (concept: Concept, value: number, at: number, offset: number) => {
    if (feared[at] && value < 0) return;
    if (conceded[at] && value < 0 && FACTS.has(concept)) value *= 0.3;
    const q = infoQuestion(offset) && !(concept === "money" && hasAmount) ? (IN_QUESTION[concept] ?? 1) : 1;
    const v = value * q * contrastWeight(at);
    if (v > 0) {
      pos += v;
      if (concept === "praise" || concept === "good") {
        if (at <= lastContrast || lastContrast < 0) praiseAfterContrastOnly = false;
        if (at < lastContrast) praiseBeforeContrast = true;
      }
    } else neg += v;
    trace?.push(`${concept} ${v.toFixed(2)} @${tokens[at]?.word ?? "end"}`);
    if (FACTS.has(concept) && v < 0) factList.push({ at, v: -v, weight: -v / Math.max(q, 0.5) });
    if ((concept === "bad" || concept === "insult" || concept === "mock" || concept === "nostalgia") && v < 0) judged += -v;
    if (concept === "mock" && v < 0 && LAUGHTER.has(tokens[at]?.word ?? "")) laughter += v;
    if (concept === "sarcasm") irony += 1;
  };

  const usedCue = new Array<boolean>(tokens.length).fill(false);
  const hitValue = new Array<number>(hits.length).fill(0);
  // The negation cue that governs token i: the nearest cue before it in the same negation scope, unless that cue
  // belongs to a phrase already read ("c'est pas rien" does not negate what follows it).
  const cueOf = (i: number): number => {
    if (!scope[i]!.negated || scope[i]!.cue) return -1;
    for (let k = i - 1; k >= 0; k--) {
      if (!scope[k]!.negated) return -1;
      if (scope[k]!.cue) return covered[k] ? -1 : k;
      if (tokens[k]!.breakBefore) return -1;
    }
    return -1;
  };
  hits.forEach((h, n) => {
    if ((feared[h.start] && !POSITIVE.has(h.concept)) || quotedTok[h.start]) return;
    const t = tokens[h.start]!;
    let concept = h.concept;
    let value = POSITIVE.has(concept) ? h.value : -h.value;
    // A negation cue inside the phrase (ne, pas, no…) was read by the phrase itself.
    for (let k = h.start; k < h.end; k++) if (scope[k]!.cue) usedCue[k] = true;
    const single = h.end - h.start === 1;
    let cue = cueOf(h.start);
    // "Never felt this let down", "jamais été aussi déçu": a comparison with everything before, not a negation.
    if (cue >= 0 && NEVER.has(tokens[cue]!.word) && tokens.slice(cue + 1, h.start).some((x) => AS_MUCH.has(x.word))) {
      usedCue[cue] = true;
      cue = -1;
      value *= 1.5;
    }
    if (cue >= 0) {
      // The cue and the cues of the same negation ("ne … pas") are read with this word.
      for (let k = cue; k >= 0 && scope[k]!.negated; k--) {
        if (scope[k]!.cue) usedCue[k] = true;
        if (tokens[k]!.breakBefore) break;
      }
      for (let k = cue + 1; k < tokens.length && scope[k]!.negated && (k <= h.start || !tokens[k]!.breakBefore); k++) {
        if (scope[k]!.cue) usedCue[k] = true;
      }
      if (concept === "praise" || concept === "good") [concept, value] = ["bad", -Math.abs(value)];
      else if (concept === "bad") [concept, value] = ["litotes", Math.abs(value) * 0.7];
      else if (concept === "event" || concept === "resolved") [concept, value] = ["absence", -2];
      else if (concept === "loyal") [concept, value] = ["litotes", 2];
      else if (concept === "failure") [concept, value] = ["resolved", 1]; // "no more dropped calls", "plus de bug"
      else if (concept === "money" || concept === "threat" || concept === "churn") value = 0;
      // a negated wait keeps its sign: "haven't had it for months" (the positive ones are phrases: "sans attendre")
    } else if (concept === "loyal" || concept === "event" || concept === "expect" || concept === "neutral") value = 0;
    // What the customer wants to do is not what went wrong: "je veux annuler", "how do I cancel", "j'adore
    // pouvoir bloquer ma carte".
    if (concept === "failure" && cue < 0 && tokens.slice(Math.max(0, h.start - 3), h.start).some((x) => INTENT.has(x.word))) value = 0;
    // Thanks closing a question are politeness ("Vous ouvrez dimanche ? Merci").
    if (concept === "praise" && THANKS.has(t.word) && sentences.some((x) => x.question && !x.rhetorical)) value = 0;
    if (concept === "churn" && cue < 0 && tokens.slice(Math.max(0, h.start - 3), h.start).some((x) => INTENT.has(x.word))) value *= 0.4;
    // "Merci de me rappeler" asks; it does not thank.
    if (concept === "praise" && REQUEST.test(f.slice(t.start, t.start + 40))) value = 0;
    if (concept === "resolved" && value > 0) {
      resolved = true;
      lastResolved = Math.max(lastResolved, clause[h.start]!);
      lastResolvedAt = Math.max(lastResolvedAt, h.start);
    }
    // Intensifier or "trop/too" just before.
    const prev = h.start > 0 && !t.breakBefore ? tokens[h.start - 1]!.word : "";
    const prev2 = h.start > 1 && !t.breakBefore && !tokens[h.start - 1]!.breakBefore ? tokens[h.start - 2]!.word : "";
    if (INTENSIFIERS.has(prev) || INTENSIFIERS.has(prev2) || EXCESS.has(prev)) value *= 1.5;
    // An intensifier that is also a word of the lexicon ("super rapide") counts once, as an intensifier.
    const next = hits[n + 1];
    if (single && INTENSIFIERS.has(t.word) && next && next.start === h.end && !tokens[h.end]!.breakBefore) return;
    hitValue[n] = value;
    if (value !== 0) add(concept, value, h.start, t.start);
  });

  // "trop / too" before a plain word: an excess ("trop petit", "too short").
  tokens.forEach((t, i) => {
    const nx = tokens[i + 1];
    if (EXCESS.has(t.word) && nx && !nx.breakBefore && !covered[i + 1] && !covered[i]) add("mismatch", -1.5, i, t.start);
  });

  // A negation that flipped nothing, in a statement: something did not happen ("les deux autres n'y sont pas").
  let lastGeneric = -10;
  tokens.forEach((t, i) => {
    if (!scope[i]!.cue || usedCue[i] || covered[i]) return;
    let same = lastGeneric >= 0;
    for (let k = lastGeneric + 1; k <= i && same; k++) same = scope[k]!.negated && !tokens[k]!.breakBefore;
    lastGeneric = i;
    if (same) return; // "ne … pas" is one negation
    add("absence", -1, i, t.start);
  });

  // 5. Patterns on the folded text.
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
  if (slowQuick >= 0) irony += 1;
  for (const x of sentences) {
    const body = f.slice(x.start, x.end).trim();
    if (WHERE_MINE.test(body)) add("absence", -2, tokenAt(x.start), x.start);
  }
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

  // 6. Emoji.
  let emojiPos = 0;
  for (const [re, value, concept] of EMOJI) {
    const n = Math.min(2, (text.match(re) ?? []).length);
    if (!n) continue;
    if (concept === "sarcasm") irony += n;
    if (value > 0) emojiPos += value * (n === 1 ? 1 : 1.5);
    else add(concept, value * (n === 1 ? 1 : 1.5), tokens.length, f.length);
  }
  pos += emojiPos;

  // 6b. Thanking for a failure ("merci pour ce retard", "thanks for the 3 hour wait") or praising an achievement
  // that is one ("vous avez réussi à perdre ma valise", "managed to lose my parcel") is irony.
  hits.forEach((h, n) => {
    const thanks = h.concept === "praise" || ACHIEVE.has(tokens[h.start]!.word);
    if (!thanks) return;
    for (let m = n + 1; m < hits.length; m++) {
      const o = hits[m]!;
      if (o.start - h.end > 5 || clause[o.start] !== clause[h.start]) break;
      if (o.concept === "resolved" || o.concept === "good" || o.concept === "praise") break;
      if (tokens.slice(h.end, o.start).some((x) => AFTER.has(x.word))) break;
      if (FACTS.has(o.concept) && o.concept !== "promise" && hitValue[m]! < 0) {
        irony += 1;
        break;
      }
    }
  });
  for (const m of f.matchAll(/\b(?:managed to|reussi a|reussi l'exploit de)\s+(?:\S+\s+){0,2}?(?:lose|losing|lost|break|broke|perdre|perdu|casser|casse|oublier|forget|forgot|annuler|cancel|facturer|charge)\b/g)) {
    irony += 1;
    trace?.push(`irony @${m[0]}`);
  }

  // 7. Sarcasm: praise beside a described failure, a judgement against or an irony marker is not praise.
  const opening = hits.length > 0 && hits[0]!.start === 0 && hits[0]!.concept === "praise" && tokens[hits[0]!.end]?.breakBefore === true;
  // The failure a message says was put right is not a complaint ("problème résolu par le technicien"); one told
  // after the fix still is ("cancelled, replaced, cancelled again").
  // Praise as a hashtag beside a failure ("4e colis perdu #bravo #champions") is irony.
  if (factList.some((x) => x.v > 0) && /#(?:bravo|champions?|merci|thanks|greatjob|welldone|top|genial|super|chapeau|respect|winning)\b/iu.test(text)) irony += 1;
  // A story told in order ("bug for 2 months, the adviser fixed it in one call. Chapeau.") is judged by what came
  // after the fix: only failures told after it can make the praise ironic.
  let factsAfterFix = 0;
  for (const x of factList) {
    if (resolved && irony === 0 && (clause[x.at] ?? Infinity) <= lastResolved) {
      neg += 0.6 * x.v;
      facts += 0.4 * x.weight;
    } else facts += x.weight;
    // ("Rebooked me on a flight 2 days later": a failure in the fix's own clause, told after it, counts.)
    if (!resolved || x.at > lastResolvedAt) factsAfterFix += x.weight;
  }
  // Laughter ("mdr", "lol") beside praise with no failure told is joy, not mockery.
  if (laughter < 0 && pos > 0 && facts === 0 && irony === 0 && judged + laughter <= 0) {
    neg -= laughter;
    judged += laughter;
  }
  const genuine = (resolved && irony === 0 && factsAfterFix < 2) || (praiseAfterContrastOnly && !praiseBeforeContrast && lastContrast >= 0 && irony === 0);
  let total: number;
  if (pos > 0 && !genuine && (irony > 0 || facts >= 2 || judged >= 2 || facts + judged >= 3 || (opening && facts >= 1))) total = neg - 0.5 * pos - 1;
  else total = pos + neg - (irony > 0 ? 1.5 * irony : 0);

  // 8. Shouting amplifies a complaint.
  const shouting = (text.match(/\b[A-ZÀ-Ý]{3,}\b/g) ?? []).filter((w) => !ACRONYM.test(w)).length;
  const bangs = (text.match(/!{2,}|\?{2,}/g) ?? []).length;
  if (shouting + bangs >= 1 && total <= 0 && (neg < 0 || shouting + bangs >= 2)) total -= 1;
  if (total < 0) total *= 1 + 0.15 * Math.min(4, shouting + bangs);

  trace?.push(`pos ${pos.toFixed(2)} neg ${neg.toFixed(2)} facts ${facts.toFixed(2)} judged ${judged.toFixed(2)} irony ${irony} genuine ${genuine} total ${total.toFixed(2)}`);
  const sentiment = Math.round(100 * Math.tanh(total / 4));
  const label: SentimentLabel = sentiment <= -20 ? "negative" : sentiment >= 20 ? "positive" : "neutral";

  let urgency = 0;
  for (const [re, w] of URGENCY) if (re.test(f)) urgency = Math.max(urgency, w) + (urgency > 0 ? 10 : 0);
  urgency += Math.min(30, 10 * (shouting + bangs));
  if (label === "negative") urgency += 10;
  return { sentiment, label, urgency: Math.min(100, urgency) };
}
