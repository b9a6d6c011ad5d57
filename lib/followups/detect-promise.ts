// Finds a promise in a brand reply (issue #18 §5), French or English, in any grammatical person and tense:
// "nous vous rappelons demain", "Votre remboursement sera effectué sous 48 h", "Un conseiller vous contactera dans
// l'heure", "The engineer will be with you in about two hours", "Expect a call tomorrow", "We ship it Thursday".
//
// How: the reply is cut into sentences and clauses (commas, "mais"/"but", "et"/"and" …); promise-time.ts finds
// the time expressions of each clause on the folded text (lib/text/fold.ts). A clause with a time ahead of the
// reply is a promise unless something says it is not one:
//   - the sentence is a question, a condition or an offer ("si vous le souhaitez", "if you'd like"), or reports
//     what the customer said ("vous dites que…", "you mentioned…", words in quotes);
//   - the clause is negated (lib/text/negation.ts on lib/text's tokens, so "won't", "can't", "ne … pas" all count;
//     "sans faute", "no later than" are not negations), in the past ("a été expédié", "we called you",
//     "hier", "vendredi dernier"), hypothetical ("devait", "would", "could"), a request to the customer
//     ("merci de…", "please…", "Rappelez-nous…"), an availability ("joignables de 9h à 18h") or a general policy
//     ("les remboursements sont effectués sous 14 jours", "généralement");
// A reply whose only commitment has no date ("dans les plus brefs délais", "dès réception", "we'll get back to
// you") gives a VAGUE promise: a follow-up without a due time, which its owner sees and closes by hand.
// The due time is resolved in the workspace's zone and business calendar (promise-time.ts), never the server's.
import { DEFAULT_SLA_POLICY } from "../sla/schemas";
import { fold, foldWithMap } from "../text/fold";
import { negationScope } from "../text/negation";
import { tokenizeFolded } from "../text/tokenize";
import { findTimes, resolveHits, type Calendar, type TimeHit } from "./promise-time";
import {
  ALLER, AS_AGREED, ATTRIBUTE_SPAN, AVAILABILITY, AWAITING_CUSTOMER, BRAND_ACTION, CASE_NOUN, CONDITIONAL,
  COURTESY, CUSTOMER_PLAN, CUSTOMER_WHEN, EXPECT, FIRST_PERSON, FOLLOW_UP_VERB, FUTURE_EN, FUTURE_FR_OK,
  FUTURE_FR_WORD, GENERIC_SUBJECT, GREETED, GREETINGS, HABITUAL, INTERJECTION, IMPERATIVE_EN, IMPERATIVE_FR_OK, IMPERFECT, LINK,
  MODAL, NEWS, OPENING_HOURS, PROMO, SOMEONE_ELSE, SCHEDULE, BOOKED, THIRD_PARTY, CUSTOMER_STEP, NOT_FUTURE, NOT_IMPERFECT, NOT_NEGATION, PAST_EN, PAST_FR, PAST_REFERENCE, QUESTION_START,
  REPORTED, REQUEST, SECOND_PERSON, VALIDITY, WISH, mask
} from "./promise-patterns";

export interface Promise_ {
  /** The sentence that made the promise, as written. */
  phrase: string;
  /** When it is due; null for a vague promise ("asap", "we'll get back to you"). */
  dueAt: Date | null;
  vague: boolean;
}

/** The workspace's calendar: its time zone and opening hours (the SLA policy's), holidays optional. */
export type PromiseCalendar = Pick<Calendar, "timeZone" | "businessHours"> & { holidays?: readonly string[] };

const DEFAULT_CALENDAR: PromiseCalendar = DEFAULT_SLA_POLICY;
/** The brand as the subject of a clause ("nous vous confirmons…", "we'll…"). */
const SUBJECT_FIRST = /\b(?:je|j'|nous|we|i)\b|(?:^|\b(?:et|mais|donc|alors|puis|ensuite|car|ok|oui))\s*on\b|\bon (?:vous|te|t'|s'|se|va|a|est|revient|fait|passe|envoie|regarde|rappelle|l'|les|le|la|lance|transmet|verifie|relance|prevoit|programme)\b/; // French "on", not English "on 3 April"
/** The customer's thing named ("votre colis", "your refund"). */
const YOUR_THING = /\b(?:votre|vos|your|ton|ta|tes)\b/;
/** How far ahead a dated promise may fall (about six months). */
const HORIZON_MS = 190 * 24 * 3600_000;


interface Clause { start: number; end: number; hits: TimeHit[] }

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?…\n])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
}

// Clause breaks in a folded sentence: punctuation, contrast and coordination words. "et"/"and" break only
// before what can start a clause, so "2 à 3 jours" or "rock and roll" stay whole.
const BREAKS = /\s*[,;:()]\s*|\s+[-–—]\s+|\s+(?=(?:mais|but|however|en revanche|par contre|cependant|toutefois|whereas|tandis que|alors que|while|so|puis|then|ensuite|afterwards)\b)|\s+(?=(?:et|and)\s+(?:nous|on|je|j'|il|elle|ils|elles|le|la|les|l'|votre|vos|ton|ta|tes|un|une|ce|cette|notre|nos|we|i|it|the|your|our|a|an|they|he|she|will|shall|vous|you|te|t'|va|allons|vais|sera|seront|serez|come|get|let|keep|come|\p{L}{3,}ons)\b)/gu;

function clausesOf(folded: string, hits: TimeHit[]): Clause[] {
  const cuts: [number, number][] = [];
  BREAKS.lastIndex = 0;
  for (let m = BREAKS.exec(folded); m; m = BREAKS.exec(folded)) {
    if (m[0].length === 0) { BREAKS.lastIndex++; continue; }
    // A break inside a time expression ("9:30", "entre 14h et 16h", "4.30pm") is not a break.
    if (hits.some((h) => m!.index >= h.start && m!.index < h.end)) continue;
    cuts.push([m.index, m.index + m[0].length]);
  }
  const out: Clause[] = [];
  let from = 0;
  for (const [a, b] of [...cuts, [folded.length, folded.length] as [number, number]]) {
    if (a > from) out.push({ start: from, end: a, hits: hits.filter((h) => h.start >= from && h.end <= a) });
    from = b;
  }
  // A clause that is only a time ("…la semaine prochaine, mardi") belongs to the clause before it.
  const merged: Clause[] = [];
  for (const c of out) {
    const rest = [...folded.slice(c.start, c.end)].map((ch, i) => (c.hits.some((h) => c.start + i >= h.start && c.start + i < h.end) ? " " : ch)).join("");
    const words = rest.split(/[^\p{L}']+/u).filter((w) => w && !/^(et|and|on|le|la|the|at|au|ou|or|to|a|jusqu'a|until|till|plutot|rather|vers|environ|about|precisement|for|example|instance|par|exemple|say|disons|probably|probablement|surement|likely|ideally|idealement|normalement|maybe|perhaps|puis|then|ensuite)$/.test(w));
    const prev = merged.at(-1);
    if (prev && c.hits.length > 0 && words.length === 0) merged[merged.length - 1] = { start: prev.start, end: c.end, hits: [...prev.hits, ...c.hits] };
    else merged.push(c);
  }
  return merged;
}

/** The clause's text with its time expressions blanked: what the clause says besides when. */
function maskHits(folded: string, c: Clause): string {
  let out = folded.slice(c.start, c.end);
  for (const h of c.hits) out = out.slice(0, h.start - c.start) + " ".repeat(h.end - h.start) + out.slice(h.end - c.start);
  return out;
}

/** The clause's words, folded and spelled out by lib/text ("we'll" → "we will", "won't" → "will not"). */
function spelled(folded: string): string {
  let out = "";
  for (const t of tokenizeFolded(folded)) out += t.elided ? (out ? " " : "") + t.word : (out && !out.endsWith("'") ? " " : "") + t.word;
  return out;
}

function negated(folded: string): boolean {
  const tokens = tokenizeFolded(mask(folded, NOT_NEGATION));
  const words = tokens.map((t) => t.word);
  // "nous ne pourrons vous livrer que lundi": "ne … que" restricts, it does not negate.
  const strong = words.some((w) => ["pas", "plus", "jamais", "rien", "aucun", "aucune", "personne", "guere", "ni", "not", "no", "never", "nothing", "nobody", "none", "cannot", "without", "sans", "nor", "neither"].includes(w));
  if (!strong && words.some((w) => w === "que" || w === "qu'")) return false;
  if (/\b(?:unable|impossible|incapable|pas possible|not possible|too late|trop tard|no longer)\b/.test(folded)) return true;
  return negationScope(tokens).some((s) => s.cue);
}

function isFuture(words: string): boolean {
  if (FUTURE_EN.test(words) || ALLER.test(words)) return true;
  return words.split(" ").some((w) => FUTURE_FR_OK.has(w) || (FUTURE_FR_WORD.test(w) && !NOT_FUTURE.has(w)));
}

function isPast(original: string, words: string, future: boolean): boolean {
  if (future) return false;
  if (PAST_FR.test(original) || PAST_EN.test(words)) return true;
  for (const m of original.matchAll(IMPERFECT)) if (!NOT_IMPERFECT.has(m[0].toLowerCase().normalize("NFD").replace(/\p{M}/gu, ""))) return true;
  return false;
}

function isRequest(words: string, first: boolean): boolean {
  if (REQUEST.test(words)) return true;
  if (!first) return false;
  if (IMPERATIVE_EN.test(words)) return true;
  const [w0 = "", w1 = ""] = words.split(" ");
  if (IMPERATIVE_FR_OK.has(w0)) return false;
  // "Rappelez-nous", "Dites-nous si…", "Écris-moi": an imperative with its pronoun after it.
  return /^\p{L}{3,}ez$/u.test(w0) || (/^\p{L}{2,}(?:es|s|e)$/u.test(w0) && (w1 === "nous" || w1 === "moi") && !/^(?:vous|nous|je|tu|on|il|elle|ils|elles|les|des|ces|mes|tes|ses|nos|vos|une|ce|cette|que|comme|puis|alors|apres|depuis|toutes|tous|ensuite|encore)$/.test(w0));
}


type Reading = { due: Date } | "vague" | null;

interface SentenceContext { folded: string; all: string; original: string; map: number[]; clauses: Clause[]; event: boolean; linked: boolean }

/** What one clause promises: a due time, a vague promise, or nothing (the blockers of the header). */
function readClause(ctx: SentenceContext, i: number, writtenAt: Date, cal: Calendar): Reading {
  const { folded, all, original: sentence, map, clauses, event } = ctx;
  const c = clauses[i]!;
  const cf = folded.slice(c.start, c.end);
  const original = sentence.slice(map[c.start]!, map[c.end] ?? sentence.length);
  const words = spelled(cf);
  // "Expect a call tomorrow", "attendez-vous à…": what the brand will do, said to the customer.
  const future = isFuture(words) || EXPECT.test(words);
  // First in its sentence, or after nothing but an interjection ("Sure, just bring it…", "Oui, passez lundi").
  const first = i === 0 || /[:;]/.test(folded.slice(clauses[i - 1]!.end, c.start)) || clauses.slice(0, i).every((p) => INTERJECTION.test(folded.slice(p.start, p.end).trim()));
  const bare = spelled(maskHits(folded, c));
  if (negated(cf) || (isRequest(words, first) && !EXPECT.test(words)) || AVAILABILITY.test(bare) || HABITUAL.test(bare) || VALIDITY.test(bare)) return null;
  if (WISH.test(words) || ((NEWS.test(words) || NEWS.test(all)) && !SECOND_PERSON.test(words)) || CUSTOMER_WHEN.test(words) || PROMO.test(all)) return null;
  // Said of the whole sentence: opening hours ("ouvertes du lundi au samedi…, et le dimanche matin"), someone else's
  // estimate, the customer's own step. A clause of it still promises when the brand commits in it, or names the
  // customer's thing ("…, votre colis partira demain").
  const yourThing = YOUR_THING.test(words);
  const ours = SUBJECT_FIRST.test(words);
  const owned = ours || yourThing || (future && /\b(?:notre|nos|our|vous|you|te|t')\b/.test(words));
  if ((THIRD_PARTY.test(all) || CUSTOMER_STEP.test(all)) && !owned) return null;
  if (OPENING_HOURS.test(all) && !owned && !/\b(?:vous|you|te|t')\b/.test(words)) return null;
  // "déjà effectué ce jour", "already replied on Monday": done, unless the time is clearly ahead.
  if (/\b(?:deja|already)\b/.test(words) && !future && !c.hits.some((h) => h.future)) return null;
  // "Comme promis, je reviens vers vous : …": the promise kept now, not a new one.
  if (AS_AGREED.test(all) && !future) return null;
  if (COURTESY.test(words) || (AS_AGREED.test(words) && !future) || CUSTOMER_PLAN.test(words) || AWAITING_CUSTOMER.test(all)) return null;
  if (!future && !SECOND_PERSON.test(all) && GENERIC_SUBJECT.test(words) && !/^(?:nous|vous|les? nous)\b/.test(words)) return null;
  if (MODAL.test(words.replace(/\b(?:as soon as (?:we|i) can|as quickly as (?:we|i) can|des que (?:nous|on|je) (?:pourrons|peut|pourra|pourrai|le pourrons)|aussitot que possible)\b/g, " ")) && !/\b(?:devrait|devraient|should) (?:\w+ )?(?:recevoir|arriver|etre|avoir|receive|arrive|be|get|have|hear)\b/.test(words)) return null;
  const dated = c.hits.filter((h) => !h.vague && !h.past && !h.until && !h.attributive && (!h.span || future) && (h.day || h.part || h.clock || h.duration));
  // The tense that governs the time is the verb before it: in "nous avons pris contact aujourd'hui … qui sera
  // livrée", "aujourd'hui" goes with "avons pris", the future belongs to the relative clause after it.
  const headEnd = dated.length > 0 ? Math.max(...dated.map((h) => h.end)) : c.end;
  const head = folded.slice(c.start, headEnd);
  const headWords = spelled(head);
  const past = c.hits.some((h) => h.past) || isPast(sentence.slice(map[c.start]!, map[headEnd] ?? sentence.length), headWords, isFuture(headWords)) || (dated.length === 0 && isPast(original, words, future));
  // "Nous avons programmé le passage du technicien demain": a past verb, a day clearly ahead.
  if (past && !dated.some((h) => h.future && !h.duration)) return null;
  const commits = future || BRAND_ACTION.test(words) || EXPECT.test(words);
  if (dated.length > 0) {
    if (!ctx.linked) return null;
    // A date that is information, not our commitment (promise-patterns.ts SOMEONE_ELSE, SCHEDULE, BOOKED), unless
    // the brand is the subject of the clause ("nous vous rappelons après votre rendez-vous").
    if (!ours && (SOMEONE_ELSE.test(words) || SOMEONE_ELSE.test(all) || (SCHEDULE.test(words) && !yourThing && !SUBJECT_FIRST.test(all)) || BOOKED.test(words))) return null;
    const delay = dated.find((h) => h.duration || h.day?.kind === "businessDays");
    // "Les remboursements sont effectués sous 14 jours", "We answer all messages within 24 hours": a rule.
    if (delay && !delay.relative && !future && (!SECOND_PERSON.test(words) || GENERIC_SUBJECT.test(words))) return null;
    // "sous 48 h dès réception de votre retour": counted from a moment nobody knows yet.
    if (delay && event) return commits ? "vague" : null;
    const due = resolveHits(dated, writtenAt, cal);
    // A date without a year that has passed is rolled to next year; no service promise is that far ahead: it spoke
    // of the past ("your warranty ended on 12 September").
    return due && due.getTime() - writtenAt.getTime() <= HORIZON_MS ? { due } : null;
  }
  const committed = words.replace(/\b(?:pour|placee? pour|placed to|able to|en mesure de) (?:vous|te|vs|you|u) \S+/g, " ");
  // After an event ("dès réception…"), a clause that commits to something: "…, conformément à nos CGV" does not.
  const eventCommit = event && (future || EXPECT.test(words) || SUBJECT_FIRST.test(words));
  if ((c.hits.some((h) => h.vague === "soon") && commits) || FOLLOW_UP_VERB.test(committed) || eventCommit) return "vague";
  return null;
}

export function detectPromise(text: string, writtenAt: Date, calendar: PromiseCalendar = DEFAULT_CALENDAR): Promise_ | null {
  const cal: Calendar = { timeZone: calendar.timeZone, businessHours: calendar.businessHours, holidays: [...(calendar.holidays ?? [])] };
  let best: { due: Date; phrase: string } | null = null;
  let vague: string | null = null;
  const whole = spelled(fold(text));
  const linked = SECOND_PERSON.test(whole) || FIRST_PERSON.test(whole) || CASE_NOUN.test(whole) || LINK.test(whole) || GREETED.test(whole);
  // Inclusive endings ("remboursé(e)", "informé·e·s") are one word, not a clause break.
  for (const sentence of sentences(text.replace(/(\p{L})\((?:e|s|es|x|ne|le|ere|euse|ice)\)/gu, "$1").replace(/(\p{L})[·.](e|es|s)(?:[·.]s)?\b/gu, "$1"))) {
    const { text: folded0, map } = foldWithMap(sentence);
    // Quoted words are someone else's ("« on vous rappelle demain » disiez-vous").
    const folded = mask(mask(mask(folded0.replace(/"[^"]*"|«[^»]*»|“[^”]*”/g, (m) => " ".repeat(m.length)), GREETINGS), PAST_REFERENCE), ATTRIBUTE_SPAN);
    const all = spelled(folded);
    if (/\?\s*$/.test(folded0.replace(/[\p{Extended_Pictographic}\s]+$/u, "")) || QUESTION_START.test(all)) continue;
    if (CONDITIONAL.test(all) || REPORTED.test(all)) continue;
    const hits = findTimes(folded);
    const ctx: SentenceContext = { folded, all, original: sentence, map, clauses: clausesOf(folded, hits), event: hits.some((h) => h.vague === "event"), linked };
    for (let i = 0; i < ctx.clauses.length; i++) {
      const r = readClause(ctx, i, writtenAt, cal);
      if (r === "vague") vague ??= sentence;
      else if (r && (!best || r.due < best.due)) best = { due: r.due, phrase: sentence };
    }
  }
  // Several promises in one reply: the first one due is the one to watch.
  if (best) return { phrase: best.phrase.slice(0, 500), dueAt: best.due, vague: false };
  if (vague) return { phrase: vague.slice(0, 500), dueAt: null, vague: true };
  return null;
}
