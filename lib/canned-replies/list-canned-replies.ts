// The workspace's canned replies for the composer (active ones, everyone) and the settings page (with the
// archived ones, managers only: archived replies are kept for the record, not offered for use).
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";

export const CANNED_REPLY_FIELDS = {
  id: true, title: true, body: true, language: true, archivedAt: true, createdAt: true, updatedAt: true,
} as const;

export async function listCannedReplies(
  prisma: PrismaClient,
  member: Member,
  options: { includeArchived?: boolean } = {},
) {
  if (options.includeArchived) assertCan(member.role, "canned_replies.manage");
  return prisma.cannedReply.findMany({
    where: { workspaceId: member.workspaceId, ...(options.includeArchived ? {} : { archivedAt: null }) },
    select: CANNED_REPLY_FIELDS,
    orderBy: [{ language: "asc" }, { title: "asc" }, { createdAt: "asc" }],
  });
}

export type CannedReplyItem = Awaited<ReturnType<typeof listCannedReplies>>[number];
