// Maps X API failures to ConnectorError, in one place, so every call (polling, replies, DMs, hiding)
// retries, waits or disconnects the channel for the same reasons:
//   401                       → permanent, tokenInvalid (the channel shows as disconnected)
//   429, or any failure with x-rate-limit-remaining: 0 → retryable at the platform's reset time
//   5xx, 408, network errors, timeouts → retryable
//   403 and other 4xx         → permanent, with X's problem `detail` (e.g. "not allowed to reply")
//   2xx with errors[] and no data → permanent, first error's detail
// Messages carry X's problem text only, never request headers, so they cannot leak tokens.
import { z } from "zod";
import { ConnectorError } from "../connector";
import { clip, networkError, unusableResponse } from "../call-errors";

const problemSchema = z.looseObject({
  type: z.string().optional(),
  title: z.string().optional(),
  detail: z.string().optional(),
  status: z.number().optional(),
  errors: z
    .array(z.looseObject({ message: z.string().optional(), detail: z.string().optional(), title: z.string().optional(), type: z.string().optional() }))
    .optional(),
});

type Problem = z.infer<typeof problemSchema>;


function problemOf(body: unknown): Problem {
  const r = problemSchema.safeParse(body);
  return r.success ? r.data : {};
}

/** "Title: detail" of a problem body plus the first entry of errors[] when it says something new. */
function describe(p: Problem): string {
  const first = p.errors?.[0];
  const firstText = first?.detail ?? first?.message ?? first?.title;
  const parts = [p.title, p.detail, firstText].filter((s): s is string => !!s);
  const unique = parts.filter((s, i) => parts.indexOf(s) === i);
  return clip(unique.join(": "));
}

function codeOf(p: Problem): string | undefined {
  const type = p.errors?.[0]?.type ?? p.type;
  return type && type !== "about:blank" ? type : undefined;
}

function unixSeconds(headers: Headers, name: string): Date | undefined {
  const v = headers.get(name);
  return v && /^\d{1,12}$/.test(v) ? new Date(Number(v) * 1000) : undefined;
}

// The 15-minute window plus X's 24-hour user/app caps; when one of them is exhausted, its reset wins.
const WINDOWS: Array<[remaining: string, reset: string]> = [
  ["x-rate-limit-remaining", "x-rate-limit-reset"],
  ["x-user-limit-24hour-remaining", "x-user-limit-24hour-reset"],
  ["x-app-limit-24hour-remaining", "x-app-limit-24hour-reset"],
];

/** When to try again: the latest reset among exhausted windows, else the 15-minute window's reset. */
export function rateLimitRetryAt(headers: Headers): Date | undefined {
  const exhausted = WINDOWS.filter(([remaining]) => headers.get(remaining) === "0")
    .map(([, reset]) => unixSeconds(headers, reset))
    .filter((d): d is Date => d !== undefined);
  if (exhausted.length > 0) return new Date(Math.max(...exhausted.map((d) => d.getTime())));
  return unixSeconds(headers, "x-rate-limit-reset");
}

/** A non-2xx answer. `body` is the parsed JSON (or undefined when it was not JSON). */
export function errorFromResponse(status: number, headers: Headers, body: unknown): ConnectorError {
  const p = problemOf(body);
  const text = describe(p) || `HTTP ${status}`;
  const base = { httpStatus: status, platformCode: codeOf(p) };
  if (status === 401) {
    return new ConnectorError(`X rejected the credentials (401): ${text}`, { ...base, retryable: false, tokenInvalid: true });
  }
  if (status === 429 || headers.get("x-rate-limit-remaining") === "0") {
    return new ConnectorError(`X rate limit reached (${status}): ${text}`, { ...base, retryable: true, retryAt: rateLimitRetryAt(headers) });
  }
  if (status >= 500 || status === 408) {
    return new ConnectorError(`X server error (${status}): ${text}`, { ...base, retryable: true });
  }
  if (status === 403) {
    return new ConnectorError(`X refused the request (403): ${text}`, { ...base, retryable: false });
  }
  return new ConnectorError(`X API error (${status}): ${text}`, { ...base, retryable: false });
}

/**
 * A 2xx whose body is errors[] without data (e.g. the target tweet does not exist). A 2xx with both is a
 * partial success and is accepted: the caller uses `data`.
 */
export function errorFromSuccessBody(status: number, body: unknown): ConnectorError | undefined {
  if (!body || typeof body !== "object" || Array.isArray(body)) return undefined;
  const obj = body as Record<string, unknown>;
  if (obj.data !== undefined || !Array.isArray(obj.errors) || obj.errors.length === 0) return undefined;
  const p = problemOf({ errors: obj.errors });
  return new ConnectorError(`X API error (${status}): ${describe(p) || "errors without data"}`, {
    retryable: false,
    httpStatus: status,
    platformCode: codeOf(p),
  });
}



/** fetch() itself failed (connection refused/reset, DNS, our 15 s timeout): see ../call-errors.ts. */
export const errorFromNetwork = (err: unknown) => networkError(err, "X API request");
/** A 2xx with a body we cannot use: X changed or a proxy answered. */
export const unexpectedResponse = (what: string, status: number, issue?: string) => unusableResponse("X API", what, status, issue);
