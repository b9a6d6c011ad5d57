// The member whose identities are read or linked (issue #25): a membership of the caller's workspace. Members
// see and link their own; leads and admins (members.manage) anyone's in the workspace.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { can } from "../auth/permissions";
import { forbidden, notFound } from "../errors/domain-errors";

export async function loadMemberTarget(prisma: PrismaClient, member: Member, membershipId: string) {
  const target = await prisma.membership.findFirst({
    where: { id: membershipId, workspaceId: member.workspaceId }, select: { id: true, userId: true, user: { select: { name: true } } },
  });
  if (!target) throw notFound("Member");
  if (target.userId !== member.userId && !can(member.role, "members.manage")) {
    throw forbidden("staff_identity_not_yours", "Only the member or a team lead may see or link these identities.");
  }
  return target;
}
