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
  };
  return fillTemplate(t[`desk.notif.${n.kind}` as MessageKey] ?? n.kind, vars, locale);
}
