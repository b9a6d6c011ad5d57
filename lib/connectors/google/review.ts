// One Business Profile review (v4 `Review`) → neutral events. Shared by polling (fetch-since.ts) and by the
// completion of a push notification (completion.ts), so both write exactly the same messages:
//   - the review itself: an INBOUND public POST keyed by reviewId, with its stars as `rating`;
//   - when the reviewer changed it (updateTime > createTime): an EDITED event at updateTime with the new text
//     and stars (ingestion keeps one per (message, EDITED, time), so re-reading it is harmless);
//   - our reply (`reviewReply`): an OUTBOUND COMMENT keyed by `${reviewId}/reply@${updateTime}`. Google keeps
//     one reply per review and replaces it on edit: keying each version by its time keeps earlier wordings.
import { z } from "zod";
import type { InboundEvent, InboundMessage, InboundThread } from "../types";

const STARS = { ONE: 1, TWO: 2, THREE: 3, FOUR: 4, FIVE: 5 } as const;

/** Google writes RFC 3339 with up to nanoseconds; Date.parse is only guaranteed to read milliseconds. */
const toMillisPrecision = (s: string) => s.replace(/(\.\d{3})\d+/, "$1");
const googleTime = z.string().refine((s) => !Number.isNaN(Date.parse(toMillisPrecision(s))), "not an RFC 3339 time");

/** A time already checked by the schemas here. */
export const parseGoogleTime = (s: string): Date => new Date(Date.parse(toMillisPrecision(s)));

export const reviewSchema = z.looseObject({
  name: z.string().min(1),
  reviewId: z.string().min(1).optional(),
  reviewer: z.looseObject({ displayName: z.string().optional(), profilePhotoUrl: z.string().optional(), isAnonymous: z.boolean().optional() }).optional(),
  starRating: z.string().optional(),
  comment: z.string().optional(),
  createTime: googleTime,
  updateTime: googleTime,
  reviewReply: z.looseObject({ comment: z.string(), updateTime: googleTime }).optional(),
});
export type GoogleReview = z.infer<typeof reviewSchema>;

/** reviewId, or the last segment of the resource name when an answer leaves the field out. */
export const reviewIdOf = (r: GoogleReview): string => r.reviewId ?? r.name.slice(r.name.lastIndexOf("/") + 1);

/** `ONE`…`FIVE` → 1…5; STAR_RATING_UNSPECIFIED (or anything new) → no rating. */
export function starsOf(starRating: string | undefined): number | undefined {
  return starRating && starRating in STARS ? STARS[starRating as keyof typeof STARS] : undefined;
}

const TRANSLATED = /\(Translated by Google\)/;
const ORIGINAL = /\(Original\)/;

/**
 * The reviewer's own words. Google may serve a review machine-translated, as "(Translated by Google) …
 * (Original) …" or, in other locales, "… (Translated by Google) …": agents answer what the customer wrote.
 */
export function originalText(comment: string): string {
  const translated = TRANSLATED.exec(comment);
  if (!translated) return comment;
  const original = ORIGINAL.exec(comment);
  if (original && original.index > translated.index) {
    const rest = comment.slice(original.index + original[0].length);
    const next = TRANSLATED.exec(rest);
    return (next ? rest.slice(0, next.index) : rest).trim();
  }
  // No "(Original)" after the marker: the original comes first and the translation follows it.
  const before = comment.slice(0, translated.index).trim();
  return before || comment.slice(translated.index + translated[0].length).trim();
}

/** The reply's message id: one per version of our reply (see the header). */
export const replyExternalId = (reviewId: string, replyUpdateTime: string): string => `${reviewId}/reply@${replyUpdateTime}`;

export function reviewEvents(r: GoogleReview, location: string): InboundEvent[] {
  const reviewId = reviewIdOf(r);
  const thread: InboundThread = { externalId: reviewId, kind: "POST" };
  const body = originalText(r.comment ?? "");
  const rating = starsOf(r.starRating);
  const created = parseGoogleTime(r.createTime);
  const updated = parseGoogleTime(r.updateTime);
  const anonymous = r.reviewer?.isAnonymous === true || !r.reviewer?.displayName;
  // Google exposes no stable reviewer id: the display name is the best identity; anonymous ones stay apart.
  const author = anonymous
    ? { platformUserId: `google:anonymous:${reviewId}` }
    : { platformUserId: `google:${r.reviewer!.displayName!}`, name: r.reviewer!.displayName! };
  const review: InboundMessage = {
    type: "message",
    externalId: reviewId,
    kind: "POST",
    direction: "INBOUND",
    visibility: "PUBLIC",
    thread,
    author,
    body,
    platformCreatedAt: created,
    ...(rating !== undefined ? { rating } : {}),
  };
  const events: InboundEvent[] = [review];
  if (updated.getTime() > created.getTime()) {
    events.push({ type: "message_event", externalId: reviewId, kind: "EDITED", platformTime: updated, newText: body, ...(rating !== undefined ? { newRating: rating } : {}) });
  }
  if (r.reviewReply) {
    events.push({
      type: "message",
      externalId: replyExternalId(reviewId, r.reviewReply.updateTime),
      kind: "COMMENT",
      direction: "OUTBOUND",
      visibility: "PUBLIC",
      thread,
      parentExternalId: reviewId,
      author: { platformUserId: location },
      body: r.reviewReply.comment,
      platformCreatedAt: parseGoogleTime(r.reviewReply.updateTime),
    });
  }
  return events;
}
