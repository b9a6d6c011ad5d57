// Business-time arithmetic for SLA clocks: minutes count only inside the opening hours of the policy's time
// zone, never on holidays. Local times go through luxon, so a daylight-saving change shortens or lengthens the
// real day but never an opening interval's wall-clock bounds.
import { DateTime } from "luxon";
import type { BusinessHours } from "./schemas";

export interface BusinessCalendar {
  timeZone: string;
  businessHours: BusinessHours;
  holidays: string[];
}

const MAX_DAYS = 3 * 366;

function at(day: DateTime, hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  if (h === 24) return day.plus({ days: 1 }).startOf("day").toMillis();
  return day.set({ hour: h, minute: m, second: 0, millisecond: 0 }).toMillis();
}

/** The opening intervals of one local day, as epoch-millisecond pairs (empty on holidays and closed days). */
function openIntervals(cal: BusinessCalendar, day: DateTime, holidays: Set<string>): [number, number][] {
  if (holidays.has(day.toISODate()!)) return [];
  const spans = cal.businessHours[String(day.weekday) as keyof BusinessHours] ?? [];
  return spans.map(([a, b]) => [at(day, a), at(day, b)] as [number, number]).filter(([a, b]) => a < b);
}

function isAlwaysClosed(cal: BusinessCalendar): boolean {
  return Object.values(cal.businessHours).every((v) => !v || v.length === 0);
}

/** `start` plus `minutes` of business time. A calendar with no opening hours at all counts wall-clock time. */
export function addBusinessMinutes(cal: BusinessCalendar, start: Date, minutes: number): Date {
  if (isAlwaysClosed(cal)) return new Date(start.getTime() + minutes * 60_000);
  const holidays = new Set(cal.holidays);
  let remaining = minutes * 60_000;
  let cursor = start.getTime();
  let day = DateTime.fromMillis(cursor, { zone: cal.timeZone }).startOf("day");
  for (let i = 0; i < MAX_DAYS; i++, day = day.plus({ days: 1 }).startOf("day")) {
    for (const [open, close] of openIntervals(cal, day, holidays)) {
      const from = Math.max(open, cursor);
      if (from >= close) continue;
      if (close - from >= remaining) return new Date(from + remaining);
      remaining -= close - from;
      cursor = close;
    }
  }
  return new Date(cursor + remaining);
}

/** Business minutes between two instants (0 when `to` is not after `from`). */
export function businessMinutesBetween(cal: BusinessCalendar, from: Date, to: Date): number {
  if (to <= from) return 0;
  if (isAlwaysClosed(cal)) return (to.getTime() - from.getTime()) / 60_000;
  const holidays = new Set(cal.holidays);
  const end = to.getTime();
  let total = 0;
  let day = DateTime.fromMillis(from.getTime(), { zone: cal.timeZone }).startOf("day");
  for (let i = 0; i < MAX_DAYS && day.toMillis() < end; i++, day = day.plus({ days: 1 }).startOf("day")) {
    for (const [open, close] of openIntervals(cal, day, holidays)) {
      const a = Math.max(open, from.getTime());
      const b = Math.min(close, end);
      if (b > a) total += b - a;
    }
  }
  return total / 60_000;
}
