// The load per agent a lead watches (issue #22 item 4): open cases held, cap, available or not, team — the very
// figures round-robin and least-loaded decide on (./pick-assignee.ts counts open cases the same way).
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { OPEN_STATUSES } from "../moderation/open-complaints";

export interface AgentLoad { userId: string; name: string; role: string; teamId: string | null; teamName: string | null; available: boolean; caseCap: number | null; open: number }

export async function listAgentLoad(prisma: PrismaClient, member: Member): Promise<AgentLoad[]> {
  assertCan(member.role, "automation.manage");
  const [members, loads] = await Promise.all([
    prisma.membership.findMany({
      where: { workspaceId: member.workspaceId, deactivatedAt: null },
      select: { userId: true, role: true, teamId: true, available: true, caseCap: true, user: { select: { name: true } }, team: { select: { name: true } } },
      orderBy: { createdAt: "asc" },
    }),
    prisma.case.groupBy({
      by: ["assigneeId"], _count: { _all: true },
      where: { workspaceId: member.workspaceId, assigneeId: { not: null }, status: { in: [...OPEN_STATUSES] } },
    }),
  ]);
  const open = new Map(loads.map((l) => [l.assigneeId!, l._count._all]));
  return members.map((m) => ({
    userId: m.userId, name: m.user.name, role: m.role, teamId: m.teamId, teamName: m.team?.name ?? null,
    available: m.available, caseCap: m.caseCap, open: open.get(m.userId) ?? 0,
  }));
}
