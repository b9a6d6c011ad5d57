// The snooze form's presets (issue #26 item 4), as instants computed on the server in the workspace's time zone
// (its SLA calendar's), so "tomorrow 9:00" is the team's morning whatever the browser's clock says.
import { DateTime } from "luxon";

/** In an hour, tomorrow 9:00 and next Monday 9:00 (a week ahead on a Monday), local to `timeZone`. */
export function snoozePresets(now: Date, timeZone: string): { hour: string; tomorrow: string; monday: string } {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  const nine = (d: DateTime) => d.set({ hour: 9, minute: 0, second: 0, millisecond: 0 });
  // Next Monday, never today: on a Monday it is a week ahead.
  const monday = nine(local.plus({ days: ((8 - local.weekday) % 7) || 7 }));
  return {
    hour: new Date(now.getTime() + 3_600_000).toISOString(),
    tomorrow: nine(local.plus({ days: 1 })).toUTC().toISO()!,
    monday: monday.toUTC().toISO()!,
  };
}
