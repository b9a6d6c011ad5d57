// The one wrapper for server actions: runs the use case and shapes every expected error into a result a form
// can show (zod issues per field, domain errors with their code). Unexpected errors are rethrown so Next.js
// logs them. Authentication stays with the caller (`requireMember(permission)` redirects when signed out).
import "server-only";
import { ZodError } from "zod";
import { ApiError } from "../api/errors";
import { ForbiddenError } from "../auth/permissions";
import { DomainError } from "../errors/domain-errors";
import { localizeIssues } from "../i18n/localize-issues";
import { getT } from "../i18n/server";

export type ActionResult<T = undefined> =
  | { ok: true; data?: T }
  | { ok: false; error: string; code?: string; fieldErrors?: Record<string, string>; details?: unknown };

/** Maps an expected error to a form result; null for anything unexpected. */
export function actionErrorOf(err: unknown): Extract<ActionResult, { ok: false }> | null {
  if (err instanceof ZodError) {
    const fieldErrors: Record<string, string> = {};
    for (const i of err.issues) fieldErrors[String(i.path.at(-1) ?? "form")] ??= i.message;
    return { ok: false, code: "invalid_request", error: err.issues.map((i) => i.message).join("; "), fieldErrors };
  }
  if (err instanceof DomainError) return { ok: false, code: err.code, error: err.message, details: err.details };
  if (err instanceof ApiError) return { ok: false, code: err.code, error: err.message };
  if (err instanceof ForbiddenError) return { ok: false, code: "forbidden", error: err.message };
  return null;
}

/** actionErrorOf, with validation messages in the reader's language (lib/i18n/localize-issues.ts): for forms. */
export async function formErrorOf(err: unknown): Promise<Extract<ActionResult, { ok: false }> | null> {
  if (!(err instanceof ZodError)) return actionErrorOf(err);
  const { locale, t } = await getT();
  const { message, fieldErrors } = localizeIssues(err.issues, locale, t);
  return { ok: false, code: "invalid_request", error: message, fieldErrors };
}

export async function runAction<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (err) {
    const shaped = await formErrorOf(err);
    if (shaped) return shaped;
    throw err;
  }
}
