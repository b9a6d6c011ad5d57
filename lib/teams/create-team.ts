// A new customer-service or community-manager team, with its audit event.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { actorOf, recordAudit } from "../audit/record-audit";
import { conflict } from "../errors/domain-errors";
import type { TeamInput } from "../members/schemas";

export async function createTeam(prisma: PrismaClient, member: Member, input: TeamInput) {
  assertCan(member.role, "teams.manage");
  if (await prisma.team.findFirst({ where: { workspaceId: member.workspaceId, name: input.name } })) {
    throw conflict("team_name_taken", `A team named "${input.name}" already exists.`);
  }
  return prisma.$transaction(async (tx) => {
    const team = await tx.team.create({ data: { workspaceId: member.workspaceId, name: input.name, kind: input.kind } });
    await recordAudit(tx, {
      workspaceId: member.workspaceId, action: "TEAM_CREATED", actor: actorOf(member),
      entityType: "team", entityId: team.id, data: { name: team.name, kind: team.kind },
    });
    return { id: team.id, name: team.name, kind: team.kind, archived: false };
  });
}
