// Time expressions of a promise (issue #18 §5), French and English, read on a folded sentence (lib/text/fold.ts:
// lower case, no accents, straight apostrophes) and resolved in the WORKSPACE's time zone and business calendar,
// whatever the server's zone. Conventions (those of tests/text-eval/promises):
//   - a duration counts from the moment the reply was written: "sous 48 h", "in about two hours", "dans l'heure";
//     business durations ("3 jours ouvrés", "4 business hours") count the calendar's open days / hours;
//   - a day ("demain", "Thursday", "le 12 mars", "cette semaine" = its last open day) is due at that day's close
//     of business, or at 23:59 when the day is closed or already closed; a part of a day narrows it ("demain
//     matin" → noon, "this afternoon" → 18:00, "ce soir" → 23:59, "en fin de journée" → close of business);
//   - a clock time is due at that time, on the next open day when it has already passed today ("avant 10h"
//     written at 16:20);
//   - "dès que possible", "in the coming days", "as soon as it arrives" are vague: a follow-up without a date.
// Why our own grammar and not chrono-node: chrono resolves in the server's zone, knows neither business days nor
// "sous 48 h" / "dans l'heure" / "d'ici la fin de la semaine", and reads "à 9h" and "dans 9 h" alike.
import { DateTime } from "luxon";
import type { BusinessCalendar } from "../sla/business-time";
import { addBusinessMinutes } from "../sla/business-time";

export type Part = "morning" | "early" | "lunch" | "afternoon" | "earlyAfternoon" | "evening" | "close" | "firstThing" | "overnight";

export type DaySpec =
  | { kind: "rel"; days: number }
  | { kind: "weekday"; weekday: number; nextWeek?: boolean }
  | { kind: "date"; day: number; month?: number; year?: number }
  | { kind: "week"; weeks: number; at: "end" | "start" }
  | { kind: "weekend" }
  | { kind: "month"; months: number; at: "end" | "start" }
  | { kind: "businessDays"; n: number };

/** One time expression found in a sentence; offsets in the folded sentence. */
export interface TimeHit {
  start: number;
  end: number;
  day?: DaySpec;
  /** "avant vendredi", "before the 15th": due the day before. */
  beforeDay?: boolean;
  part?: Part;
  clock?: { hour: number; minute: number };
  duration?: { minutes: number; business?: boolean };
  /** A time that only says "soon" or "when something happens". */
  vague?: "soon" | "event";
  /** Clearly ahead of the writing (demain, next week, dans 2 h), so a past verb near it does not make it past. */
  future?: boolean;
  /** "hier", "last Friday", "il y a 2 jours": the sentence speaks of the past. */
  past?: boolean;
  /** A duration counted from now ("dans 2 h", "in 3 days"), not a delay that may be a policy ("sous 48 h"). */
  relative?: boolean;
  /** "la coupure de ce soir", "your order from Monday", "tomorrow's visit": the time qualifies a thing, not an act. */
  attributive?: boolean;
  /** "de 14h à 16h", "9am to 6pm": a span; a promise in the future tense is due at its end, otherwise it is opening times. */
  span?: boolean;
  /** "jusqu'au 31 juillet", "until Friday": how long something lasts, not when it is done. */
  until?: boolean;
}

const WEEKDAYS: Record<string, number> = {
  lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7,
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};
const MONTHS: Record<string, number> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const NUMBER_WORDS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  quinze: 15, vingt: 20, "vingt-quatre": 24, "vingt quatre": 24, trente: 30, "quarante-huit": 48, "quarante huit": 48,
  "soixante-douze": 72, "soixante douze": 72,
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, "twenty-four": 24, "twenty four": 24, thirty: 30, "forty-eight": 48, "forty eight": 48,
  "seventy-two": 72, "seventy two": 72, "a couple of": 2, "a couple": 2, "couple of": 2,
};

const WD = Object.keys(WEEKDAYS).join("|");
const MONTH = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");
const NUMW = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join("|");
const NUM = `(?:\\d+(?:[.,]\\d+)?|${NUMW})`;
/** "24/48", "2 à 3", "2-3", "2 or 3": the larger bound counts. */
const NUMS = `(${NUM}(?:\\s*(?:/|-|a|à|ou|or|to)\\s*${NUM})?)`;
const APPROX = "(?:environ|a peu pres|approximativement|a peine|about|around|roughly|approximately|approx\\.?|~|maximum|max\\.?|au maximum|au plus|moins de|less than|under|no more than|at most|just|seulement|only|tout au plus)";
const UNIT = "(minutes?|mins?|mn|heures?|hours?|hrs?|h|jours?|days?|j|semaines?|weeks?|mois|months?)";
const B = "(?<![\\p{L}\\d])"; // word start
const E = "(?![\\p{L}\\d])"; // word end

function num(s: string): number {
  const parts = s.split(/\s*(?:\/|-(?=\s*\d)|\ba\b|\bà\b|\bou\b|\bor\b|\bto\b)\s*/).filter(Boolean);
  const values = parts.map((p) => (/^\d/.test(p) ? Number(p.replace(",", ".")) : NUMBER_WORDS[p.trim()] ?? NaN));
  const ok = values.filter((v) => Number.isFinite(v));
  return ok.length ? Math.max(...ok) : NaN;
}

function unitMinutes(unit: string): { minutes: number; day?: boolean } {
  if (/^(minutes?|mins?|mn)$/.test(unit)) return { minutes: 1 };
  if (/^(heures?|hours?|hrs?|h)$/.test(unit)) return { minutes: 60 };
  if (/^(jours?|days?|j)$/.test(unit)) return { minutes: 24 * 60, day: true };
  if (/^(semaines?|weeks?)$/.test(unit)) return { minutes: 7 * 24 * 60, day: true };
  return { minutes: 30 * 24 * 60, day: true };
}

type Rule = [RegExp, (m: RegExpExecArray) => Omit<TimeHit, "start" | "end"> | null];

const r = (src: string) => new RegExp(src, "gu");

// Order matters only for equal spans; overlapping hits keep the longest.
const RULES: Rule[] = [
  // ----- vague times -----
  [r(`${B}(?:dans|sous|en) (?:les|des) (?:plus brefs|meilleurs|brefs|plus courts) delais${E}|${B}(?:au plus vite|au plus tot|des que possible|aussitot que possible|le plus vite possible|le plus rapidement possible|des que nous (?:le )?pourrons|sous peu|d'ici peu|sans tarder|sans delai|prochainement|rapidement|tres vite|bientot|tout de suite|immediatement|dans la foulee|en temps (?:voulu|utile)|ulterieurement|plus tard|en priorite|au plus vite)${E}`),
    () => ({ vague: "soon" })],
  [r(`${B}(?:asap|a\\.s\\.a\\.p|as soon as (?:possible|we can|we're able|i can)|as quickly as (?:possible|we can)|at the earliest (?:opportunity|convenience)|soon|shortly|quickly|promptly|right away|straight away|straightaway|immediately|at once|in due course|without delay|urgently|as a priority|later(?: on)?(?! today))${E}`),
    () => ({ vague: "soon" })],
  [r(`${B}(?:dans|d'ici|sous|au cours de?s?|durant|pendant) (?:les|des|quelques) (?:(?:tout )?prochain(?:e)?s? )?(?:jours?|semaines?|heures?|mois)(?: (?:a venir|qui viennent|qui suivent|suivants?|suivantes?|prochain(?:e)?s?))?${E}|${B}(?:dans|d'ici|sous) quelques (?:jours|heures|semaines|minutes|instants)${E}`),
    () => ({ vague: "soon" })],
  [r(`${B}(?:in|within|over|during) (?:the )?(?:next |coming |following )?(?:few |couple of |several )?(?:days|weeks|hours|months)(?: to come| ahead)?${E}|${B}in a (?:few|couple of) (?:days|hours|weeks)${E}|${B}(?:in|within) (?:a few|several|some) (?:days|hours|weeks|minutes)${E}`),
    () => ({ vague: "soon" })],
  [r(`${B}(?:des qu'|aussitot qu'|une fois qu'|lorsqu'|puisqu')`), (m) => (m[0] === "puisqu'" ? null : { vague: "event" })],
  [r(`${B}(?:des que|aussitot que|une fois que|une fois (?:le|la|les|l'|votre|vos|ton|ta|tes|notre|nos)|lorsque|quand|in the near future|dans un (?:avenir|futur) proche|des (?:reception|receipt|le retour|la reception|l'arrivee|que possible)|a (?:reception|la reception|l'arrivee|reception)|as soon as|once|the moment|the minute|when(?:ever)?|upon (?:receipt|arrival|reception)|on (?:receipt|arrival)|after (?:we|the|your|it))${E}`),
    () => ({ vague: "event" })],

  // ----- durations -----
  // "dans l'heure", "within the hour", "dans la demi-heure", "in half an hour"
  [r(`${B}(?:dans|sous|d'ici|within|in|inside)(?: (?:the next|the|l'|la|une|an|the coming))? ?(?:heure|hour)${E}`), (m) => ({ duration: { minutes: 60 }, future: true, relative: /^(?:dans|in) (?:une|an) /.test(m[0].trim()) })],
  [r(`${B}(?:dans|sous|d'ici|within|in)(?: (?:la|une|l'|the next|the))? ?(?:demi-heure|demi heure|half[- ]an[- ]hour|half[- ]hour|30 ?mins?)${E}`), () => ({ duration: { minutes: 30 }, future: true })],
  [r(`${B}(?:dans|sous|d'ici|within|in)(?: (?:une|an|one))? (?:heure et demie|hour and a half)${E}`), () => ({ duration: { minutes: 90 }, future: true })],
  [r(`${B}(?:sous|dans) (?:la )?(quinzaine|huitaine)${E}|${B}(?:within|in) (?:a |the next )?(fortnight)${E}`),
    (m) => ({ duration: { minutes: (m[1] === "huitaine" ? 8 : m[1] === "quinzaine" ? 15 : 14) * 1440 }, future: true })],
  // "sous 2 jours ouvrés", "dans les 48 heures", "within 3 business days", "in about two hours", "d'ici 2 heures"
  [r(`${B}(dans|sous|d'ici|d'ici a|en|within|in|inside|over|no later than|au plus tard dans|dans un delai(?: maximum| max)? de|sous un delai(?: maximum| max)? de)(?: (?:les|the|the next|les prochaines?|les prochains|next|un delai de|a))?(?: ${APPROX})?(?: (?:les|the))? ${NUMS}\\s*(?:(business|working|work|week|open) )?${UNIT}(?: (ouvres?|ouvrees?|ouvrables?|ouvrable))?(?: (?:ouvres?|ouvrees?|ouvrables?))?${E}(?: (?:maximum|max|maxi|au maximum|au plus tard|at the latest|at most|tops|time|from now))?`),
    (m) => {
      const n = num(m[2]!);
      if (!Number.isFinite(n) || n <= 0) return null;
      const unit = unitMinutes(m[4]!);
      const business = !!m[3] || !!m[5];
      if (unit.minutes === 60 && m[1] === "d'ici" && /^\d+$/.test(m[2]!) && n > 8 && n <= 23 && m[4] === "h") return null; // "d'ici 15h": a clock time ("d'ici 48h" is not)
      if (business && unit.day) return { day: { kind: "businessDays", n: Math.round(n * (unit.minutes / 1440)) }, future: true, relative: /^(dans|d'ici|in)$/.test(m[1]!) };
      return { duration: { minutes: n * unit.minutes, business }, future: true, relative: /^(dans|d'ici|in)$/.test(m[1]!) };
    }],
  [r(`${B}(dans|sous|d'ici|within|in) (?:${APPROX} )?(\\d{1,2})\\s*h\\s*(\\d{2})${E}`),
    (m) => (m[1] === "d'ici" && Number(m[2]) > 8 ? null : { duration: { minutes: Number(m[2]) * 60 + Number(m[3]) }, future: true, relative: m[1] !== "sous" && m[1] !== "within" })],

  // ----- days -----
  [r(`${B}(?:apres-demain|apres demain|(?:the )?day after tomorrow)${E}`), () => ({ day: { kind: "rel", days: 2 }, future: true })],
  [r(`${B}(?:demain|tomorrow|tomorow|tommorow|tommorrow|tmrw|tmr|tmrow|2morrow|2moro|2mrw|tomoz|demin|dmain|2main|dem1)${E}`), () => ({ day: { kind: "rel", days: 1 }, future: true })],
  [r(`${B}(?:aujourd'hui|aujourd hui|aujourdhui|auj|today|tonight|tonite|ce jour|le jour meme|same day|the same day|dans la journee|during the day|in the day|dans la soiree|this evening|ce soir|cette nuit|overnight)${E}`),
    (m) => ({
      day: { kind: "rel", days: 0 },
      part: /soir|tonight|tonite|evening/.test(m[0]) ? "evening" : /nuit|overnight/.test(m[0]) ? "overnight" : undefined,
    })],
  [r(`${B}(?:hier|avant-hier|yesterday|(?:la semaine|le mois|l'an|l'annee) derniere?|last (?:week|month|year|night|time)|la derniere fois|il y a (?:${NUM})|ago|earlier|recemment|recently)${E}`),
    () => ({ past: true })],
  // weekdays: "lundi", "lundi prochain", "next Monday", "ce jeudi", "on Friday", "vendredi dernier" (past)
  [r(`${B}(?:(next|this|this coming|coming|ce|on|le|d'ici|by|avant|before|until|jusqu'a|jusqu'au|au plus tard) )?(${WD})(?: (prochain|prochaine|qui vient|d'apres|dernier|derniere|last|passe|week))?${E}`),
    (m) => {
      if (m[3] && /dernier|derniere|last|passe/.test(m[3])) return { past: true };
      const before = m[1] === "avant" || m[1] === "before";
      const until = m[1] === "until" || m[1] === "jusqu'a" || m[1] === "jusqu'au";
      return { day: { kind: "weekday", weekday: WEEKDAYS[m[2]!]! }, beforeDay: before, until, future: !!m[3] || m[1] === "next" };
    }],
  // "la semaine prochaine", "next week", "la semaine d'après"
  [r(`${B}(?:(?:en |au )?(debut|fin|milieu) (?:de (?:la )?)?)?(?:la )?semaine (?:prochaine|d'apres|suivante|pro)${E}|${B}(?:(early|late|end of|the end of|the start of|the beginning of|by the end of|mid)[ -])?next week${E}`),
    (m) => {
      const w = m[1] ?? m[2] ?? "";
      return { day: { kind: "week", weeks: 1, at: /debut|early|start|beginning/.test(w) ? "start" : "end" }, future: true };
    }],
  // "cette semaine", "this week", "d'ici la fin de la semaine", "en fin de semaine", "by the end of the week", "avant le week-end"
  [r(`${B}(?:cette semaine|this week|dans la semaine|within the week|(?:d'ici |avant |pour )?(?:la |en )?fin de (?:la |cette )?semaine|(?:by |before |at |until )?(?:the )?end of (?:the |this )?week|by end of week|eow|avant le (?:week-end|weekend|we)|before the weekend|by the weekend)${E}`),
    () => ({ day: { kind: "week", weeks: 0, at: "end" } })],
  [r(`${B}(?:ce (?:week-end|weekend)|this weekend|over the weekend|le (?:week-end|weekend) prochain|next weekend)${E}`), () => ({ day: { kind: "weekend" } })],
  [r(`${B}(?:(?:d'ici |avant |pour )?(?:la |en )?fin (?:du|de ce) mois|ce mois-ci|ce mois ci|this month|(?:by |before |at )?(?:the )?end of (?:the |this )?month|dans le mois)${E}`),
    () => ({ day: { kind: "month", months: 0, at: "end" } })],
  [r(`${B}(?:(?:(?:en |au )?(debut|fin) (?:du )?)?mois prochain|(?:(early|end of|the end of|the start of|the beginning of)[ -])?next month)${E}`),
    (m) => ({ day: { kind: "month", months: 1, at: /debut|early|start|beginning/.test(m[1] ?? m[2] ?? "") ? "start" : "end" }, future: true })],
  [r(`${B}(?:(?:le )?prochain jour (?:ouvre|ouvrable)|(?:le )?jour (?:ouvre|ouvrable) suivant|(?:the )?next (?:business|working) day)${E}`),
    () => ({ day: { kind: "businessDays", n: 1 }, future: true })],
  // dates: "le 12 mars", "12 mars 2027", "March 12", "12th March", "on the 12th", "le 12", "12/03"
  [r(`${B}(?:(avant|before|until|jusqu'au|jusqu'a|by|d'ici) )?(?:(?:le|on|the|on the) )?(?:(?:${WD}) )?(1er|\\d{1,2})(?:st|nd|rd|th|e|eme)?(?: of)? (${MONTH})\\.?(?: (\\d{4}))?${E}`),
    (m) => dateHit(m[1], Number(m[2]!.replace("er", "")), MONTHS[m[3]!], m[4] ? Number(m[4]) : undefined)],
  [r(`${B}(?:(avant|before|until|by) )?(?:on )?(${MONTH}) (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?${E}`),
    (m) => dateHit(m[1], Number(m[3]), MONTHS[m[2]!], m[4] ? Number(m[4]) : undefined)],
  [r(`${B}(?:(avant|before|until|jusqu'au|by|d'ici) )?(?:le|on the|the) (1er|\\d{1,2})(?:st|nd|rd|th|e|eme)?${E}(?! ?(?:h|heures?|hours?|jours?|days?|%|€|euros?|minutes?|mins?|:))`),
    (m) => dateHit(m[1], Number(m[2]!.replace("er", "")), undefined, undefined)],
  [r(`${B}(?:(avant|before|until|jusqu'au|by|d'ici) )?(?:le |on )?(\\d{1,2})/(\\d{1,2})(?:/(\\d{2,4}))?${E}(?!\\s*(?:h|heures?|hours?))`),
    (m) => {
      const month = Number(m[3]);
      if (month < 1 || month > 12) return null;
      return dateHit(m[1], Number(m[2]), month, m[4] ? Number(m[4].length === 2 ? "20" + m[4] : m[4]) : undefined);
    }],
  [r(`${B}(?:(avant|before|until|by|pour|for) )?(?:noel|christmas|xmas)${E}`), (m) => dateHit(m[1] === "pour" || m[1] === "for" ? "avant" : m[1], 25, 12, undefined)],

  // ----- parts of a day -----
  [r(`${B}(?:(?:en |au |in the |dans la )?(debut|fin|early|late) (?:de |d'|of the )?)?(?:matinee|matin|morning|mornin)${E}`),
    (m) => ({ part: m[1] && /debut|early/.test(m[1]) ? "early" : "morning", day: /(?:ce|this) $/.test(m.input.slice(Math.max(0, m.index - 5), m.index)) ? { kind: "rel", days: 0 } : undefined })],
  [r(`${B}(?:(?:en |au |in the |dans l')?(debut|fin|early|late) (?:de |d'|of the )?)?(?:apres-midi|apres midi|aprem|aprÃ¨s-midi|afternoon|arvo)${E}`),
    (m) => ({ part: m[1] && /debut|early/.test(m[1]) ? "earlyAfternoon" : "afternoon" })],
  [r(`${B}(?:(?:en|dans la|in the|this|le|ce|du) (?:soiree|soir|evening)|(?<=(?:${WD}|demain|tomorrow) )(?:soir|soiree|evening|night))${E}`),
    () => ({ part: "evening" })],
  [r(`${B}(?:(?:en |d'ici |avant )?(?:la )?fin de (?:la )?journee|(?:by |before |at )?(?:the )?end of (?:the |business |the business |the working )?day|(?:by |at |before )?close of (?:business|play)|end of business|(?:by )?eod|(?:by )?cob|before (?:we|the office|our offices?) closes?|avant (?:la )?fermeture|d'ici la fermeture)${E}`),
    () => ({ part: "close" })],
  [r(`${B}(?:a la premiere heure|des la premiere heure|des l'ouverture|a l'ouverture|first thing(?: in the morning)?|as soon as we open|when we open)${E}`),
    () => ({ part: "firstThing" })],
  [r(`${B}(?:(?:a|vers|avant|d'ici|pour|at|by|before|around|until) )?(?:midi|noon|midday)${E}`), () => ({ clock: { hour: 12, minute: 0 } })],
  [r(`${B}(?:ce midi|at lunchtime|lunchtime|a l'heure du dejeuner|over lunch|entre midi et deux)${E}`), () => ({ part: "lunch" })],

  // ----- spans: "du lundi au vendredi", "Monday to Saturday", "de 8h à 20h" — opening times, not a due time -----
  [r(`${B}(?:(?:du|de|from) )?(?:${WD}) (?:au|a|to|through|till|until|-) (?:${WD})${E}`), () => ({ until: true })],
  [r(`${B}(?:de|from) (\\d{1,2})(?:\\s*h\\s*(\\d{2})?|[:.](\\d{2}))?\\s*(?:am|pm)? (?:a|à|to|-|till|until) (\\d{1,2})(?:\\s*h\\s*(\\d{2})?|[:.](\\d{2})|\\s*heures?)?\\s*(am|pm)?${E}`), (m) => span(clockHit(Number(m[4]), Number(m[5] ?? m[6] ?? 0), m[7]))],
  [r(`${B}(\\d{1,2})(?:[:.](\\d{2}))?\\s*(?:am|pm)? (?:to|till|until|-) (\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)${E}`), (m) => span(clockHit(Number(m[3]), Number(m[4] ?? 0), m[5]))],
  [r(`${B}(?:24 ?h ?/ ?24|24/7|7 ?j ?/ ?7)${E}`), () => ({ until: true })],

  // ----- clock times -----
  // "entre 14h et 16h", "between 2 and 4pm", "de 14h à 16h": due at the end
  [r(`${B}(?:entre|between) (\\d{1,2})(?:\\s*h\\s*(\\d{2})?|[:.](\\d{2}))?\\s*(am|pm)? (?:et|and|a|to|-) (\\d{1,2})(?:\\s*h\\s*(\\d{2})?|[:.](\\d{2})|\\s*heures?)?\\s*(am|pm)?${E}(?! ?(?:jours?|days?|semaines?|weeks?|heures?|hours?|mois|months?|minutes?|business|working|ouvr))`),
    (m) => clockHit(Number(m[5]), Number(m[6] ?? m[7] ?? 0), m[8] ?? m[4])],
  [r(`${B}(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)(?![\\p{L}\\d])`), (m) => clockHit(Number(m[1]), Number(m[2] ?? 0), m[3]!.replace(/\./g, ""))],
  [r(`${B}(?:(a|vers|avant|d'ici|pour|des|at|by|before|around|until|jusqu'a|aux alentours de) )?(\\d{1,2})\\s*h\\s*(\\d{2})?${E}`),
    (m) => (m[1] === undefined && !m[3] && Number(m[2]) > 24 ? null : m[1] === undefined && !m[3] && Number(m[2]) < 7 ? null : clockHit(Number(m[2]), Number(m[3] ?? 0)))],
  [r(`${B}(?:(a|vers|avant|d'ici|pour|jusqu'a|aux alentours de) )(\\d{1,2}) heures?(?: (\\d{2}))?${E}`), (m) => clockHit(Number(m[2]), Number(m[3] ?? 0))],
  [r(`${B}(\\d{1,2}):(\\d{2})${E}`), (m) => clockHit(Number(m[1]), Number(m[2]))],
  [r(`${B}(?:at|by|before|around|until) (\\d{1,2})(?: ?o'clock)?${E}(?![:.,]?\\d| ?(?:%|€|\\$|£|days?|hours?|minutes?|mins?|business|working|weeks?))`), (m) => clockHit(Number(m[1]), 0)],
];

const span = (h: Omit<TimeHit, "start" | "end"> | null) => (h ? { ...h, span: true } : null);

function dateHit(prefix: string | undefined, day: number, month: number | undefined, year: number | undefined): Omit<TimeHit, "start" | "end"> | null {
  if (day < 1 || day > 31) return null;
  const until = prefix === "until" || prefix === "jusqu'au" || prefix === "jusqu'a";
  return { day: { kind: "date", day, month, year }, beforeDay: prefix === "avant" || prefix === "before", until };
}

function clockHit(hour: number, minute: number, ampm?: string): Omit<TimeHit, "start" | "end"> | null {
  if (!Number.isFinite(hour) || minute > 59) return null;
  if (ampm === "pm" && hour < 12) hour += 12;
  else if (ampm === "am" && hour === 12) hour = 0;
  else if (!ampm && hour >= 1 && hour <= 7) hour += 12; // "at 3", "vers 2h": business hours, not the night
  if (hour > 24) return null;
  return { clock: { hour: hour === 24 ? 23 : hour, minute: hour === 24 ? 59 : minute } };
}

/** Every time expression of a folded sentence, longest first where they overlap, in text order. */
export function findTimes(folded: string): TimeHit[] {
  const all: TimeHit[] = [];
  RULES.forEach(([re, make], order) => {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      const made = make(m);
      all.push({ start: m.index, end: m.index + m[0].length, ...(made ?? {}), ...(made ? {} : { blank: true }) } as TimeHit);
      void order;
    }
  });
  all.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: TimeHit[] = [];
  for (const h of all) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  for (const h of kept) {
    const before = folded.slice(Math.max(0, h.start - 12), h.start);
    if (/(?:^|[^\p{L}])(?:depuis|since)\s$/u.test(before)) h.past = true;
    if ((/(?:^|[^\p{L}])(?:de|du|d'|of|from)\s$/u.test(before) && !/(?:a partir|starting|apart) (?:de |d'|from )$/.test(before)) || /^'s(?![\p{L}])/u.test(folded.slice(h.end))) h.attributive = true;
  }
  return kept.filter((h) => !(h as { blank?: boolean }).blank).sort((a, b) => a.start - b.start);
}

// ----- resolution -----

export type Calendar = BusinessCalendar;

function intervals(cal: Calendar, day: DateTime): [DateTime, DateTime][] {
  if (cal.holidays.includes(day.toISODate()!)) return [];
  const spans = cal.businessHours[String(day.weekday) as keyof Calendar["businessHours"]] ?? [];
  return spans.map(([a, b]) => [hhmm(day, a), hhmm(day, b)] as [DateTime, DateTime]).filter(([a, b]) => a < b);
}
function hhmm(day: DateTime, s: string): DateTime {
  const [h, m] = s.split(":").map(Number) as [number, number];
  return h === 24 ? day.endOf("day").set({ second: 0, millisecond: 0 }) : day.set({ hour: h, minute: m, second: 0, millisecond: 0 });
}
const isOpen = (cal: Calendar, day: DateTime) => intervals(cal, day).length > 0;
const hasOpenDays = (cal: Calendar) => Object.values(cal.businessHours).some((v) => v && v.length > 0);

/** The day's close of business, or 23:59 when the day is closed or has closed by `after`. */
function dueOnDay(cal: Calendar, day: DateTime, after: DateTime): DateTime {
  const open = intervals(cal, day);
  const close = open.at(-1)?.[1];
  if (close && close > after) return close;
  return day.set({ hour: 23, minute: 59, second: 0, millisecond: 0 });
}
function nextOpenDay(cal: Calendar, day: DateTime): DateTime {
  let d = day.plus({ days: 1 });
  if (!hasOpenDays(cal)) return d;
  for (let i = 0; i < 60 && !isOpen(cal, d); i++) d = d.plus({ days: 1 });
  return d;
}
function lastOpenDayOfWeek(cal: Calendar, weekStart: DateTime): DateTime {
  for (let d = weekStart.plus({ days: 6 }); d >= weekStart; d = d.minus({ days: 1 })) if (isOpen(cal, d)) return d;
  return weekStart.plus({ days: 4 });
}

function partTime(cal: Calendar, day: DateTime, part: Part, after: DateTime): DateTime {
  const open = intervals(cal, day);
  const at = (h: number, m = 0) => day.set({ hour: h, minute: m, second: 0, millisecond: 0 });
  switch (part) {
    case "morning": return at(12);
    case "early": return at(10);
    case "firstThing": return open[0]?.[0] ?? at(9);
    case "lunch": return at(14);
    case "earlyAfternoon": return at(15);
    case "afternoon": return at(18);
    case "evening": return at(23, 59);
    case "overnight": return at(23, 59).plus({ hours: 9 });
    case "close": return dueOnDay(cal, day, after);
  }
}

/** The local day a day spec names, counted from `now` (a DateTime in the workspace's zone). */
function dayOf(spec: DaySpec, now: DateTime, cal: Calendar): DateTime | null {
  const today = now.startOf("day");
  switch (spec.kind) {
    case "rel": return today.plus({ days: spec.days });
    case "weekday": {
      if (spec.nextWeek) return today.startOf("week").plus({ weeks: 1, days: spec.weekday - 1 });
      let ahead = (spec.weekday - today.weekday + 7) % 7;
      if (ahead === 0) ahead = 7;
      return today.plus({ days: ahead });
    }
    case "date": {
      let d = today.set({ day: 1, month: spec.month ?? today.month, ...(spec.year ? { year: spec.year } : {}) });
      if (spec.day > d.daysInMonth!) return null;
      d = d.set({ day: spec.day });
      if (d < today && !spec.year) d = spec.month ? d.plus({ years: 1 }) : d.plus({ months: 1 });
      return d;
    }
    case "week": {
      const start = today.startOf("week").plus({ weeks: spec.weeks });
      if (spec.at === "start") return start;
      const last = lastOpenDayOfWeek(cal, start);
      return last < today ? start.plus({ days: 6 }) : last;
    }
    case "weekend": {
      const sunday = today.startOf("week").plus({ days: 6 });
      return sunday;
    }
    case "month": {
      const start = today.startOf("month").plus({ months: spec.months });
      if (spec.at === "start") return isOpen(cal, start) || !hasOpenDays(cal) ? start : nextOpenDay(cal, start);
      let d = start.endOf("month").startOf("day");
      for (let i = 0; i < 7 && hasOpenDays(cal) && !isOpen(cal, d); i++) d = d.minus({ days: 1 });
      return d < today ? start.endOf("month").startOf("day") : d;
    }
    case "businessDays": {
      let d = today;
      for (let i = 0; i < spec.n; i++) d = nextOpenDay(cal, d);
      return d;
    }
  }
}

/**
 * When the hits of one clause are due, or null when they name no time ahead of `sentAt`. Hits are the clause's
 * time expressions in order: a duration wins; otherwise a day, a part of a day and a clock time combine ("demain
 * avant 12h", "Monday at 11:30", "la semaine prochaine, mardi").
 */
export function resolveHits(hits: TimeHit[], sentAt: Date, cal: Calendar): Date | null {
  const now = DateTime.fromJSDate(sentAt, { zone: cal.timeZone });
  const duration = hits.find((h) => h.duration);
  if (duration?.duration) {
    const { minutes, business } = duration.duration;
    return business ? addBusinessMinutes(cal, sentAt, minutes) : now.plus({ minutes }).toJSDate();
  }
  const dayHits = hits.filter((h) => h.day);
  let daySpec = dayHits[0]?.day;
  // "la semaine prochaine, mardi" / "next week on Monday": the weekday of next week.
  const wd = dayHits.find((h) => h.day!.kind === "weekday");
  if (wd && dayHits.some((h) => h.day!.kind === "week" && (h.day as { weeks: number }).weeks === 1)) {
    daySpec = { kind: "weekday", weekday: (wd.day as { weekday: number }).weekday, nextWeek: true };
  } else if (wd && dayHits.some((h) => h.day!.kind === "rel")) {
    daySpec = dayHits.find((h) => h.day!.kind === "rel")!.day;
  } else if (wd) daySpec = wd.day;
  const part = hits.find((h) => h.part)?.part;
  const clock = hits.find((h) => h.clock)?.clock;
  const before = dayHits.find((h) => h.day === daySpec)?.beforeDay;
  if (!daySpec && !part && !clock) return null;

  let day = daySpec ? dayOf(daySpec, now, cal) : now.startOf("day");
  if (!day) return null;
  if (before) return day.minus({ days: 1 }).set({ hour: 23, minute: 59 }).toJSDate();
  const at = (d: DateTime): DateTime =>
    clock ? d.set({ hour: clock.hour, minute: clock.minute, second: 0, millisecond: 0 }) : part ? partTime(cal, d, part, now) : dueOnDay(cal, d, now);
  let due = at(day);
  if (due <= now && !daySpec) {
    // "avant 10h" written at 16:20, "ce soir" written after midnight: the next open day.
    day = nextOpenDay(cal, day);
    due = at(day);
  }
  if (due <= now) return null;
  return due.toJSDate();
}
