// Tunables of the Facebook connector. ChannelContext has no field for the Graph version, so it is a module
// constant with an override for deployments that pin another version (and for tests).
export const GRAPH_VERSION = "v25.0";

/** Every Graph call is aborted after this; Graph itself answers well under it when healthy. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** `limit` on feed and comment pages; Graph caps most edges at 100 per page. */
export const DEFAULT_PAGE_SIZE = 100;

/**
 * At most this many Graph requests per fetchSince call. Page tokens get 4,800 calls x engaged users per
 * 24 h (Pages BUC); 50 per poll keeps a poll every minute far from that and bounds one call's duration.
 * A sweep that needs more continues on the next call from the cursor.
 */
export const DEFAULT_MAX_REQUESTS_PER_FETCH = 50;

/** Polling re-reads comments of posts created this far back (webhooks are the primary feed). */
export const DEFAULT_POST_LOOKBACK_MS = 7 * 86_400_000;

/** When a rate-limit error carries no `estimated_time_to_regain_access`, retry after this. */
export const DEFAULT_RATE_LIMIT_BACKOFF_MS = 60_000;

/**
 * Comments newer than (sweep start - margin) are not trusted to be complete yet (Graph is eventually
 * consistent); the cursor stops short of them, so they are read again on the next sweep (ingest dedupes).
 */
export const FRESHNESS_MARGIN_S = 60;

export interface FacebookConnectorOptions {
  /** e.g. "v25.0". */
  graphVersion?: string;
  timeoutMs?: number;
  pageSize?: number;
  maxRequestsPerFetch?: number;
  postLookbackMs?: number;
  /** Clock, injectable for tests of the Messenger windows and rate-limit reset times. */
  now?: () => Date;
}

export type ResolvedOptions = Required<FacebookConnectorOptions>;

export function resolveOptions(o: FacebookConnectorOptions = {}): ResolvedOptions {
  const graphVersion = o.graphVersion ?? GRAPH_VERSION;
  // The version becomes a path segment: refuse anything that is not `vNN.N`.
  if (!/^v\d{1,3}\.\d{1,2}$/.test(graphVersion)) throw new Error(`invalid Graph API version "${graphVersion}"`);
  const positive = (n: number | undefined, d: number, name: string): number => {
    const v = n ?? d;
    if (!Number.isFinite(v) || v <= 0) throw new Error(`facebook connector: ${name} must be positive`);
    return v;
  };
  return {
    graphVersion,
    timeoutMs: positive(o.timeoutMs, DEFAULT_TIMEOUT_MS, "timeoutMs"),
    pageSize: Math.floor(positive(o.pageSize, DEFAULT_PAGE_SIZE, "pageSize")),
    maxRequestsPerFetch: Math.floor(positive(o.maxRequestsPerFetch, DEFAULT_MAX_REQUESTS_PER_FETCH, "maxRequestsPerFetch")),
    postLookbackMs: positive(o.postLookbackMs, DEFAULT_POST_LOOKBACK_MS, "postLookbackMs"),
    now: o.now ?? (() => new Date()),
  };
}
