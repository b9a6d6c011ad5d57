// Domain errors: use cases throw these; one place (lib/api/handler.ts for routes, lib/server/run-action.ts for
// server actions) maps them to an HTTP status or a form message. Use cases never think in HTTP statuses.
export type DomainErrorKind =
  | "invalid" // 400: the input is well-formed JSON but breaks a rule
  | "forbidden" // 403: the role or state does not allow it
  | "not_found" // 404: unknown, or outside the caller's scope
  | "conflict" // 409: the current state does not allow it (transition, duplicate, guard)
  | "gone" // 410: expired or already used (invitation, setup token)
  | "rate_limited" // 429: too many attempts; details.retryAfterSeconds says when to try again
  | "upstream"; // 502: the platform refused

const STATUS: Record<DomainErrorKind, number> = {
  invalid: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  rate_limited: 429,
  upstream: 502,
};

export class DomainError extends Error {
  constructor(
    public readonly kind: DomainErrorKind,
    /** Stable machine-readable code, e.g. "invalid_transition", "ban_refused_open_case". */
    public readonly code: string,
    message: string,
    public readonly details?: unknown,
  ) {
    super(message);
    this.name = "DomainError";
  }

  get status(): number {
    return STATUS[this.kind];
  }
}

export const invalid = (code: string, message: string, details?: unknown) => new DomainError("invalid", code, message, details);
export const conflict = (code: string, message: string, details?: unknown) => new DomainError("conflict", code, message, details);
export const notFound = (what: string) => new DomainError("not_found", "not_found", `${what} not found.`);
export const forbidden = (code: string, message: string) => new DomainError("forbidden", code, message);
export const gone = (code: string, message: string) => new DomainError("gone", code, message);
export const rateLimited = (code: string, message: string, retryAfterSeconds: number) =>
  new DomainError("rate_limited", code, message, { retryAfterSeconds });
