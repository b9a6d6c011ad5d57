// Tunables of the YouTube connector. The clock is injectable because the quota day and its reset follow
// Pacific midnight, which tests must be able to cross.
import { DEFAULT_DAILY_QUOTA, DEFAULT_RESERVE_FRACTION } from "./quota";

export const PRODUCTION_API_BASE = "https://www.googleapis.com";
export const PRODUCTION_TOKEN_URL = "https://oauth2.googleapis.com/token";
/** Every call is aborted after this (body included), like the X client. */
export const DEFAULT_TIMEOUT_MS = 15_000;
/** commentThreads.list and comments.list accept 1–100 per page; fewer pages mean fewer quota units. */
export const DEFAULT_PAGE_SIZE = 100;
/**
 * A poll re-reads this far before the watermark: a comment can become visible a little after its publishedAt
 * (ingest dedupes by comment id, so re-reading costs nothing but the units of an occasional extra page).
 */
export const DEFAULT_OVERLAP_MS = 60_000;
/** Held lists are read this far before the watermark: a reply can be held on a thread that is already known. */
export const DEFAULT_HELD_LOOKBACK_MS = 2 * 86_400_000;

export interface YoutubeConnectorOptions {
  now?: () => Date;
  pageSize?: number;
  /** Share of the daily quota polling never touches (replies and moderation need it), 0–0.9. */
  reserveFraction?: number;
  /** The Google Cloud project's daily quota, when raised above the default 10,000 units. */
  dailyQuota?: number;
  timeoutMs?: number;
  overlapMs?: number;
  heldLookbackMs?: number;
}

export type ResolvedYoutubeOptions = Required<YoutubeConnectorOptions>;

export function resolveYoutubeOptions(o: YoutubeConnectorOptions = {}): ResolvedYoutubeOptions {
  const pageSize = Math.floor(o.pageSize ?? DEFAULT_PAGE_SIZE);
  if (!(pageSize >= 1 && pageSize <= 100)) throw new Error("youtube connector: pageSize must be 1–100");
  const reserveFraction = o.reserveFraction ?? DEFAULT_RESERVE_FRACTION;
  if (!(reserveFraction >= 0 && reserveFraction <= 0.9)) throw new Error("youtube connector: reserveFraction must be 0–0.9");
  const dailyQuota = Math.floor(o.dailyQuota ?? DEFAULT_DAILY_QUOTA);
  if (!(dailyQuota > 0)) throw new Error("youtube connector: dailyQuota must be positive");
  const timeoutMs = o.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!(timeoutMs > 0)) throw new Error("youtube connector: timeoutMs must be positive");
  const overlapMs = o.overlapMs ?? DEFAULT_OVERLAP_MS;
  if (!(overlapMs >= 0)) throw new Error("youtube connector: overlapMs must not be negative");
  const heldLookbackMs = o.heldLookbackMs ?? DEFAULT_HELD_LOOKBACK_MS;
  if (!(heldLookbackMs >= 0)) throw new Error("youtube connector: heldLookbackMs must not be negative");
  return { now: o.now ?? (() => new Date()), pageSize, reserveFraction, dailyQuota, timeoutMs, overlapMs, heldLookbackMs };
}

/** Production talks to two hosts; a local fake serves the token endpoint on the API's own origin. */
export function tokenUrl(apiBaseUrl: string): string {
  const base = apiBaseUrl.replace(/\/+$/, "");
  return base === PRODUCTION_API_BASE ? PRODUCTION_TOKEN_URL : `${base}/token`;
}
