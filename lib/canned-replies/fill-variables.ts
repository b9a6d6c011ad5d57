// Fills a canned reply's {{variables}} for one case. Pure (composer and settings preview both use it).
// A variable we cannot fill stays visible in the text and is listed in `missing`: the agent sees the gap
// and fixes it by hand rather than sending "Bonjour ," to a customer. Filled through ICU (lib/text/template.ts),
// the stored {{name}} syntax kept: the text around the variables is escaped, so "l'équipe" stays as written.
import { doubleBracesToIcu, formatTemplate } from "../text/template";

export const TEMPLATE_VARIABLES = ["first_name", "case_number", "agent_name"] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];
export type TemplateValues = Partial<Record<TemplateVariable, string | number | null>>;

export interface FilledTemplate {
  text: string;
  /** Variable names left unfilled (unknown name or no value for this case), each once, in order. */
  missing: string[];
}

export function fillVariables(body: string, values: TemplateValues): FilledTemplate {
  const missing: string[] = [];
  const { message, placeholders } = doubleBracesToIcu(body);
  const vars: Record<string, string> = {};
  placeholders.forEach(({ name: rawName, raw }, i) => {
    const name = rawName.toLowerCase();
    const value = (TEMPLATE_VARIABLES as readonly string[]).includes(name) ? values[name as TemplateVariable] : undefined;
    const filled = value == null ? "" : String(value).trim();
    if (!filled && !missing.includes(rawName)) missing.push(rawName);
    vars[`v${i}`] = filled || raw;
  });
  return { text: formatTemplate(message, vars), missing };
}

/**
 * The first name to greet a customer by, from the display name the platform gave us. A leading @ (an X
 * handle used as a name) is dropped; a "name" with no letter at all (emoji, digits) gives "" so the
 * variable is reported missing instead of greeting someone as "🌸".
 */
export function firstNameOf(displayName: string | null | undefined): string {
  const first = (displayName ?? "").trim().replace(/^@+/, "").split(/\s+/)[0] ?? "";
  return /\p{L}/u.test(first) ? first : "";
}
