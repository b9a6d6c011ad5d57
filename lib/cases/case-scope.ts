// Which cases a member may see. Customer service works the escalated queue only (DESIGN §1). The rule is
// decided once, in caseScopeOf; the three renderings below (Prisma where, raw SQL, and the in-memory check the
// live stream applies to each change) all follow from it, so they cannot drift apart.
import { Prisma } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { can, ForbiddenError } from "../auth/permissions";

export type CaseScope = "workspace" | "escalated";

/** THE scope rule: the whole workspace, or only cases escalated to customer service. */
export function caseScopeOf(member: Pick<Member, "role">): CaseScope {
  if (can(member.role, "cases.view_all")) return "workspace";
  if (can(member.role, "cases.view_escalated")) return "escalated";
  throw new ForbiddenError("cases.view_escalated");
}

export function caseScopeWhere(member: Member): Prisma.CaseWhereInput {
  return caseScopeOf(member) === "workspace"
    ? { workspaceId: member.workspaceId }
    : { workspaceId: member.workspaceId, escalations: { some: {} } };
}

const ESCALATED_SQL = Prisma.sql`EXISTS (SELECT 1 FROM escalations e WHERE e."caseId" = c.id)`;

/** The same scope as a SQL condition on alias `c`, for raw list queries. */
export function caseScopeSql(member: Member): Prisma.Sql {
  const ws = Prisma.sql`c."workspaceId" = ${member.workspaceId}`;
  return caseScopeOf(member) === "workspace" ? ws : Prisma.sql`${ws} AND ${ESCALATED_SQL}`;
}

/** What the rule reads about one case; loaded once per change and shared by every open stream. */
export interface CaseScopeFacts {
  workspaceId: string;
  escalated: boolean;
}

/** Select list (alias `c`) producing CaseScopeFacts columns. */
export const caseScopeFactsSql = Prisma.sql`c."workspaceId" AS "scopeWorkspaceId", ${ESCALATED_SQL} AS "scopeEscalated"`;

/** The rule applied in memory: may this member see a case with these facts? */
export function caseVisibleTo(member: Pick<Member, "role" | "workspaceId">, facts: CaseScopeFacts): boolean {
  if (facts.workspaceId !== member.workspaceId) return false;
  return caseScopeOf(member) === "workspace" || facts.escalated;
}
