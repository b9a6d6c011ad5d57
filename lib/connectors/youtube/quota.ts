// The YouTube Data API's daily quota, kept in the polling cursor. Google counts units per project and day, the
// day ending at midnight Pacific time (DST included), and answers 403 quotaExceeded once it is spent: a channel
// that polls greedily would have nothing left to reply or moderate with. So polling spends only down to a
// reserve, and the count lives in the cursor (stored per channel) to survive restarts.
import { DateTime } from "luxon";
import { z } from "zod";

export const PACIFIC_ZONE = "America/Los_Angeles";
/** The default daily allocation of a Google Cloud project. */
export const DEFAULT_DAILY_QUOTA = 10_000;
/** Share of the day's quota polling leaves untouched for replies and moderation. */
export const DEFAULT_RESERVE_FRACTION = 0.2;

/** Documented unit costs. Replies and moderation do not see the cursor: their callers account these. */
export const QUOTA_COST = {
  listPage: 1,
  videosList: 1,
  commentsInsert: 50,
  setModerationStatus: 50,
} as const;

/** The polling cursor: where the last complete sweep ended, and what was spent on the Pacific day `day`. */
export const youtubeCursorSchema = z.object({
  /** ISO time of the newest comment seen by the last complete sweep; null before the first one. */
  watermark: z.iso.datetime({ offset: true }).nullable(),
  /** YYYY-MM-DD in Pacific time. */
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  spent: z.number().int().nonnegative(),
});
export type YoutubeCursor = z.infer<typeof youtubeCursorSchema>;

/** The Pacific calendar day containing `now`. */
export function pacificDay(now: Date): string {
  return DateTime.fromJSDate(now, { zone: PACIFIC_ZONE }).toISODate() ?? "";
}

/** The next Pacific midnight after `now`: when Google resets the quota (23 or 25 hours away on DST days). */
export function nextPacificMidnight(now: Date): Date {
  return DateTime.fromJSDate(now, { zone: PACIFIC_ZONE }).startOf("day").plus({ days: 1 }).toJSDate();
}

/** A stored cursor, or a fresh one; anything unreadable starts over rather than failing every poll. */
export function readCursor(value: unknown, now: Date): YoutubeCursor {
  const r = youtubeCursorSchema.safeParse(value);
  const day = pacificDay(now);
  if (!r.success) return { watermark: null, day, spent: 0 };
  // A new Pacific day: Google has reset the count, so do we.
  return r.data.day === day ? r.data : { ...r.data, day, spent: 0 };
}

export interface QuotaStatus {
  day: string;
  spent: number;
  remaining: number;
  resetsAt: Date;
}

/** What the Channels page shows: units spent by polling today, what is left, and when it resets. */
export function quotaStatus(cursor: unknown, now: Date, dailyQuota = DEFAULT_DAILY_QUOTA): QuotaStatus {
  const c = readCursor(cursor, now);
  return { day: c.day, spent: c.spent, remaining: Math.max(0, dailyQuota - c.spent), resetsAt: nextPacificMidnight(now) };
}

/** One poll's spending: may it make a call of `cost` units without eating into the reserve? */
export class QuotaBudget {
  private readonly ceiling: number;
  constructor(
    private readonly cursor: YoutubeCursor,
    dailyQuota: number,
    reserveFraction: number,
  ) {
    this.ceiling = Math.floor(dailyQuota * (1 - reserveFraction));
  }

  canSpend(cost: number): boolean {
    return this.cursor.spent + cost <= this.ceiling;
  }

  /** Counted before the call: Google charges a request even when it fails. */
  spend(cost: number): void {
    this.cursor.spent += cost;
  }

  get spent(): number {
    return this.cursor.spent;
  }
}
