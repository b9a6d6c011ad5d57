// The request's locale and translator for server components.
import "server-only";
import { cookies, headers } from "next/headers";
import { DICTIONARIES, pickLocale, type Locale, type MessageKey } from "./messages";

export async function getLocale(): Promise<Locale> {
  const [c, h] = await Promise.all([cookies(), headers()]);
  return pickLocale(c.get("locale")?.value, h.get("accept-language"));
}

export async function getT() {
  const locale = await getLocale();
  const dict = DICTIONARIES[locale];
  return { locale, t: (key: MessageKey) => dict[key] };
}
