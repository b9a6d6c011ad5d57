// Troll/spam mark requests with the evidence they were asked on: for a contact (the case page, where the lead
// decides beside the thread) or, for a lead, every pending one of the workspace. Customer service does not
// moderate, so it does not see who was called a troll.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import type { TrollEvidence } from "./troll-evidence";

export async function listMarkRequests(prisma: PrismaClient, member: Member, opts: { contactId?: string; status?: "PENDING" } = {}) {
  assertCan(member.role, "moderation.hide");
  const rows = await prisma.contactMarkRequest.findMany({
    where: { workspaceId: member.workspaceId, ...(opts.contactId ? { contactId: opts.contactId } : {}), ...(opts.status ? { status: opts.status } : {}) },
    include: {
      requestedBy: { select: { id: true, name: true } },
      reviewer: { select: { id: true, name: true } },
      contact: { select: { id: true, displayName: true } },
    },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
  return rows.map((r) => ({ ...r, evidence: r.evidence as unknown as TrollEvidence }));
}

export type MarkRequestView = Awaited<ReturnType<typeof listMarkRequests>>[number];
