// Why the inbox list is empty, so the page says the true reason instead of always blaming the filters: a new
// workspace has no channel yet (leads and admins can connect one; others ask them), a connected workspace may
// have no case yet, and only when cases exist do the filters or the search hide them.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { can } from "../auth/permissions";
import { caseScopeWhere } from "./case-scope";

export type InboxEmptyState =
  | { kind: "noChannel"; canConnect: boolean }
  | { kind: "noCases" }
  | { kind: "noMatch" }
  | { kind: "noEscalated" };

/** When cases exist but the list shows none: the filters, or (customer service) an empty escalated queue. */
export function filteredEmptyState(member: Pick<Member, "role">): InboxEmptyState {
  return { kind: can(member.role, "cases.view_all") ? "noMatch" : "noEscalated" };
}

/** Called only when the list came back empty: two indexed existence checks, never a count of every case. */
export async function inboxEmptyState(prisma: PrismaClient, member: Member): Promise<InboxEmptyState> {
  const [anyCase, anyChannel] = await Promise.all([
    prisma.case.findFirst({ where: caseScopeWhere(member), select: { id: true } }),
    // A disconnected channel brings nothing in any more; paused ones still count as connected.
    prisma.channel.findFirst({ where: { workspaceId: member.workspaceId, status: { not: "DISCONNECTED" } }, select: { id: true } }),
  ]);
  if (anyCase) return filteredEmptyState(member);
  if (!anyChannel) return { kind: "noChannel", canConnect: can(member.role, "channels.manage") };
  return { kind: can(member.role, "cases.view_all") ? "noCases" : "noEscalated" };
}
