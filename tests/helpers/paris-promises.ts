// The promise reader as the fresh-file tests call it: a Paris workspace open Monday–Friday 09:00–18:00, replies
// written on Tuesday 10 March 2026 at 10:00 (tests/unit/promises-*-fresh.test.ts).
import { DateTime } from "luxon";
import { detectPromise, type PromiseCalendar } from "@/lib/followups/detect-promise";

export const PARIS: PromiseCalendar = {
  timeZone: "Europe/Paris",
  businessHours: Object.fromEntries(["1", "2", "3", "4", "5"].map((d) => [d, [["09:00", "18:00"]]])),
  holidays: [],
};
/** Tuesday 10 March 2026, 10:00 in Paris. */
export const at = DateTime.fromISO("2026-03-10T10:00", { zone: "Europe/Paris" }).toJSDate();

/** What the reply promises: a dated follow-up, a vague one, or none. */
export const read = (text: string) => {
  const p = detectPromise(text, at, PARIS);
  return p ? (p.vague ? "vague" : "dated") : "none";
};
