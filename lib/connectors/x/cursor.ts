// The polling cursor, stored by the caller as opaque JSON:
//   mentionsSinceId  `since_id` for the next mentions sweep (newest mention id seen)
//   dmNewestId       newest DM event id seen; the DM sweep pages back until it reaches it
//   dmNewestAt       its created_at (ISO), kept for operators: ids alone are hard to read
//   dmPausedUntil    DM reads are skipped until then after a DM rate limit (15 reads / 15 min), so a
//                    routine DM 429 never holds back mentions
// An unreadable cursor counts as none: the next sweep backfills, and ingestion dedupes by id.
import { z } from "zod";
import { idString } from "./ids";

const cursorSchema = z.object({
  mentionsSinceId: idString.optional(),
  dmNewestId: idString.optional(),
  dmNewestAt: z.string().optional(),
  dmPausedUntil: z.string().optional(),
});

export type XCursor = z.infer<typeof cursorSchema>;

export function readCursor(value: unknown): XCursor {
  const r = cursorSchema.safeParse(value);
  return r.success ? r.data : {};
}

/** Drops undefined keys so the stored JSON stays minimal and stable. */
export function writeCursor(c: XCursor): XCursor {
  return Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as XCursor;
}
