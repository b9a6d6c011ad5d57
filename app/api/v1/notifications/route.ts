import { json, withMember } from "@/lib/api/handler";
import { searchParamsObject } from "@/lib/cases/schemas";
import { pickLocale } from "@/lib/i18n/messages";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { listNotificationsQuery } from "@/lib/notifications/schemas";
import { getPrisma } from "@/lib/server/db";

export const GET = withMember(async (req, member) => {
  const q = listNotificationsQuery.parse(searchParamsObject(new URL(req.url).searchParams));
  const cookie = /(?:^|;\s*)locale=(\w+)/.exec(req.headers.get("cookie") ?? "")?.[1];
  const locale = pickLocale(cookie, req.headers.get("accept-language"));
  return json(await listNotifications(await getPrisma(), member, { unreadOnly: q.unread === "true", limit: q.limit, locale }));
});
