// Who hears about what: the case owner, an escalation's audience, the workspace's team leads.
import type { Prisma } from "../generated/prisma/client";

type Db = Prisma.TransactionClient;

const OWNER = { assigneeId: true, escalations: { orderBy: { createdAt: "desc" as const }, take: 1, select: { createdById: true } } };
const ownerOf = (c: { assigneeId: string | null; escalations: { createdById: string }[] } | null) => {
  const owner = c?.assigneeId ?? c?.escalations[0]?.createdById;
  return owner ? [owner] : [];
};

/** The community manager who owns the case: its assignee, else whoever escalated it. */
export async function caseOwnerIds(db: Db, caseId: string): Promise<string[]> {
  return ownerOf(await db.case.findUnique({ where: { id: caseId }, select: OWNER }));
}

/** caseOwnerIds of several cases in one query, with each case's number (for the sentence). */
export async function caseOwners(db: Db, caseIds: string[]): Promise<Map<string, { number: number; ownerIds: string[] }>> {
  if (caseIds.length === 0) return new Map();
  const cases = await db.case.findMany({ where: { id: { in: caseIds } }, select: { id: true, number: true, ...OWNER } });
  return new Map(cases.map((c) => [c.id, { number: c.number, ownerIds: ownerOf(c) }]));
}

/** The agent it is assigned to; else its team's customer-service agents; else every agent (default queue). */
export async function escalationAudienceIds(
  db: Db,
  workspaceId: string,
  esc: { assigneeId: string | null; teamId: string | null },
): Promise<string[]> {
  if (esc.assigneeId) return [esc.assigneeId];
  const members = await db.membership.findMany({
    where: { workspaceId, role: "CUSTOMER_SERVICE", ...(esc.teamId ? { teamId: esc.teamId } : {}) },
    select: { userId: true },
  });
  return members.map((m) => m.userId);
}

export async function leadIds(db: Db, workspaceId: string): Promise<string[]> {
  const members = await db.membership.findMany({ where: { workspaceId, role: "TEAM_LEAD" }, select: { userId: true } });
  return members.map((m) => m.userId);
}
