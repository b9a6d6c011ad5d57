// The one wrapper for server actions: runs the use case and shapes every expected error into a result a form
// can show, through the same toProblem() as the API (lib/errors/to-problem.ts): validation issues per field and
// domain errors (a platform's refusal included) with their code, both in the reader's language. Unexpected
// errors are rethrown so Next.js logs them. Authentication stays with the caller (`requireMember(permission)`
// redirects when signed out).
import "server-only";
import { toProblem } from "../errors/to-problem";
import { localizeIssues } from "../i18n/localize-issues";
import { DICTIONARIES, type MessageKey } from "../i18n/messages";
import { getT } from "../i18n/server";

export type ActionResult<T = undefined> =
  | { ok: true; data?: T }
  | { ok: false; error: string; code?: string; fieldErrors?: Record<string, string>; details?: unknown };

/** Maps an expected error to a form result in the reader's language; null for anything unexpected. */
export async function formErrorOf(err: unknown): Promise<Extract<ActionResult, { ok: false }> | null> {
  const p = toProblem(err);
  if (!p) return null;
  const { locale, t } = await getT();
  if (p.issues) {
    const { message, fieldErrors } = localizeIssues(p.issues, locale, t);
    return { ok: false, code: p.code, error: message, fieldErrors };
  }
  // A rule's own sentence is English: a French reader gets its code's sentence (lib/i18n/dict/refusals.ts).
  const byCode = `refusal.${p.code}`;
  const translated = locale !== "en" && p.messageKey === "errors.message" && byCode in DICTIONARIES[locale];
  const error = translated ? t(byCode as MessageKey) : p.messageKey ? t(p.messageKey, p.values) : p.message;
  return { ok: false, code: p.code, error, ...(p.details !== undefined ? { details: p.details } : {}) };
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
