// An alert's sentence in the reader's language, from its kind and data (the stored title is the English one the
// outbound webhook sends). Falls back to the stored title when the data lacks a field.
import type { MessageKey } from "@/lib/i18n/messages";

export function alertText(a: { kind: string; title: string; data: unknown }, t: (k: MessageKey) => string, locale: string): string {
  const d = (a.data ?? {}) as Record<string, unknown>;
  const fill = (key: MessageKey, vars: Record<string, unknown>) =>
    Object.values(vars).some((v) => v === undefined || v === null)
      ? a.title
      : t(key).replace(/\{(\w+)\}/g, (_, k: string) => (typeof vars[k] === "number" ? (vars[k] as number).toLocaleString(locale) : String(vars[k])));
  switch (a.kind) {
    case "VOLUME_SPIKE": return fill("reports.alertText.VOLUME_SPIKE", { count: d.count, baseline: d.baseline });
    case "NEGATIVE_SURGE": return fill("reports.alertText.NEGATIVE_SURGE", { count: d.count });
    case "ME_TOO": return fill("reports.alertText.ME_TOO", { authors: d.authors });
    case "HIGH_REACH": return fill("reports.alertText.HIGH_REACH", { name: d.name, followers: d.followers });
    case "PROFESSIONAL": return fill("reports.alertText.PROFESSIONAL", { name: d.name });
    case "LEGAL_PRESS": return fill("reports.alertText.LEGAL_PRESS", { name: d.name });
    case "SLA_BREACH": return fill("reports.alertText.SLA_BREACH", { number: d.number });
    default: return a.title;
  }
}
