// Edits a canned reply. The audit event keeps the previous wording of every changed field, so the record
// still says what agents were offered before the edit (nothing is lost, R1's spirit).
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { recordAudit, actorOf } from "../audit/record-audit";
import { conflict, notFound } from "../errors/domain-errors";
import { CANNED_REPLY_FIELDS } from "./list-canned-replies";
import type { CannedReplyPatch } from "./schemas";

const EDITABLE = ["title", "body", "language"] as const;

export async function updateCannedReply(prisma: PrismaClient, member: Member, id: string, patch: CannedReplyPatch) {
  assertCan(member.role, "canned_replies.manage");
  const current = await prisma.cannedReply.findFirst({ where: { id, workspaceId: member.workspaceId }, select: CANNED_REPLY_FIELDS });
  if (!current) throw notFound("Canned reply");
  // Archived replies are the record of what was once offered; edit a live one instead.
  if (current.archivedAt) throw conflict("archived", "This canned reply is archived and can no longer be edited.");
  const from: Record<string, string> = {};
  const to: Record<string, string> = {};
  for (const key of EDITABLE) {
    const next = patch[key];
    if (next === undefined || next === current[key]) continue;
    from[key] = current[key];
    to[key] = next;
  }
  // Saving an unchanged form writes nothing, so the audit trail only shows real edits.
  if (Object.keys(to).length === 0) return current;
  return prisma.$transaction(async (tx) => {
    const reply = await tx.cannedReply.update({ where: { id }, data: to, select: CANNED_REPLY_FIELDS });
    await recordAudit(tx, {
      workspaceId: member.workspaceId,
      action: "CANNED_REPLY_UPDATED",
      actor: actorOf(member),
      entityType: "canned_reply",
      entityId: id,
      data: { from, to },
    });
    return reply;
  });
}
