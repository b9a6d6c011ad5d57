// Polling, the safety net behind push notifications (which Google may drop): the location's reviews, most
// recently updated first (`orderBy=updateTime desc`), until one is older than the watermark (the newest
// updateTime of the last sweep) or, on the first sweep, than backfillSince. Boundary reviews are read again
// on the next sweep; ingestion dedups by externalId and by (message, EDITED, time).
// A sweep longer than maxPagesPerFetch pages stops with a `resume` in the cursor (the next page token and the
// newest updateTime seen) and the old watermark, so the next call carries on where this one stopped instead of
// re-reading the first pages forever; the watermark moves only once a sweep reached it.
import { z } from "zod";
import { ConnectorError, type ChannelContext, type FetchResult } from "../connector";
import type { InboundEvent } from "../types";
import { googleFetch, readBody, type GoogleDeps, type GoogleResponse } from "./http";
import { locationOf } from "./names";
import { parseGoogleTime, reviewEvents, reviewSchema } from "./review";
import type { GoogleSecrets } from "./secrets";

export interface GoogleCursor {
  /** ISO updateTime of the newest review seen by the last complete sweep. */
  watermark: string;
  resume?: { pageToken: string; top: string };
}

const cursorSchema = z.object({
  watermark: z.iso.datetime({ offset: true }),
  resume: z.object({ pageToken: z.string().min(1), top: z.iso.datetime({ offset: true }) }).optional(),
});

const pageSchema = z.looseObject({
  reviews: z.array(reviewSchema).optional(),
  nextPageToken: z.string().optional(),
});

export async function fetchSince(
  channel: ChannelContext<GoogleSecrets>,
  cursorValue: unknown,
  opts: { backfillSince: Date },
  deps: GoogleDeps,
): Promise<FetchResult> {
  const location = locationOf(channel.externalId);
  // A cursor we cannot read (an older format, a hand edit) is a first sweep, not a crash loop.
  const parsed = cursorSchema.safeParse(cursorValue);
  const prev = parsed.success ? parsed.data : null;
  const floorMs = prev ? Date.parse(prev.watermark) : opts.backfillSince.getTime();
  let pageToken = prev?.resume?.pageToken;
  let topMs = prev?.resume ? Date.parse(prev.resume.top) : Number.NEGATIVE_INFINITY;
  const events: InboundEvent[] = [];

  for (let page = 0; page < deps.o.maxPagesPerFetch; page++) {
    const query: Record<string, string> = { pageSize: String(deps.o.pageSize), orderBy: "updateTime desc" };
    if (pageToken) query.pageToken = pageToken;
    let res: GoogleResponse;
    try {
      res = await googleFetch(channel, { method: "GET", path: `${location}/reviews`, query }, deps);
    } catch (err) {
      // A stored page token Google no longer accepts: start this sweep again from the newest review.
      if (!(page === 0 && pageToken && err instanceof ConnectorError && err.httpStatus === 400)) throw err;
      pageToken = undefined;
      continue;
    }
    const body = readBody(pageSchema, res, "review list");
    let reachedFloor = false;
    for (const review of body.reviews ?? []) {
      const updatedMs = parseGoogleTime(review.updateTime).getTime();
      if (updatedMs < floorMs) {
        reachedFloor = true;
        break;
      }
      topMs = Math.max(topMs, updatedMs);
      events.push(...reviewEvents(review, location));
    }
    // The sweep reached its floor: the watermark becomes the newest updateTime seen (never moves back).
    if (reachedFloor || !body.nextPageToken) return { events, cursor: { watermark: iso(Math.max(floorMs, topMs)) } };
    pageToken = body.nextPageToken;
  }
  // Out of pages for this call: keep the old floor and carry on from here next time.
  const cursor: GoogleCursor = pageToken
    ? { watermark: iso(floorMs), resume: { pageToken, top: iso(Math.max(floorMs, topMs)) } }
    : { watermark: iso(floorMs) };
  return { events, cursor };
}

const iso = (ms: number) => new Date(ms).toISOString();
