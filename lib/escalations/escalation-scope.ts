// Which escalations a member works on. Customer service sees those assigned to them, to their team, and the
// workspace's default queue (no team, no agent); leads and admins see all; community managers see all too
// (they own the cases). The case scope (lib/cases/case-scope.ts) uses the same rule for customer service.
import { Prisma } from "../generated/prisma/client";
import type { Member } from "../auth/member";

export function escalationScopeWhere(member: Pick<Member, "userId" | "role">): Prisma.EscalationWhereInput {
  if (member.role !== "CUSTOMER_SERVICE") return {};
  return {
    OR: [
      { assigneeId: member.userId },
      { team: { members: { some: { userId: member.userId } } } },
      { teamId: null, assigneeId: null },
    ],
  };
}

/** The same rule in SQL on escalation alias `e`, for raw queries. */
export function escalationScopeSql(member: Pick<Member, "userId" | "role">): Prisma.Sql {
  if (member.role !== "CUSTOMER_SERVICE") return Prisma.sql`TRUE`;
  return Prisma.sql`(e."assigneeId" = ${member.userId}
    OR (e."teamId" IS NULL AND e."assigneeId" IS NULL)
    OR e."teamId" IN (SELECT m."teamId" FROM memberships m WHERE m."userId" = ${member.userId} AND m."teamId" IS NOT NULL))`;
}

/** The same rule in memory, for the live stream: `teamIds` are the member's teams, `e` one escalation's routing. */
export function escalationVisibleTo(member: Pick<Member, "userId" | "role">, teamIds: readonly string[],
  e: { assigneeId: string | null; teamId: string | null }): boolean {
  if (member.role !== "CUSTOMER_SERVICE") return true;
  return e.assigneeId === member.userId || (e.teamId === null && e.assigneeId === null) || (e.teamId !== null && teamIds.includes(e.teamId));
}
