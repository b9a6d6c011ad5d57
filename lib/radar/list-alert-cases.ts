// The cases the radar's alerts point at, named for their links (#38 · author · preview): one query for the
// alerts shown, within the member's scope, so a link never names a case the reader could not open.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { caseScopeWhere } from "../cases/case-scope";

export type AlertCase = { id: string; number: number; author: string; preview: string };

export async function listAlertCases(prisma: PrismaClient, member: Member, caseIds: string[]): Promise<Map<string, AlertCase>> {
  assertCan(member.role, "alerts.view");
  const rows = await prisma.case.findMany({
    where: { id: { in: caseIds }, workspaceId: member.workspaceId, ...caseScopeWhere(member) },
    select: { id: true, number: true, preview: true, contact: { select: { displayName: true } } },
  });
  return new Map(rows.map((c) => [c.id, { id: c.id, number: c.number, author: c.contact.displayName, preview: c.preview }]));
}
