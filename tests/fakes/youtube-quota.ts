// The fake's quota meter and Google's error bodies. Real costs (a list page 1, videos.list 1, comments.insert 50,
// setModerationStatus 50); once the day's limit would be passed the call is refused with 403 quotaExceeded and
// costs nothing. The real reset is at Pacific midnight; here a test calls reset() to cross it.
import type { JsonReply } from "./fake-http";

export const YT_COSTS = {
  "GET /youtube/v3/commentThreads": 1,
  "GET /youtube/v3/comments": 1,
  "GET /youtube/v3/videos": 1,
  "POST /youtube/v3/comments": 50,
  "POST /youtube/v3/comments/setModerationStatus": 50,
} as const;

export class QuotaMeter {
  spent = 0;
  constructor(public limit: number) {}

  /** Charges the call, or answers quotaExceeded when the day's units would not cover it. */
  charge(method: string, path: string): JsonReply | undefined {
    const cost = (YT_COSTS as Record<string, number>)[`${method} ${path}`] ?? 1;
    if (this.spent + cost > this.limit) return quotaExceeded();
    this.spent += cost;
    return undefined;
  }

  reset(): void {
    this.spent = 0;
  }
}

/** `{ error: { code, message, errors: [{ message, domain, reason }] } }`, as every googleapis.com API answers. */
export function googleError(code: number, reason: string, message: string, domain = "youtube.api"): JsonReply {
  return { status: code, body: { error: { code, message, errors: [{ message, domain, reason }] } } };
}

export function quotaExceeded(): JsonReply {
  const message = 'The request cannot be completed because you have exceeded your <a href="/youtube/v3/getting-started#quota">quota</a>.';
  return googleError(403, "quotaExceeded", message, "youtube.quota");
}

export function authError(): JsonReply {
  return {
    status: 401,
    body: {
      error: {
        code: 401,
        message: "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.",
        errors: [{ message: "Invalid Credentials", domain: "global", reason: "authError", location: "Authorization", locationType: "header" }],
        status: "UNAUTHENTICATED",
      },
    },
  };
}

/** A scripted failure: an HTTP status with Google's reason (`authError`, `commentsDisabled`, `backendError`…). */
export interface YtFailure {
  status: number;
  reason: string;
  message?: string;
}

export function failureReply(f: YtFailure): JsonReply {
  if (f.status === 401) return authError();
  if (f.reason === "quotaExceeded") return quotaExceeded();
  return googleError(f.status, f.reason, f.message ?? `Scripted failure: ${f.reason}`);
}
