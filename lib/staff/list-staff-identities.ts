// GET /api/v1/members/{id}/identities (issue #25): the personal social accounts linked to a member.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { loadMemberTarget } from "./load-member-target";

export async function listStaffIdentities(prisma: PrismaClient, member: Member, membershipId: string) {
  const target = await loadMemberTarget(prisma, member, membershipId);
  const rows = await prisma.staffIdentity.findMany({
    where: { workspaceId: member.workspaceId, userId: target.userId }, orderBy: { createdAt: "asc" },
    select: { id: true, platform: true, account: true, createdAt: true },
  });
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}
