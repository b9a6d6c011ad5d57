// Business Profile resource names (`accounts/{a}/locations/{l}/reviews/{r}`). They become URL paths, so every
// segment is checked against the characters Google uses (digits for accounts and locations, base64url-like
// review ids) before any request: a crafted name can never reach another path.
import { ConnectorError } from "../connector";

const SEGMENT = "[A-Za-z0-9_-]{1,200}";
const LOCATION = new RegExp(`^accounts/${SEGMENT}/locations/${SEGMENT}$`);
const REVIEW = new RegExp(`^(accounts/${SEGMENT}/locations/${SEGMENT})/reviews/(${SEGMENT})$`);
const REVIEW_ID = new RegExp(`^${SEGMENT}$`);

export const isLocationName = (s: string): boolean => LOCATION.test(s);
export const isReviewId = (s: string): boolean => REVIEW_ID.test(s);

/** `{ location, reviewId }` of a review resource name, or undefined when it is not one. */
export function splitReviewName(name: string): { location: string; reviewId: string } | undefined {
  const m = REVIEW.exec(name);
  return m ? { location: m[1]!, reviewId: m[2]! } : undefined;
}

/** The channel's location (ChannelContext.externalId), checked before it becomes a path. */
export function locationOf(externalId: string): string {
  if (!isLocationName(externalId)) {
    throw new ConnectorError("Google: the channel's location must look like accounts/{account}/locations/{location}", { retryable: false });
  }
  return externalId;
}

export function reviewPath(location: string, reviewId: string): string {
  if (!isReviewId(reviewId)) throw new ConnectorError("Google: not a review id", { retryable: false });
  return `${locationOf(location)}/reviews/${reviewId}`;
}
