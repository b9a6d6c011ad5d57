// Change a member's role or team, or deactivate/reactivate them (never delete: their history stays). The
// workspace keeps at least one active admin, and nobody deactivates themself. A deactivated member's sessions
// and tokens stop at once because every request re-reads the membership (lib/auth/member.ts); deactivation also
// bumps sessionVersion, so a reactivation does not revive a cookie taken before it (#20 item 8).
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { actorOf, recordAudit } from "../audit/record-audit";
import { invalidateSessions } from "../auth/invalidate-sessions";
import { conflict, notFound } from "../errors/domain-errors";
import { assertMayManage } from "./member-rules";
import type { MemberPatch } from "./schemas";

export async function updateMember(prisma: PrismaClient, member: Member, membershipId: string, patch: MemberPatch, now = new Date()) {
  const target = await prisma.membership.findFirst({ where: { id: membershipId, workspaceId: member.workspaceId } });
  if (!target) throw notFound("Member");
  assertMayManage(member, target.role, patch.role);
  if (patch.active === false && target.userId === member.userId) {
    throw conflict("cannot_deactivate_self", "You cannot deactivate yourself: ask another admin.");
  }
  if (patch.teamId) {
    const team = await prisma.team.findFirst({ where: { id: patch.teamId, workspaceId: member.workspaceId, archivedAt: null } });
    if (!team) throw notFound("Team");
  }
  return prisma.$transaction(async (tx) => {
    const wasActive = target.deactivatedAt === null;
    const losesAdmin = target.role === "ADMIN" && wasActive && (patch.active === false || (patch.role && patch.role !== "ADMIN"));
    if (losesAdmin) {
      const admins = await tx.membership.count({ where: { workspaceId: member.workspaceId, role: "ADMIN", deactivatedAt: null } });
      if (admins <= 1) throw conflict("last_admin", "This is the workspace's last active admin: make someone else admin first.");
    }
    const updated = await tx.membership.update({
      where: { id: target.id },
      data: {
        ...(patch.role ? { role: patch.role } : {}),
        ...(patch.teamId !== undefined ? { teamId: patch.teamId } : {}),
        ...(patch.active !== undefined ? { deactivatedAt: patch.active ? null : (target.deactivatedAt ?? now) } : {}),
      },
      include: { user: { select: { email: true, name: true } } },
    });
    const base = { workspaceId: member.workspaceId, actor: actorOf(member), entityType: "membership" as const, entityId: target.id };
    if (patch.role && patch.role !== target.role) {
      await recordAudit(tx, { ...base, action: "MEMBER_ROLE_CHANGED", data: { email: updated.user.email, from: target.role, to: patch.role } });
    }
    if (patch.teamId !== undefined && patch.teamId !== target.teamId) {
      await recordAudit(tx, { ...base, action: "MEMBER_UPDATED", data: { email: updated.user.email, teamFrom: target.teamId, teamTo: patch.teamId } });
    }
    if (patch.active === false && wasActive) await invalidateSessions(tx, target.userId);
    if (patch.active !== undefined && patch.active !== wasActive) {
      await recordAudit(tx, { ...base, action: patch.active ? "MEMBER_REACTIVATED" : "MEMBER_DEACTIVATED", data: { email: updated.user.email } });
    }
    return {
      id: updated.id, userId: updated.userId, email: updated.user.email, name: updated.user.name,
      role: updated.role, teamId: updated.teamId, active: updated.deactivatedAt === null,
    };
  });
}
