// The language of an API request without a session: the app's locale cookie if the browser has one, else
// Accept-Language (as GET /api/v1/notifications does), else English.
import { pickLocale, type Locale } from "./messages";

export function requestLocale(req: Request): Locale {
  const cookie = /(?:^|;\s*)locale=(\w+)/.exec(req.headers.get("cookie") ?? "")?.[1];
  return pickLocale(cookie, req.headers.get("accept-language"));
}
