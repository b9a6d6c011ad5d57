// Crisis radar alerts of a workspace, newest first (GET /api/v1/alerts, the dashboard's radar panel).
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";

export async function listAlerts(prisma: PrismaClient, member: Member, q: { unacknowledged?: boolean; limit?: number } = {}) {
  assertCan(member.role, "alerts.view");
  return prisma.alert.findMany({
    where: { workspaceId: member.workspaceId, ...(q.unacknowledged ? { acknowledgedAt: null } : {}) },
    orderBy: { lastAt: "desc" },
    take: q.limit ?? 50,
    select: { id: true, kind: true, title: true, scopeKey: true, caseIds: true, data: true, firstAt: true, lastAt: true, acknowledgedAt: true, acknowledgedById: true },
  });
}
