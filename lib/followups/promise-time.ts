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
// The pieces: time-hit.ts (what a time expression is), time-words.ts and time-rules.ts (the grammar),
// business-days.ts (the calendar arithmetic); this file finds the times of a sentence and resolves them.
import { DateTime } from "luxon";
import { addBusinessMinutes } from "../sla/business-time";
import { dayOf, dueOnDay, nextOpenDay, partTime, type Calendar } from "./business-days";
import type { TimeHit } from "./time-hit";
import { RULES } from "./time-rules";

export type { DaySpec, Part, TimeHit } from "./time-hit";
export type { Calendar } from "./business-days";

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
