// Domain errors: the only errors use cases throw. Each has a kind (what went wrong, for the HTTP status), a
// stable code (for API clients and forms that translate it) and a message key (for the reader's language).
// One function, ./to-problem.ts, maps them for both edges: the API wrapper (lib/api/handler.ts: status + JSON
// body) and the server-action wrapper (lib/server/run-action.ts: a form message). Use cases never think in
// HTTP statuses.
import type { en as errorMessages } from "../i18n/dict/errors";

export type DomainErrorKind =
  | "invalid" // 400: the input is well-formed JSON but breaks a rule
  | "forbidden" // 403: the role or state does not allow it
  | "not_found" // 404: unknown, or outside the caller's scope
  | "conflict" // 409: the current state does not allow it (transition, duplicate, guard)
  | "gone" // 410: expired or already used (invitation, setup token)
  | "too_large" // 413: more than we accept
  | "rate_limited" // 429: too many attempts; details.retryAfterSeconds says when to try again
  | "upstream"; // 502: the platform refused (a ConnectorError, see ./upstream.ts)

const STATUS: Record<DomainErrorKind, number> = {
  invalid: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  too_large: 413,
  rate_limited: 429,
  upstream: 502,
};

/**
 * Dictionary keys (lib/i18n/dict/errors.ts) a form shows. "errors.message" is the error's own sentence: rules
 * word their refusal precisely (in English); a French reader gets the code's sentence (lib/i18n/dict/refusals.ts).
 * The generic keys replace a message that names an internal thing ("Case not found.", a permission name).
 */
export type ErrorMessageKey = keyof typeof errorMessages;

export interface DomainErrorOptions {
  details?: unknown;
  messageKey?: ErrorMessageKey;
  /** ICU values of the message key; `message` is always there. */
  values?: Record<string, string | number>;
}

export class DomainError extends Error {
  readonly details?: unknown;
  readonly messageKey: ErrorMessageKey;
  readonly values: Record<string, string | number>;

  constructor(
    public readonly kind: DomainErrorKind,
    /** Stable machine-readable code, e.g. "invalid_transition", "ban_refused_open_case". */
    public readonly code: string,
    message: string,
    opts: DomainErrorOptions = {},
  ) {
    super(message);
    this.name = "DomainError";
    this.details = opts.details;
    this.messageKey = opts.messageKey ?? "errors.message";
    this.values = { ...opts.values, message };
  }

  get status(): number {
    return STATUS[this.kind];
  }
}

export const invalid = (code: string, message: string, details?: unknown) => new DomainError("invalid", code, message, { details });
export const conflict = (code: string, message: string, details?: unknown) => new DomainError("conflict", code, message, { details });
export const notFound = (what: string) => new DomainError("not_found", "not_found", `${what} not found.`, { messageKey: "errors.notFound" });
export const forbidden = (code: string, message: string) => new DomainError("forbidden", code, message);
export const gone = (code: string, message: string) => new DomainError("gone", code, message);
export const tooLarge = (code: string, message: string) => new DomainError("too_large", code, message, { messageKey: "errors.tooLarge" });
export const rateLimited = (code: string, message: string, retryAfterSeconds: number) =>
  new DomainError("rate_limited", code, message, { details: { retryAfterSeconds } });

export const isNotFound = (err: unknown): boolean => err instanceof DomainError && err.kind === "not_found";
