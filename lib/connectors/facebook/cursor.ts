// The polling cursor: a watermark of comments already returned, plus the state of an unfinished sweep.
//
// A sweep reads the Page feed (posts created since the window start) and then every comment of each of
// those posts. Only a finished sweep moves the watermark: if the request budget runs out midway, the
// cursor records where to continue (remaining posts, `paging.next` paths) so the next call resumes
// instead of starting over; events already returned are not returned again within the sweep.
import { z } from "zod";

const sweepSchema = z.object({
  /** Unix s when the sweep began; comments newer than startedAt - margin do not move the watermark. */
  startedAt: z.number(),
  /** Feed `since` (unix s) of this sweep. */
  windowStart: z.number(),
  feedDone: z.boolean(),
  /** Path + query of the feed's `paging.next` when the feed is not fully read (no host, no token). */
  feedNext: z.string().optional(),
  /** Posts whose comments are still to read; the first one is in progress. */
  posts: z.array(z.string()),
  /** Path + query of the current post's comments `paging.next`. */
  commentsNext: z.string().optional(),
  /** Newest created_time (<= startedAt - margin) seen in this sweep, and the comment ids at that second. */
  best: z.number(),
  bestIds: z.array(z.string()),
});
export type Sweep = z.infer<typeof sweepSchema>;

const cursorSchema = z.object({
  v: z.literal(1),
  /** Unix s: every comment created before this second has been returned. */
  since: z.number(),
  /** Ids of comments created exactly at `since` that were returned (seconds are coarse). */
  seenAtSince: z.array(z.string()),
  sweep: sweepSchema.optional(),
});
export type FacebookCursor = z.infer<typeof cursorSchema>;

/**
 * A stored cursor, or null for the first poll. An unreadable cursor (e.g. written by an incompatible
 * version) also yields null: polling restarts from backfillSince, and ingest dedupes what it re-reads,
 * which beats failing every poll until someone clears the cursor by hand.
 */
export function readCursor(value: unknown): FacebookCursor | null {
  if (value === null || value === undefined) return null;
  const r = cursorSchema.safeParse(value);
  return r.success ? r.data : null;
}

export function newSweep(startedAt: number, windowStart: number, since: number): Sweep {
  return { startedAt, windowStart, feedDone: false, posts: [], best: since, bestIds: [] };
}

/** Records a comment time in the sweep's candidate watermark. */
export function noteComment(sweep: Sweep, id: string, createdS: number, marginS: number): void {
  if (createdS > sweep.startedAt - marginS) return;
  if (createdS > sweep.best) {
    sweep.best = createdS;
    sweep.bestIds = [id];
  } else if (createdS === sweep.best && !sweep.bestIds.includes(id)) {
    sweep.bestIds.push(id);
  }
}

/** True when a comment was not returned before: newer than the watermark, or at it but not yet seen. */
export function isNew(cursor: Pick<FacebookCursor, "since" | "seenAtSince">, id: string, createdS: number): boolean {
  return createdS > cursor.since || (createdS === cursor.since && !cursor.seenAtSince.includes(id));
}

/** The cursor after a finished sweep: the watermark moves to the newest settled comment seen. */
export function commitSweep(prev: Pick<FacebookCursor, "since" | "seenAtSince">, sweep: Sweep): FacebookCursor {
  if (sweep.best > prev.since) return { v: 1, since: sweep.best, seenAtSince: sweep.bestIds };
  const seen = [...new Set([...prev.seenAtSince, ...(sweep.best === prev.since ? sweep.bestIds : [])])];
  return { v: 1, since: prev.since, seenAtSince: seen };
}
