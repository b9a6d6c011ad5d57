// Marks the member's own notifications read (others' ids are ignored, never an error that reveals them).
// Nothing is deleted: read is a timestamp.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";

export async function markNotificationsRead(prisma: PrismaClient, member: Member, ids: string[] | "all") {
  const r = await prisma.notification.updateMany({
    where: { userId: member.userId, workspaceId: member.workspaceId, readAt: null, ...(ids === "all" ? {} : { id: { in: ids } }) },
    data: { readAt: new Date() },
  });
  return { updated: r.count };
}
