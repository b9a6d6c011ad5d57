// The request's locale and translator for server components.
import "server-only";
import { cookies, headers } from "next/headers";
import { DICTIONARIES, pickLocale, type Locale, type MessageKey } from "./messages";
import { makeTranslator, type MessageValues } from "./translate";

export async function getLocale(): Promise<Locale> {
  const [c, h] = await Promise.all([cookies(), headers()]);
  return pickLocale(c.get("locale")?.value, h.get("accept-language"));
}

/** `t(key)` returns the message; `t(key, { count: 3 })` formats its ICU placeholders and plurals (next-intl). */
export async function getT(): Promise<{ locale: Locale; t: (key: MessageKey, values?: MessageValues) => string }> {
  const locale = await getLocale();
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = makeTranslator(locale, DICTIONARIES[locale])));
  return { locale, t };
}

const translators = new Map<Locale, (key: MessageKey, values?: MessageValues) => string>();
