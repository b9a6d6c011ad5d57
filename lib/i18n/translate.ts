// The translator behind getT() and labels: next-intl's ICU message formatting (plurals, selects, numbers),
// keeping the project's flat keys ("inbox.title") and its t(key) call sites. With values, t(key, { count })
// formats the ICU message; without, it returns the message as written (what labelsFor hands to client
// components, which format it with formatLabel below).
import { createTranslator } from "next-intl";
import type { Locale } from "./messages";

export type MessageValues = Record<string, string | number | Date | null | undefined>;

// next-intl reads "." as nesting; our keys are flat and "a.b" may coexist with "a.b.c" (two engineers'
// dictionaries). So keys go to next-intl with "." replaced by ONE DOT LEADER (U+2024): one flat level, no clash.
const SEP = "\u2024";
const flatKey = (key: string) => key.replaceAll(".", SEP);

// ICU would read "<id>" in a message as a rich-text tag: quote "<" so it stays text ("--channel <id>").
export function flatMessages(dict: Record<string, string>): Record<string, string> {
  // Template variables shown to users ("{{first_name}}") are text too.
  const quote = (v: string) => v.replace(/</g, "'<'").replace(/\{\{(\w+)\}\}/g, "'{{'$1'}}'");
  return Object.fromEntries(Object.entries(dict).map(([k, v]) => [flatKey(k), quote(v)]));
}

function clean(values: MessageValues): Record<string, string | number | Date> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v ?? ""]));
}

export function makeTranslator<K extends string>(locale: Locale, dict: Record<K, string>) {
  const translate = createTranslator({
    locale,
    messages: flatMessages(dict),
    // A broken message must not break the page: fall back to the text as written, and say so in the log.
    onError: (e) => console.error(`[i18n] ${e.message}`),
    getMessageFallback: ({ key }) => dict[key.replaceAll(SEP, ".") as K] ?? key,
  });
  return (key: K, values?: MessageValues): string =>
    values && dict[key]?.includes("{") ? (translate as unknown as (k: string, v: object) => string)(flatKey(key), clean(values)) : dict[key];
}

/** Formats one ICU message on the client (labels arrive as written): `formatLabel(labels["bulk.done"], { count }, locale)`. */
export function formatLabel(message: string, values: MessageValues = {}, locale: Locale = "en"): string {
  return makeTranslator(locale, { m: message })("m", values);
}
