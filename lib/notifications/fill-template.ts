// Fills a dictionary sentence's ICU placeholders ("{name}", plurals too) through lib/text/template.ts; an unknown
// or empty placeholder becomes empty, not "{name}".
import { formatTemplate, type TemplateValue } from "../text/template";

export function fillTemplate(template: string, vars: Record<string, unknown>, locale = "en"): string {
  const values: Record<string, TemplateValue> = {};
  // Numbers as written: a case number is "#1234", not ICU's grouped "#1,234".
  for (const [k, v] of Object.entries(vars)) values[k] = v == null || v instanceof Date ? (v as TemplateValue) : String(v);
  return formatTemplate(template, values, locale)
    // An empty placeholder must not leave "word ." behind; French spacing before ":" is kept.
    .replace(/ +([.,])/g, "$1")
    .replace(/ {2,}/g, " ")
    .trim();
}
