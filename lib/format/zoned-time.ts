// Wall-clock times in a given IANA zone, with Intl only (safe in the browser, no date library shipped): the
// snooze form reads a datetime-local value as the workspace's time, not the browser's.

/** The zone's offset from UTC at an instant, in ms (Paris in winter: +3,600,000). */
function offsetMs(timeZone: string, at: number): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
  }).formatToParts(new Date(at));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second")) - Math.floor(at / 1000) * 1000;
}

/** "2026-12-07T09:00" read in `timeZone` → the instant; null when unreadable. Twice, so a DST change between
 *  the guess and the answer is taken into account. */
export function zonedLocalToDate(local: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
  const first = wall - offsetMs(timeZone, wall);
  return new Date(wall - offsetMs(timeZone, first));
}

/** An instant as a datetime-local value in `timeZone` ("2026-12-07T09:00"). */
export function toZonedLocal(at: Date, timeZone: string): string {
  return new Date(at.getTime() + offsetMs(timeZone, at.getTime())).toISOString().slice(0, 16);
}
