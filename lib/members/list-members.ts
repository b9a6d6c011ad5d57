// Members of the workspace (active and deactivated) and its pending invitations, for leads and admins.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { invitationState } from "./accept-invitation";

export async function listMembers(prisma: PrismaClient, member: Member, now = new Date()) {
  assertCan(member.role, "members.manage");
  const [memberships, invitations] = await Promise.all([
    prisma.membership.findMany({
      where: { workspaceId: member.workspaceId },
      include: { user: { select: { email: true, name: true } }, team: { select: { id: true, name: true } } },
      orderBy: [{ deactivatedAt: { sort: "desc", nulls: "first" } }, { createdAt: "asc" }],
    }),
    prisma.invitation.findMany({
      where: { workspaceId: member.workspaceId, acceptedAt: null, revokedAt: null },
      orderBy: { createdAt: "desc" },
      take: 200,
    }),
  ]);
  return {
    members: memberships.map((m) => ({
      id: m.id, userId: m.userId, email: m.user.email, name: m.user.name, role: m.role, active: m.deactivatedAt === null,
      team: m.team, deactivatedAt: m.deactivatedAt, createdAt: m.createdAt,
    })),
    invitations: invitations.map((i) => ({
      id: i.id, email: i.email, name: i.name, role: i.role, teamId: i.teamId, expiresAt: i.expiresAt,
      createdAt: i.createdAt, state: invitationState(i, now),
    })),
  };
}
