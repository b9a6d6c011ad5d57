// Drafts waiting for a team lead (and the ones returned to their author, so they see the comment).
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { can } from "../auth/permissions";

export async function listDraftApprovals(prisma: PrismaClient, member: Member, opts: { caseId?: string } = {}) {
  const lead = can(member.role, "guards.manage");
  return prisma.draftApproval.findMany({
    where: {
      workspaceId: member.workspaceId,
      ...(opts.caseId ? { caseId: opts.caseId } : {}),
      // Leads see every pending draft; others see their own (pending or returned).
      ...(lead && !opts.caseId ? { status: "PENDING" } : lead ? {} : { authorUserId: member.userId }),
    },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
}
