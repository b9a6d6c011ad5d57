// Which cases a member may see. Customer service works the escalated queue only (DESIGN §1): cases escalated
// to them, to their team, or to the default queue (lib/escalations/escalation-scope.ts).
import { Prisma } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { can, ForbiddenError } from "../auth/permissions";
import { escalationScopeSql, escalationScopeWhere } from "../escalations/escalation-scope";

export function caseScopeWhere(member: Member): Prisma.CaseWhereInput {
  if (can(member.role, "cases.view_all")) return { workspaceId: member.workspaceId };
  if (can(member.role, "cases.view_escalated")) {
    return { workspaceId: member.workspaceId, escalations: { some: escalationScopeWhere(member) } };
  }
  throw new ForbiddenError("cases.view_escalated");
}

/** The same scope as a SQL condition on alias `c`, for raw list queries. */
export function caseScopeSql(member: Member): Prisma.Sql {
  if (can(member.role, "cases.view_all")) return Prisma.sql`c."workspaceId" = ${member.workspaceId}`;
  if (can(member.role, "cases.view_escalated")) {
    return Prisma.sql`c."workspaceId" = ${member.workspaceId}
      AND EXISTS (SELECT 1 FROM escalations e WHERE e."caseId" = c.id AND ${escalationScopeSql(member)})`;
  }
  throw new ForbiddenError("cases.view_escalated");
}
