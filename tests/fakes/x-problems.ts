// X API v2 problem bodies and per-endpoint rate-limit buckets (15-minute windows, limits from
// CONNECTORS.md). Buckets are enforced, so a connector that polls DMs 16 times in 15 min sees a 429.
import type { JsonReply } from "./fake-http";

export interface XFailure {
  status: number;
  /** Replaces the default problem body for `status`. */
  body?: unknown;
  headers?: Record<string, string>;
  /** For 429s: seconds until `x-rate-limit-reset` (default 60). */
  resetInSeconds?: number;
}

export function problem(status: number, title: string, detail: string, type = "about:blank"): JsonReply {
  return { status, body: { title, type, status, detail } };
}

const DEFAULT_TITLES: Record<number, string> = {
  400: "Invalid Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
};

export function failureReply(f: XFailure): JsonReply {
  const title = DEFAULT_TITLES[f.status] ?? "Error";
  const base = f.body === undefined ? problem(f.status, title, title) : { status: f.status, body: f.body };
  return { ...base, headers: f.headers };
}

export const unauthorized = (): JsonReply => problem(401, "Unauthorized", "Unauthorized");

export const unsupportedAuth = (): JsonReply =>
  problem(
    403,
    "Unsupported Authentication",
    "Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.  Supported authentication types are [OAuth 1.0a User Context, OAuth 2.0 User Context].",
    "https://api.twitter.com/2/problems/unsupported-authentication",
  );

export interface ParamError {
  parameters: Record<string, string[]>;
  message: string;
}

export function invalidRequest(errors: ParamError[]): JsonReply {
  return {
    status: 400,
    body: {
      errors,
      title: "Invalid Request",
      detail: "One or more parameters to your request was invalid.",
      type: "https://api.twitter.com/2/problems/invalid-request",
    },
  };
}

/** Parses a comma list param, collecting an error for values outside `allowed`. */
export function listParam(q: Record<string, string>, name: string, allowed: string[], errors: ParamError[]): string[] {
  const raw = q[name];
  if (raw === undefined || raw === "") return [];
  const values = raw.split(",").map((s) => s.trim());
  for (const v of values) {
    if (!allowed.includes(v)) {
      errors.push({ parameters: { [name]: [raw] }, message: `The \`${name}\` query parameter value [${v}] is not one of [${allowed.join(",")}]` });
    }
  }
  return values;
}

export type BucketKey = "mentions" | "tweets" | "dm_events" | "dm_send" | "other";

export const BUCKET_LIMITS: Record<BucketKey, number> = {
  mentions: 300,
  tweets: 100,
  dm_events: 15,
  dm_send: 15,
  other: 900,
};

interface Bucket {
  limit: number;
  remaining: number;
  resetAt: number;
}

const WINDOW_S = 15 * 60;

export class RateLimits {
  private buckets = new Map<BucketKey, Bucket>();

  private get(key: BucketKey): Bucket {
    const now = Math.floor(Date.now() / 1000);
    let b = this.buckets.get(key);
    if (!b || b.resetAt <= now) {
      b = { limit: BUCKET_LIMITS[key], remaining: BUCKET_LIMITS[key], resetAt: now + WINDOW_S };
      this.buckets.set(key, b);
    }
    return b;
  }

  /** Consumes one call; returns the headers to send and whether the call is allowed. */
  consume(key: BucketKey): { allowed: boolean; headers: Record<string, string> } {
    const b = this.get(key);
    const allowed = b.remaining > 0;
    if (allowed) b.remaining -= 1;
    return { allowed, headers: this.headers(key) };
  }

  headers(key: BucketKey): Record<string, string> {
    const b = this.get(key);
    return {
      "x-rate-limit-limit": String(b.limit),
      "x-rate-limit-remaining": String(b.remaining),
      "x-rate-limit-reset": String(b.resetAt),
    };
  }

  set(key: BucketKey, v: { limit?: number; remaining?: number; resetAt?: number }): void {
    const b = this.get(key);
    Object.assign(b, Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined)));
  }

  reset(): void {
    this.buckets.clear();
  }
}
