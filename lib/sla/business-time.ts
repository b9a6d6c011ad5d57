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

// Walking days through luxon was most of the SLA refresh's CPU (every case of every ingested batch walks
// its targets' days again). A calendar's days are the same for every case, so each local day is computed
// once per calendar object: getSlaPolicy hands out one frozen object per saved policy. Bounded: a calendar
// keeps at most MAX_CACHED_DAYS days (a few years), then starts over.
interface LocalDay { intervals: [number, number][]; next: number }
const dayCache = new WeakMap<BusinessCalendar, Map<number, LocalDay>>();
const MAX_CACHED_DAYS = 4_000;

/** The local day starting at `dayStart` (epoch ms of a local midnight): its opening intervals, the next day's start. */
function localDay(cal: BusinessCalendar, dayStart: number, holidays: Set<string>): LocalDay {
  let days = dayCache.get(cal);
  if (!days) dayCache.set(cal, (days = new Map()));
  let d = days.get(dayStart);
  if (!d) {
    const day = DateTime.fromMillis(dayStart, { zone: cal.timeZone });
    d = { intervals: openIntervals(cal, day, holidays), next: day.plus({ days: 1 }).startOf("day").toMillis() };
    if (days.size >= MAX_CACHED_DAYS) days.clear();
    days.set(dayStart, d);
  }
  return d;
}

// The local midnight before an instant, kept per 15-minute UTC slot: every zone's offset is a whole number of
// quarter hours, so a local midnight always falls on a slot's edge and every instant of a slot shares its day.
const QUARTER_HOUR = 15 * 60_000;
const dayStarts = new WeakMap<BusinessCalendar, Map<number, number>>();

function startOfLocalDay(cal: BusinessCalendar, instant: number): number {
  let starts = dayStarts.get(cal);
  if (!starts) dayStarts.set(cal, (starts = new Map()));
  const slot = Math.floor(instant / QUARTER_HOUR);
  let start = starts.get(slot);
  if (start === undefined) {
    start = DateTime.fromMillis(instant, { zone: cal.timeZone }).startOf("day").toMillis();
    if (starts.size >= MAX_CACHED_DAYS * 4) starts.clear();
    starts.set(slot, start);
  }
  return start;
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
  for (let i = 0, day = startOfLocalDay(cal, cursor); i < MAX_DAYS; i++) {
    const { intervals, next } = localDay(cal, day, holidays);
    day = next;
    for (const [open, close] of intervals) {
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
  for (let i = 0, day = startOfLocalDay(cal, from.getTime()); i < MAX_DAYS && day < end; i++) {
    const { intervals, next } = localDay(cal, day, holidays);
    day = next;
    for (const [open, close] of intervals) {
      const a = Math.max(open, from.getTime());
      const b = Math.min(close, end);
      if (b > a) total += b - a;
    }
  }
  return total / 60_000;
}
