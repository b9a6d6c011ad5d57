// A notification as a sentence in the reader's language (stored as kind + data, rendered on read).
import { DICTIONARIES, type Locale, type MessageKey } from "../i18n/messages";
import { fillTemplate } from "./fill-template";

export function notificationText(n: { kind: string; data: unknown }, locale: Locale): string {
  const t = DICTIONARIES[locale];
  const data = (n.data ?? {}) as Record<string, unknown>;
  const vars = {
    ...data,
    reason: typeof data.reason === "string" ? (t[`desk.reason.${data.reason}` as MessageKey] ?? data.reason) : data.reason,
    solution: typeof data.solution === "string" ? (t[`desk.solution.${data.solution}` as MessageKey] ?? data.solution) : data.solution,
    mark: typeof data.mark === "string" ? (t[`moderation.mark.${data.mark}` as MessageKey] ?? data.mark) : data.mark,
    why: typeof data.why === "string" ? (t[`desk.notif.snoozeWhy.${data.why}` as MessageKey] ?? data.why) : data.why,
    findings: typeof data.findings === "string" ? findingsText(data.findings, t) : data.findings,
  };
  return fillTemplate(t[`desk.notif.${n.kind}` as MessageKey] ?? n.kind, vars, locale);
}

/** A staff coaching notice's guard findings ("tone:comparison, promise"), stored as codes, named in the reader's words. */
function findingsText(codes: string, t: Record<MessageKey, string>): string {
  const kinds = [...new Set(codes.split(",").map((c) => c.trim().split(":")[0]!).filter((k) => k && k !== "-"))];
  if (kinds.length === 0) return t["desk.finding.none"];
  return kinds.map((k) => t[`desk.finding.${k}` as MessageKey] ?? k).join(", ");
}
