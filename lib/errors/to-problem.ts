// The one mapping of an expected error, for both edges: the API wrapper (lib/api/handler.ts) sends status, code,
// message and details as JSON; the server-action wrapper (lib/server/run-action.ts) shows the message key in the
// reader's language, or the validation issues field by field. Null: not an expected error (a bug, an outage),
// which each edge logs and answers as its own kind of failure.
import { ZodError, type core } from "zod";
import { ConnectorError } from "../connectors/connector";
import { DomainError, type ErrorMessageKey } from "./domain-errors";
import { upstreamOf } from "./upstream";

export interface Problem {
  status: number;
  code: string;
  /** English, for API clients and the log. */
  message: string;
  details?: unknown;
  headers?: Record<string, string>;
  /** What a form shows, translated (lib/i18n/dict/errors.ts); absent for validation issues. */
  messageKey?: ErrorMessageKey;
  values?: Record<string, string | number>;
  /** A validation failure's issues, which a form localises per field (lib/i18n/localize-issues.ts). */
  issues?: readonly core.$ZodIssue[];
}

/** A domain 429 (a locked-out password, lib/auth/authenticate-password.ts) says when to try again. */
function retryAfterOf(err: DomainError): Record<string, string> | undefined {
  const seconds = (err.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return err.kind === "rate_limited" && typeof seconds === "number" ? { "Retry-After": String(seconds) } : undefined;
}

function fromZod(err: ZodError): Problem {
  const details = err.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  // A schema message that already names its field ("email: enter a valid…", "role must be one of…") is not
  // prefixed with it a second time.
  const named = (d: { path: string; message: string }) => !d.path || d.message.toLowerCase().startsWith(d.path.toLowerCase());
  const msg = details.map((d) => (named(d) ? d.message : `${d.path}: ${d.message}`)).join("; ");
  return { status: 400, code: "invalid_request", message: `Invalid request: ${msg}`, details, issues: err.issues };
}

export function toProblem(err: unknown): Problem | null {
  // A connector error that escaped a use case is still the platform's answer, not our failure.
  const e = err instanceof ConnectorError ? upstreamOf(err) : err;
  if (e instanceof DomainError) {
    return {
      status: e.status,
      code: e.code,
      message: e.message,
      ...(e.details !== undefined ? { details: e.details } : {}),
      headers: retryAfterOf(e),
      messageKey: e.messageKey,
      values: e.values,
    };
  }
  if (e instanceof ZodError) return fromZod(e);
  return null;
}
