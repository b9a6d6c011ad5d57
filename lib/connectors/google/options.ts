// Tunables of the Google connector, all with production defaults; tests shrink them or inject a clock.

export interface GoogleConnectorOptions {
  /** Every Google call is aborted after this (body included). */
  timeoutMs?: number;
  /** Reviews per list page; Google accepts at most 50. */
  pageSize?: number;
  /** At most this many list pages per fetchSince call; a longer sweep resumes from the cursor. */
  maxPagesPerFetch?: number;
  /**
   * Where push tokens' signing keys are read. Default: the channel's endpoints (googleEndpoints of its
   * apiBaseUrl: Google's own keys in production, a local fake's in tests).
   */
  jwksUrl?: string;
  /** Clock for token expiry, JWT times and key-cache ages. */
  now?: () => Date;
}

export interface ResolvedGoogleOptions {
  timeoutMs: number;
  pageSize: number;
  maxPagesPerFetch: number;
  jwksUrl: string | undefined;
  now: () => Date;
}

export function resolveGoogleOptions(o: GoogleConnectorOptions = {}): ResolvedGoogleOptions {
  const positive = (v: number | undefined, d: number, name: string) => {
    const n = v ?? d;
    if (!Number.isFinite(n) || n <= 0) throw new Error(`google connector: ${name} must be positive`);
    return Math.floor(n);
  };
  return {
    timeoutMs: positive(o.timeoutMs, 15_000, "timeoutMs"),
    pageSize: Math.min(50, positive(o.pageSize, 50, "pageSize")),
    maxPagesPerFetch: positive(o.maxPagesPerFetch, 40, "maxPagesPerFetch"),
    jwksUrl: o.jwksUrl,
    now: o.now ?? (() => new Date()),
  };
}
