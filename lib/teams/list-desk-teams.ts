// The active customer-service teams, by name: where an escalation can go (the escalate form, the desk's default
// routes). Readable by every role that works cases.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";

export async function listDeskTeams(prisma: PrismaClient, member: Member) {
  assertCan(member.role, "cases.view_escalated");
  return prisma.team.findMany({
    where: { workspaceId: member.workspaceId, archivedAt: null, kind: "CUSTOMER_SERVICE" },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
