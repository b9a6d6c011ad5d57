// A team lead decides on a held draft: approve (the reply is queued, in the lead's name, past the guard) or
// return it to its author with a comment. Each decision is audited; a decided draft cannot be decided again.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { recordAudit, actorOf } from "../audit/record-audit";
import { conflict, notFound } from "../errors/domain-errors";
import { queueReply, type Enqueue } from "../outbound/queue-reply";
import type { ApprovalDecisionInput } from "./schemas";

export async function decideDraftApproval(prisma: PrismaClient, member: Member, approvalId: string, input: ApprovalDecisionInput, enqueue: Enqueue) {
  assertCan(member.role, "guards.manage");
  const a = await prisma.draftApproval.findFirst({ where: { id: approvalId, workspaceId: member.workspaceId } });
  if (!a) throw notFound("Draft");
  if (a.status !== "PENDING") throw conflict("already_decided", "This draft was already decided.");
  // Claim it first, so two leads deciding at once cannot both send it.
  const claimed = await prisma.draftApproval.updateMany({
    where: { id: a.id, status: "PENDING" },
    data: { status: input.decision === "approve" ? "APPROVED" : "RETURNED", reviewerId: member.userId, comment: input.comment ?? null, decidedAt: new Date() },
  });
  if (claimed.count === 0) throw conflict("already_decided", "This draft was already decided.");
  let messageId: string | null = null;
  if (input.decision === "approve") {
    try {
      const m = await queueReply(prisma, member, a.caseId, { text: a.text, visibility: a.visibility === "private" ? "private" : "public" }, enqueue, member.userId);
      messageId = m.id;
    } catch (err) {
      await prisma.draftApproval.update({ where: { id: a.id }, data: { status: "PENDING", reviewerId: null, decidedAt: null } });
      throw err;
    }
  }
  return prisma.$transaction(async (tx) => {
    const updated = await tx.draftApproval.update({ where: { id: a.id }, data: { messageId } });
    await recordAudit(tx, {
      workspaceId: a.workspaceId,
      action: input.decision === "approve" ? "DRAFT_APPROVED" : "DRAFT_RETURNED",
      actor: actorOf(member),
      caseId: a.caseId,
      entityType: "draft_approval",
      entityId: a.id,
      data: { comment: input.comment ?? null, messageId },
    });
    return updated;
  });
}
