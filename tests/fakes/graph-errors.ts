// Graph error bodies and scripted-failure shapes. Connectors must key off `error.code`, not the HTTP
// status, so the fake lets tests pick both independently.
import type { JsonReply } from "./fake-http";
import { fbtraceId } from "./graph-state";

export interface GraphFailure {
  status: number;
  error?: { code: number; message?: string; error_subcode?: number; is_transient?: boolean; type?: string };
  headers?: Record<string, string>;
}

/** Messages as Graph words them; used when a scripted failure gives only a code. */
const DEFAULT_MESSAGES: Record<number, string> = {
  1: "An unknown error occurred",
  2: "An unexpected error has occurred. Please retry your request later.",
  4: "(#4) Application request limit reached",
  10: "(#10) This message is sent outside of allowed window.",
  17: "(#17) User request limit reached",
  32: "(#32) Page request limit reached",
  100: "(#100) Invalid parameter",
  190: "Error validating access token: Session has expired.",
  613: "(#613) Calls to this api have exceeded the rate limit.",
  10900: "(#10900) Activity already replied to",
};

export interface GraphErrorOptions {
  status?: number;
  type?: string;
  subcode?: number;
  transient?: boolean;
  headers?: Record<string, string>;
}

export function graphError(code: number, message?: string, o: GraphErrorOptions = {}): JsonReply {
  return {
    status: o.status ?? 400,
    headers: o.headers,
    body: {
      error: {
        message: message ?? DEFAULT_MESSAGES[code] ?? `(#${code}) Error`,
        type: o.type ?? "OAuthException",
        code,
        ...(o.subcode !== undefined ? { error_subcode: o.subcode } : {}),
        ...(o.transient !== undefined ? { is_transient: o.transient } : {}),
        fbtrace_id: fbtraceId(),
      },
    },
  };
}

export function failureReply(f: GraphFailure): JsonReply {
  // A bare 5xx without an error object still gets the body Graph sends for its transient failures.
  const e = f.error ?? (f.status >= 500 ? { code: 2, is_transient: true } : { code: 1 });
  return graphError(e.code, e.message, {
    status: f.status,
    type: e.type,
    subcode: e.error_subcode,
    transient: e.is_transient,
    headers: f.headers,
  });
}

export function objectNotFound(id: string, method: "get" | "post"): JsonReply {
  return graphError(
    100,
    `Unsupported ${method} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
    { type: "GraphMethodException", subcode: 33 },
  );
}

export function invalidToken(): JsonReply {
  return graphError(190, "Invalid OAuth access token.");
}

export function missingToken(): JsonReply {
  return graphError(104, "An access token is required to request this resource.");
}

export interface RateLimitOptions {
  /** `estimated_time_to_regain_access`, in minutes. */
  minutes?: number;
  status?: number;
  callCount?: number;
}

/** A rate-limit failure with both usage headers filled in like Graph's. */
export function rateLimitFailure(pageId: string, code: 4 | 17 | 32 | 613 = 32, o: RateLimitOptions = {}): GraphFailure {
  const pct = o.callCount ?? 100;
  return {
    status: o.status ?? 400,
    error: { code, is_transient: true },
    headers: {
      "x-app-usage": JSON.stringify({ call_count: pct, total_cputime: 40, total_time: 60 }),
      "x-business-use-case-usage": JSON.stringify({
        [pageId]: [
          { type: "pages", call_count: pct, total_cputime: 40, total_time: 60, estimated_time_to_regain_access: o.minutes ?? 5 },
        ],
      }),
    },
  };
}
