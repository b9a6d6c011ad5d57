// Maps YouTube Data API failures to ConnectorError in one place, so polling, replies and moderation retry, wait
// or disconnect the channel for the same reasons:
//   401                                   → tokenInvalid (the HTTP client first refreshes the token once)
//   403 quotaExceeded / dailyLimitExceeded → retryable at the next Pacific midnight, when Google resets it
//   403 other (forbidden, commentsDisabled…), 400, 404 (commentNotFound) → permanent, reason as platformCode
//   429, 5xx, 408, network errors, timeouts → retryable
// Google's error body is `{ error: { code, message, errors: [{ message, domain, reason }] } }`.
import { z } from "zod";
import { ConnectorError } from "../connector";
import { clip, networkError, unusableResponse } from "../call-errors";
import { nextPacificMidnight } from "./quota";

const googleErrorSchema = z.looseObject({
  error: z.looseObject({
    code: z.number().optional(),
    message: z.string().optional(),
    errors: z.array(z.looseObject({ reason: z.string().optional(), domain: z.string().optional(), message: z.string().optional() })).optional(),
  }),
});

const QUOTA_REASONS = new Set(["quotaExceeded", "dailyLimitExceeded"]);

/** The first error's reason and Google's message, when the body is Google's error shape. */
export function googleError(body: unknown): { reason?: string; message?: string } {
  const r = googleErrorSchema.safeParse(body);
  if (!r.success) return {};
  const first = r.data.error.errors?.[0];
  return { reason: first?.reason, message: r.data.error.message ?? first?.message };
}

export function errorFromResponse(status: number, body: unknown, now: Date): ConnectorError {
  const { reason, message } = googleError(body);
  const text = message ? clip(message) : `HTTP ${status}`;
  const base = { httpStatus: status, platformCode: reason };
  if (status === 401) {
    return new ConnectorError(`YouTube rejected the credentials (401): ${text}`, { ...base, retryable: false, tokenInvalid: true });
  }
  if (status === 403 && reason && QUOTA_REASONS.has(reason)) {
    return new ConnectorError(`YouTube daily quota exhausted: ${text}`, {
      httpStatus: status,
      platformCode: "quotaExceeded",
      retryable: true,
      retryAt: nextPacificMidnight(now),
    });
  }
  if (status === 429 || status === 408 || status >= 500) {
    return new ConnectorError(`YouTube temporarily unavailable (${status}): ${text}`, { ...base, retryable: true });
  }
  return new ConnectorError(`YouTube refused the request (${status}): ${text}`, { ...base, retryable: false });
}



/** fetch() failed: connection error or our timeout (see ../call-errors.ts). */
export const errorFromNetwork = (err: unknown) => networkError(err, "YouTube API request");
/** A 2xx whose body we cannot use: not retried (it would not change). */
export const unexpectedResponse = (what: string, status: number, issue?: string) => unusableResponse("YouTube API", what, status, issue);
