// Maps Google API failures to ConnectorError in one place, so that polling, completion and replies retry, wait
// or disconnect the channel for the same reasons. Google answers `{ error: { code, message, status } }`:
//   401 UNAUTHENTICATED     → tokenInvalid (http.ts first drops the cached token and retries once)
//   429 RESOURCE_EXHAUSTED  → retryable, at Retry-After when given
//   5xx, 408, network errors, timeouts → retryable
//   403 PERMISSION_DENIED, 404 NOT_FOUND, other 4xx → permanent, with Google's message
// Messages carry Google's text only, never request headers or URLs, so they cannot leak tokens.
import { z } from "zod";
import { ConnectorError } from "../connector";
import { clip, networkError, unusableResponse } from "../call-errors";

const googleErrorSchema = z.looseObject({
  error: z.looseObject({ code: z.number().optional(), message: z.string().optional(), status: z.string().optional() }),
});


/** Retry-After as delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfter(headers: Headers, now: Date): Date | undefined {
  const v = headers.get("retry-after")?.trim();
  if (!v) return undefined;
  if (/^\d{1,7}$/.test(v)) return new Date(now.getTime() + Number(v) * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : new Date(at);
}

export function errorFromResponse(status: number, headers: Headers, body: unknown, now: Date): ConnectorError {
  const parsed = googleErrorSchema.safeParse(body);
  const e = parsed.success ? parsed.data.error : {};
  const text = clip(e.message ?? `HTTP ${status}`);
  const base = { httpStatus: status, ...(e.status ? { platformCode: e.status } : {}) };
  if (status === 401) {
    return new ConnectorError(`Google rejected the credentials (401): ${text}`, { ...base, retryable: false, tokenInvalid: true });
  }
  if (status === 429) {
    return new ConnectorError(`Google quota or rate limit reached (429): ${text}`, { ...base, retryable: true, retryAt: retryAfter(headers, now) });
  }
  if (status >= 500 || status === 408) {
    return new ConnectorError(`Google server error (${status}): ${text}`, { ...base, retryable: true, retryAt: retryAfter(headers, now) });
  }
  if (status === 403) return new ConnectorError(`Google refused the request (403): ${text}`, { ...base, retryable: false });
  if (status === 404) return new ConnectorError(`Google: not found (404): ${text}`, { ...base, retryable: false });
  return new ConnectorError(`Google API error (${status}): ${text}`, { ...base, retryable: false });
}



/** fetch itself failed (refused, reset, DNS, our timeout): see ../call-errors.ts. */
export const errorFromNetwork = networkError;
/** A 2xx whose body we cannot use: Google changed or a proxy answered. */
export const unexpectedResponse = (what: string, status: number, issue?: string) => unusableResponse("Google", what, status, issue);
