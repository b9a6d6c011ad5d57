// One polling sweep: mentions, then DMs, returning the events and the next cursor (./cursor.ts).
// A failure throws and the caller keeps the old cursor: the next sweep refetches and ingestion dedupes.
// One exception: a rate limit on DM reads (15 per 15 minutes, easily hit by frequent polling) keeps the
// mentions already fetched and pauses DM reads until X's reset, recorded in the cursor.
import { ConnectorError, type ChannelContext, type FetchResult } from "../connector";
import type { XSecrets } from "../secrets-schemas";
import { readCursor, writeCursor, type XCursor } from "./cursor";
import { fetchDms } from "./fetch-dms";
import { fetchMentions } from "./fetch-mentions";
import { maxId } from "./ids";
import { parseIso } from "./time";

/** Without a reset time from X, DM reads wait one 15-minute window. */
const DEFAULT_DM_PAUSE_MS = 15 * 60_000;

export async function fetchSince(channel: ChannelContext<XSecrets>, cursor: unknown, opts: { backfillSince: Date }): Promise<FetchResult> {
  const prev = readCursor(cursor);
  const mentions = await fetchMentions(channel, prev.mentionsSinceId, opts.backfillSince);
  const next: XCursor = { ...prev, mentionsSinceId: maxId(prev.mentionsSinceId, mentions.newestId) };
  const events = [...mentions.events];

  const pausedUntil = parseIso(prev.dmPausedUntil);
  if (!pausedUntil || pausedUntil.getTime() <= Date.now()) {
    next.dmPausedUntil = undefined;
    try {
      const dms = await fetchDms(channel, prev.dmNewestId, opts.backfillSince);
      events.push(...dms.events);
      if (dms.newest) {
        next.dmNewestId = dms.newest.id;
        next.dmNewestAt = dms.newest.at;
      }
    } catch (err) {
      const rateLimited = err instanceof ConnectorError && err.retryable && (err.httpStatus === 429 || err.retryAt !== undefined);
      if (!rateLimited) throw err;
      // DM events of a partial sweep are dropped with the unchanged DM cursor; the next sweep refetches them.
      next.dmPausedUntil = (err.retryAt ?? new Date(Date.now() + DEFAULT_DM_PAUSE_MS)).toISOString();
    }
  }
  return { events, cursor: writeCursor(next) };
}
