// The one place where Graph failures become ConnectorErrors. Graph reports the kind of failure in
// `error.code` (rate limits come with 400 or 403 alike), so the code decides, the HTTP status only breaks ties.
import { z } from "zod";
import { ConnectorError } from "../connector";
import { OutboundRefusedError } from "../../security/outbound-url";
import { DEFAULT_RATE_LIMIT_BACKOFF_MS } from "./config";

/** A ConnectorError with the Graph details that callers inside this connector branch on. */
export class GraphError extends ConnectorError {
  readonly subcode?: number;
  readonly fbtraceId?: string;
  constructor(
    message: string,
    opts: ConstructorParameters<typeof ConnectorError>[1] & { subcode?: number; fbtraceId?: string },
  ) {
    super(message, opts);
    this.name = "GraphError";
    this.subcode = opts.subcode;
    this.fbtraceId = opts.fbtraceId;
  }
}

/** Throttling codes: 4 app, 17 user, 32 page, 613 custom; 80001-80014 are the business-use-case limits. */
const RATE_LIMIT_CODES = new Set([4, 17, 32, 613]);
const isRateLimit = (code: number): boolean => RATE_LIMIT_CODES.has(code) || (code >= 80_001 && code <= 80_014);

/**
 * Token errors: 190 (expired/revoked/invalid token) and 102 ("API session", Meta's docs: the access token has
 * expired or been revoked). 463 (expired) and 467 (invalid) are documented as subcodes of 190; older clients
 * surface them as codes, and since neither can mean anything but "this token is dead" they count here too.
 */
const TOKEN_CODES = new Set([102, 190, 463, 467]);

/** Codes Meta documents as "temporary, retry later". */
const TRANSIENT_CODES = new Set([1, 2, 341]);

/** code 10 with these subcodes: the messaging window closed (Messenger's 24 h / tag rules; 2534022: Instagram's). */
const WINDOW_SUBCODES = new Set([2018278, 2018065, 2534022]);

const numberish = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]);
const graphErrorSchema = z.object({
  error: z.object({
    message: z.string().optional(),
    type: z.string().optional(),
    code: numberish.optional(),
    error_subcode: numberish.optional(),
    fbtrace_id: z.string().optional(),
    is_transient: z.boolean().optional(),
  }),
});

export function hasGraphError(body: unknown): boolean {
  return graphErrorSchema.safeParse(body).success;
}

/** Removes secrets from a message: Graph and network errors must never carry the token into logs. */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join("[redacted]");
  return out;
}

/** Longest `estimated_time_to_regain_access` (minutes) in `x-business-use-case-usage`, if any. */
export function regainAccessMinutes(headers: Headers): number | undefined {
  const raw = headers.get("x-business-use-case-usage");
  if (!raw) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined; // A garbled usage header must not hide the error itself.
  }
  if (!parsed || typeof parsed !== "object") return undefined;
  let max: number | undefined;
  for (const list of Object.values(parsed as Record<string, unknown>)) {
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const m = (item as { estimated_time_to_regain_access?: unknown } | null)?.estimated_time_to_regain_access;
      if (typeof m === "number" && Number.isFinite(m) && m > 0) max = Math.max(max ?? 0, m);
    }
  }
  return max;
}

export interface GraphFailureInput {
  httpStatus: number;
  headers: Headers;
  /** Parsed JSON body, or undefined when it was not JSON. */
  body: unknown;
}

/** Maps one failed Graph response to a ConnectorError. `secrets` are scrubbed from the message. */
export function mapGraphError(input: GraphFailureInput, opts: { now: Date; secrets?: readonly string[] }): GraphError {
  const { httpStatus } = input;
  const parsed = graphErrorSchema.safeParse(input.body);
  const e = parsed.success ? parsed.data.error : undefined;
  const code = e?.code;
  const subcode = e?.error_subcode;
  const detail = [
    code !== undefined ? `code ${code}${subcode !== undefined ? `/${subcode}` : ""}` : undefined,
    `HTTP ${httpStatus}`,
    e?.fbtrace_id ? `fbtrace_id ${e.fbtrace_id}` : undefined,
  ].filter(Boolean).join(", ");
  const make = (summary: string, o: { retryable: boolean; retryAt?: Date; tokenInvalid?: boolean }): GraphError =>
    new GraphError(redact(`Facebook: ${summary}${e?.message ? `: ${e.message}` : ""} (${detail})`, opts.secrets), {
      ...o,
      httpStatus,
      platformCode: code !== undefined ? String(code) : undefined,
      subcode,
      fbtraceId: e?.fbtrace_id,
    });
  const backoff = (minutes: number | undefined): Date =>
    new Date(opts.now.getTime() + (minutes !== undefined ? minutes * 60_000 : DEFAULT_RATE_LIMIT_BACKOFF_MS));

  if (code !== undefined && TOKEN_CODES.has(code)) {
    return make("the Page access token is invalid or expired; reconnect the channel", { retryable: false, tokenInvalid: true });
  }
  if (code !== undefined && isRateLimit(code)) {
    return make("rate limited", { retryable: true, retryAt: backoff(regainAccessMinutes(input.headers)) });
  }
  if (code === 10900) {
    return make("this comment was already replied to privately (one private reply per comment)", { retryable: false });
  }
  if (code === 10 && subcode !== undefined && WINDOW_SUBCODES.has(subcode)) {
    return make(subcode === 2534022 ? "outside Instagram's messaging window" : "outside the Messenger messaging window", { retryable: false });
  }
  if (httpStatus >= 500 || e?.is_transient === true || (code !== undefined && TRANSIENT_CODES.has(code))) {
    return make("temporary Graph API failure", { retryable: true });
  }
  if (httpStatus === 429) {
    return make("rate limited", { retryable: true, retryAt: backoff(regainAccessMinutes(input.headers)) });
  }
  return make(e ? "request refused" : `unexpected HTTP ${httpStatus} response`, { retryable: false });
}

/** fetch itself failed (DNS, refused connection, reset, timeout): nothing reached a verdict, so retry; the outbound
 * policy's refusals (private address, redirect) are final. */
export function networkError(err: unknown, opts: { timeoutMs: number; secrets?: readonly string[] }): ConnectorError {
  if (err instanceof OutboundRefusedError) {
    return new ConnectorError(`Facebook: Graph API call refused: ${err.message}`, { retryable: err.retryable });
  }
  const name = err instanceof Error ? err.name : "Error";
  const timedOut = name === "TimeoutError" || name === "AbortError";
  const cause = err instanceof Error && err.cause instanceof Error ? ` (${err.cause.message})` : "";
  const msg = timedOut
    ? `Facebook: Graph API request timed out after ${opts.timeoutMs} ms`
    : `Facebook: Graph API request failed: ${err instanceof Error ? err.message : String(err)}${cause}`;
  return new ConnectorError(redact(msg, opts.secrets), { retryable: true });
}
