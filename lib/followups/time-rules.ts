// The grammar of promise-time.ts: one regular expression per way of saying a time (vague, duration, day, date,
// part of a day, span, clock time) on the folded sentence, each with what it means. Kept apart from the
// resolver because this is the part that grows with new phrasings, while the date arithmetic does not.
import type { TimeHit } from "./time-hit";
import { APPROX, B, E, MONTH, MONTHS, NUM, NUMS, UNIT, WD, WEEKDAYS, num, unitMinutes } from "./time-words";

type Rule = [RegExp, (m: RegExpExecArray) => Omit<TimeHit, "start" | "end"> | null];

const r = (src: string) => new RegExp(src, "gu");

// Order matters only for equal spans; overlapping hits keep the longest.
export const RULES: Rule[] = [
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
  [r(`${B}(?:(next|this|this coming|coming|ce|on|le|d'ici|by|avant|before|until|jusqu'a|jusqu'au|au plus tard|last|past) )?(${WD})(?: (prochain|prochaine|qui vient|d'apres|dernier|derniere|last|passe|week))?${E}`),
    (m) => {
      if ((m[3] && /dernier|derniere|last|passe/.test(m[3])) || m[1] === "last" || m[1] === "past") return { past: true };
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
