// A server refusal (an action result or an API error: code, English message, details) in the UI language.
// The API keeps its stable codes and English messages; forms map the codes they know to the dictionary
// (lib/i18n/dict/guards.ts, "guards.refusal.<code>") and fall back to the server's words for any other.
// Pure: runs in client components, with the labels the page passed down. Labels are ICU (lib/text/template.ts).
import { formatTemplate } from "../text/template";

export interface Refusal {
  error: string;
  code?: string;
  details?: unknown;
}

function caseList(details: unknown): string | undefined {
  const cases = (details as { cases?: unknown } | null | undefined)?.cases;
  if (!Array.isArray(cases)) return undefined;
  return cases.filter((n): n is number => typeof n === "number").map((n) => `#${n}`).join(", ");
}

export function refusalMessage(res: Refusal, labels: Record<string, string>): string {
  const template = res.code ? labels[`guards.refusal.${res.code}`] : undefined;
  if (!template) return res.error;
  const vars: Record<string, string | undefined> = { cases: caseList(res.details) };
  return formatTemplate(template, vars, "en", { missing: "keep" });
}
