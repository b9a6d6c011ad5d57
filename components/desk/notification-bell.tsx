// Server side of the header's notification centre: the member's latest notifications, rendered in their language.
import type { Member } from "@/lib/auth/member";
import { labelsFor } from "@/lib/i18n/labels";
import type { Locale, MessageKey } from "@/lib/i18n/messages";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { getPrisma } from "@/lib/server/db";
import { NotificationCentre } from "./notification-centre";
import { dataReadAt } from "@/lib/live/read-time";

export async function NotificationBell({ member, locale, t }: { member: Member; locale: Locale; t: (k: MessageKey) => string }) {
  const renderedAt = dataReadAt();
  const { data, unread } = await listNotifications(await getPrisma(), member, { locale, limit: 30 });
  return <NotificationCentre initial={data} initialUnread={unread} locale={locale} labels={labelsFor(t, "desk.notif.")} renderedAt={renderedAt} />;
}
