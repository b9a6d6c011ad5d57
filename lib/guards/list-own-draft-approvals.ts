// The drafts a member submitted for approval in one case, as the case page shows them to their author beside
// the composer: waiting for a lead, or returned with the lead's comment (so the comment reaches the person who
// has to rewrite). Approved drafts are not listed: they are in the thread as sent replies.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";

export interface OwnDraftApproval {
  id: string;
  status: "PENDING" | "RETURNED";
  text: string;
  comment: string | null;
  reviewerName: string | null;
  createdAt: Date;
  decidedAt: Date | null;
}

export async function listOwnDraftApprovals(prisma: PrismaClient, member: Member, caseId: string): Promise<OwnDraftApproval[]> {
  const rows = await prisma.draftApproval.findMany({
    where: { workspaceId: member.workspaceId, caseId, authorUserId: member.userId, status: { in: ["PENDING", "RETURNED"] } },
    orderBy: { createdAt: "desc" },
    take: 5,
  });
  const reviewerIds = [...new Set(rows.map((r) => r.reviewerId).filter((id): id is string => id !== null))];
  const reviewers = reviewerIds.length
    ? await prisma.user.findMany({ where: { id: { in: reviewerIds } }, select: { id: true, name: true } })
    : [];
  const nameOf = new Map(reviewers.map((u) => [u.id, u.name]));
  return rows.map((r) => ({
    id: r.id,
    status: r.status as "PENDING" | "RETURNED",
    text: r.text,
    comment: r.comment,
    reviewerName: r.reviewerId ? (nameOf.get(r.reviewerId) ?? null) : null,
    createdAt: r.createdAt,
    decidedAt: r.decidedAt,
  }));
}
