// Which cases a member may see. Customer service works the escalated queue only (docs/ARCHITECTURE.md § Roles):
// cases escalated to them, to their team, or to the default queue (lib/escalations/escalation-scope.ts). The rule is decided
// once, in caseScopeOf + the escalation rule; the renderings below (Prisma where, raw SQL, and the in-memory
// check the live stream applies to each change) all follow from them, so they cannot drift apart.
import { Prisma } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { can, ForbiddenError } from "../auth/permissions";
import { escalationScopeSql, escalationScopeWhere, escalationVisibleTo } from "../escalations/escalation-scope";

export type CaseScope = "workspace" | "escalated";

/** THE scope rule: the whole workspace, or only cases escalated to this member (escalation-scope.ts). */
export function caseScopeOf(member: Pick<Member, "role">): CaseScope {
  if (can(member.role, "cases.view_all")) return "workspace";
  if (can(member.role, "cases.view_escalated")) return "escalated";
  throw new ForbiddenError("cases.view_escalated");
}

export function caseScopeWhere(member: Member): Prisma.CaseWhereInput {
  return caseScopeOf(member) === "workspace"
    ? { workspaceId: member.workspaceId }
    : { workspaceId: member.workspaceId, escalations: { some: escalationScopeWhere(member) } };
}

/** The same scope as a SQL condition on alias `c`, for raw list queries. */
export function caseScopeSql(member: Member): Prisma.Sql {
  const ws = Prisma.sql`c."workspaceId" = ${member.workspaceId}`;
  if (caseScopeOf(member) === "workspace") return ws;
  return Prisma.sql`${ws}
      AND EXISTS (SELECT 1 FROM escalations e WHERE e."caseId" = c.id AND ${escalationScopeSql(member)})`;
}

/** What the rule reads about one case; loaded once per change and shared by every open stream. */
export interface CaseScopeFacts {
  workspaceId: string;
  escalations: { assigneeId: string | null; teamId: string | null }[];
}

/** Select list (alias `c`) producing the CaseScopeFacts columns. */
export const caseScopeFactsSql = Prisma.sql`c."workspaceId" AS "scopeWorkspaceId",
  COALESCE((SELECT json_agg(json_build_object('assigneeId', e."assigneeId", 'teamId', e."teamId"))
              FROM escalations e WHERE e."caseId" = c.id), '[]'::json) AS "scopeEscalations"`;

/** The member's teams, which the in-memory rule needs (read once per stream). */
export async function memberTeamIds(prisma: { membership: { findMany(a: object): Promise<{ teamId: string | null }[]> } }, member: Member) {
  const rows = await prisma.membership.findMany({ where: { userId: member.userId, teamId: { not: null } }, select: { teamId: true } });
  return rows.flatMap((r) => (r.teamId ? [r.teamId] : []));
}

/** The rule applied in memory: may this member see a case with these facts? */
export function caseVisibleTo(member: Pick<Member, "role" | "workspaceId" | "userId">, teamIds: readonly string[], facts: CaseScopeFacts): boolean {
  if (facts.workspaceId !== member.workspaceId) return false;
  return caseScopeOf(member) === "workspace" || facts.escalations.some((e) => escalationVisibleTo(member, teamIds, e));
}
