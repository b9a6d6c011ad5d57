// The automation backend explains itself in English sentences of a fixed shape (lib/automation/plan-actions.ts:
// brokenReference's "assign_team: the team <id> was removed"); a refusal comes with a code and the problem read.
// A French lead reads them in French, and both read names rather than ids. A sentence of another shape is shown
// as it is. Server-side only (the page and the preview action): it reads the taxonomy.
import { PROBLEM_BY_KEY } from "@/lib/incidents/taxonomy";
import type { Locale, MessageKey } from "@/lib/i18n/messages";
import type { MessageValues } from "@/lib/i18n/translate";

type T = (key: MessageKey, values?: MessageValues) => string;

const BROKEN = /^(\w+): the (member|team|canned reply|incident) (\S+) (?:is no longer active|was removed|was archived|does not exist)$/;

/** Why a rule is paused (or would be), with the name of what went away when the page knows it. */
export function pausedReasonText(reason: string, t: T, names: Record<string, string>): string {
  const m = BROKEN.exec(reason);
  if (!m) return reason;
  const [, action, thing, id] = m as unknown as [string, string, string, string];
  const key = `automation.paused.${thing === "canned reply" ? "canned" : thing}` as MessageKey;
  return t(key, { action: t(`automation.action.${action}` as MessageKey), name: names[id] ?? t("automation.paused.unnamed") });
}

/** Why a guard refused (or would refuse) an action on a case, from its code (lib/automation/plan-actions.ts). */
export function refusalText(r: { code: string; problem: string | null; reason: string }, t: T, locale: Locale): string {
  if (r.code === "other_open_complaint") return t("automation.refusal.otherComplaint");
  if (r.code !== "complaint") return r.reason;
  const problem = r.problem ? PROBLEM_BY_KEY.get(r.problem) : undefined;
  const what = problem ? (locale === "fr" ? problem.fr : problem.en) : t("automation.refusal.negative");
  return t("automation.refusal.complaint", { what });
}
