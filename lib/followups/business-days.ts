// Business-calendar arithmetic for promise-time.ts, in the workspace's zone: a day's open hours, its close of
// business, the next open day, the last open day of a week, the time a part of a day stands for, and the day a
// day spec names. Separate from the resolver so the calendar rules read on their own.
import type { DateTime } from "luxon";
import type { BusinessCalendar } from "../sla/business-time";
import type { DaySpec, Part } from "./time-hit";

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
export function dueOnDay(cal: Calendar, day: DateTime, after: DateTime): DateTime {
  const open = intervals(cal, day);
  const close = open.at(-1)?.[1];
  if (close && close > after) return close;
  return day.set({ hour: 23, minute: 59, second: 0, millisecond: 0 });
}
export function nextOpenDay(cal: Calendar, day: DateTime): DateTime {
  let d = day.plus({ days: 1 });
  if (!hasOpenDays(cal)) return d;
  for (let i = 0; i < 60 && !isOpen(cal, d); i++) d = d.plus({ days: 1 });
  return d;
}
function lastOpenDayOfWeek(cal: Calendar, weekStart: DateTime): DateTime {
  for (let d = weekStart.plus({ days: 6 }); d >= weekStart; d = d.minus({ days: 1 })) if (isOpen(cal, d)) return d;
  return weekStart.plus({ days: 4 });
}

export function partTime(cal: Calendar, day: DateTime, part: Part, after: DateTime): DateTime {
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
export function dayOf(spec: DaySpec, now: DateTime, cal: Calendar): DateTime | null {
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
