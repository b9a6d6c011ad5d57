// Teams of the workspace with their active members: customer-service teams receive escalations (#8), every
// team gets its own figures on the dashboard (#10). Readable by every member (pickers need it).
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";

export async function listTeams(prisma: PrismaClient, member: Member, opts: { includeArchived?: boolean } = {}) {
  const teams = await prisma.team.findMany({
    where: { workspaceId: member.workspaceId, ...(opts.includeArchived ? {} : { archivedAt: null }) },
    include: {
      members: { where: { deactivatedAt: null }, include: { user: { select: { name: true, email: true } } }, orderBy: { createdAt: "asc" } },
    },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
  });
  return teams.map((t) => ({
    id: t.id, name: t.name, kind: t.kind, archived: t.archivedAt !== null, createdAt: t.createdAt,
    members: t.members.map((m) => ({ membershipId: m.id, userId: m.userId, name: m.user.name, email: m.user.email, role: m.role })),
  }));
}
