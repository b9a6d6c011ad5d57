// The member's own notifications, newest first, each as a sentence in their language, and the unread count.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import type { Locale } from "../i18n/messages";
import { notificationText } from "./notification-text";

export async function listNotifications(
  prisma: PrismaClient,
  member: Member,
  opts: { unreadOnly?: boolean; limit?: number; locale: Locale },
) {
  const where = { userId: member.userId, workspaceId: member.workspaceId };
  const [rows, unread] = await Promise.all([
    prisma.notification.findMany({
      where: { ...where, ...(opts.unreadOnly ? { readAt: null } : {}) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: opts.limit ?? 30,
    }),
    prisma.notification.count({ where: { ...where, readAt: null } }),
  ]);
  return {
    data: rows.map((n) => ({ id: n.id, kind: n.kind, caseId: n.caseId, text: notificationText(n, opts.locale), createdAt: n.createdAt, readAt: n.readAt })),
    unread,
  };
}
