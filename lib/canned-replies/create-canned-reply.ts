// A new canned reply for the workspace, written with its audit event in one transaction.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { recordAudit, actorOf } from "../audit/record-audit";
import { CANNED_REPLY_FIELDS } from "./list-canned-replies";
import type { CannedReplyInput } from "./schemas";

export async function createCannedReply(prisma: PrismaClient, member: Member, input: CannedReplyInput) {
  assertCan(member.role, "canned_replies.manage");
  return prisma.$transaction(async (tx) => {
    const reply = await tx.cannedReply.create({
      data: { workspaceId: member.workspaceId, createdById: member.userId, ...input },
      select: CANNED_REPLY_FIELDS,
    });
    await recordAudit(tx, {
      workspaceId: member.workspaceId,
      action: "CANNED_REPLY_CREATED",
      actor: actorOf(member),
      entityType: "canned_reply",
      entityId: reply.id,
      data: { title: reply.title, language: reply.language },
    });
    return reply;
  });
}
