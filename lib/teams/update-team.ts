// Rename or archive a team (archived, never deleted: past cases keep pointing at it). Archiving removes its
// members from it so new escalations are not routed to a team nobody watches.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { actorOf, recordAudit } from "../audit/record-audit";
import { conflict, notFound } from "../errors/domain-errors";
import type { TeamPatch } from "../members/schemas";

export async function updateTeam(prisma: PrismaClient, member: Member, teamId: string, patch: TeamPatch, now = new Date()) {
  assertCan(member.role, "teams.manage");
  const team = await prisma.team.findFirst({ where: { id: teamId, workspaceId: member.workspaceId } });
  if (!team) throw notFound("Team");
  if (patch.name && patch.name !== team.name &&
      (await prisma.team.findFirst({ where: { workspaceId: member.workspaceId, name: patch.name } }))) {
    throw conflict("team_name_taken", `A team named "${patch.name}" already exists.`);
  }
  return prisma.$transaction(async (tx) => {
    const updated = await tx.team.update({
      where: { id: team.id },
      data: {
        ...(patch.name ? { name: patch.name } : {}),
        ...(patch.archived !== undefined ? { archivedAt: patch.archived ? (team.archivedAt ?? now) : null } : {}),
      },
    });
    if (patch.archived) await tx.membership.updateMany({ where: { teamId: team.id }, data: { teamId: null } });
    await recordAudit(tx, {
      workspaceId: member.workspaceId, action: "TEAM_UPDATED", actor: actorOf(member), entityType: "team", entityId: team.id,
      data: { nameFrom: team.name, nameTo: updated.name, archived: updated.archivedAt !== null },
    });
    return { id: updated.id, name: updated.name, kind: updated.kind, archived: updated.archivedAt !== null };
  });
}
