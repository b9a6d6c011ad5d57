// Completes what a push notification only named: `fetch` GETs each incomplete review (outside any database
// transaction) and returns Google's answers, validated, by reviewId; `apply` later turns each stored answer
// into the same events polling would produce (review.ts), with no network call. A review deleted before we
// read it (404) is stored as null and yields nothing: the notification is acknowledged, not retried forever.
import { z } from "zod";
import { ConnectorError, type ChannelContext } from "../connector";
import type { InboundEvent } from "../types";
import { googleFetch, readBody, type GoogleDeps } from "./http";
import { locationOf, reviewPath, splitReviewName } from "./names";
import { reviewEvents, reviewSchema } from "./review";
import type { GoogleSecrets } from "./secrets";

const storedSchema = z.record(z.string(), z.unknown());

const incompleteIds = (events: InboundEvent[]): string[] =>
  events.flatMap((ev) => (ev.type === "message" && ev.incomplete ? [ev.externalId] : []));

export async function fetchReviews(channel: ChannelContext<GoogleSecrets>, events: InboundEvent[], deps: GoogleDeps): Promise<Record<string, unknown>> {
  const location = locationOf(channel.externalId);
  const out: Record<string, unknown> = {};
  for (const reviewId of new Set(incompleteIds(events))) {
    try {
      const res = await googleFetch(channel, { method: "GET", path: reviewPath(location, reviewId) }, deps);
      // Checked now, so an answer we cannot read fails the fetch (retried), not the stored delivery.
      out[reviewId] = readBody(reviewSchema, res, "review");
    } catch (err) {
      if (err instanceof ConnectorError && err.httpStatus === 404) out[reviewId] = null;
      else throw err;
    }
  }
  return out;
}

/** Our reply's author is the location, read from the review's own name: apply has no channel context. */
export function applyReviews(events: InboundEvent[], fetched: unknown): InboundEvent[] {
  const stored = storedSchema.parse(fetched);
  return events.flatMap((ev) => {
    if (ev.type !== "message" || !ev.incomplete) return [ev];
    const answer = stored[ev.externalId];
    if (answer === undefined) throw new Error(`review ${ev.externalId} was not read before ingestion`);
    if (answer === null) return [];
    const review = reviewSchema.parse(answer);
    return reviewEvents(review, splitReviewName(review.name)?.location ?? review.name);
  });
}
