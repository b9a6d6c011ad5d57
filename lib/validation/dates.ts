// Date parameters of every API query and page filter. No server imports (shared by forms, pages and routes).
// A pattern like \d{4}-\d{2}-\d{2} lets "2026-13-45" through to `new Date()`, which makes an Invalid Date and a
// 500 further down; "2026-02-31" silently rolls over to 3 March. zod's ISO checks know the calendar (months,
// month lengths, leap years), so a wrong date is a 400 that names the field, never a 500 or an empty answer.
import { z } from "zod";

/** A calendar day, YYYY-MM-DD, kept as the string (the audit log compares days in the workspace's zone). */
export const isoDay = (field: string) => z.iso.date({ error: `${field} must be a calendar day, YYYY-MM-DD` });

/** A calendar day (midnight UTC) or an ISO time with its offset, as a Date. */
export const isoDayOrTime = (field: string) =>
  z
    .union([z.iso.date(), z.iso.datetime({ offset: true })], {
      error: `${field} must be a calendar day (YYYY-MM-DD) or an ISO time with its offset (2026-11-30T09:00:00Z)`,
    })
    .transform((s) => new Date(s));
