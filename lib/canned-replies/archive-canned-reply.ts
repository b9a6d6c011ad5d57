// Retires a canned reply: it stops being offered in the composer but stays in the database (the table
// refuses deletes). Archiving twice is a no-op, so a double click does not write a second audit event.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { recordAudit, actorOf } from "../audit/record-audit";
import { CANNED_REPLY_FIELDS } from "./list-canned-replies";
import { notFound } from "../errors/domain-errors";

export async function archiveCannedReply(prisma: PrismaClient, member: Member, id: string) {
  assertCan(member.role, "canned_replies.manage");
  const current = await prisma.cannedReply.findFirst({ where: { id, workspaceId: member.workspaceId }, select: CANNED_REPLY_FIELDS });
  if (!current) throw notFound("Canned reply");
  if (current.archivedAt) return current;
  return prisma.$transaction(async (tx) => {
    const reply = await tx.cannedReply.update({ where: { id }, data: { archivedAt: new Date() }, select: CANNED_REPLY_FIELDS });
    await recordAudit(tx, {
      workspaceId: member.workspaceId,
      action: "CANNED_REPLY_ARCHIVED",
      actor: actorOf(member),
      entityType: "canned_reply",
      entityId: id,
      data: { title: reply.title },
    });
    return reply;
  });
}
