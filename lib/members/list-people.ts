// The workspace's people as pickers need them (assignee, escalation target, the audit log's "person" filter):
// every member, deactivated ones included, since past cases and audit events still name them.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";

export async function listPeople(prisma: PrismaClient, member: Member, opts: { orderBy: "name" | "joined" } = { orderBy: "name" }) {
  // Every role that works cases needs its colleagues' names; nothing more than names and roles is returned.
  assertCan(member.role, "cases.view_escalated");
  const rows = await prisma.membership.findMany({
    where: { workspaceId: member.workspaceId },
    select: { role: true, deactivatedAt: true, user: { select: { id: true, name: true } } },
    orderBy: opts.orderBy === "name" ? { user: { name: "asc" } } : { createdAt: "asc" },
  });
  return rows.map((m) => ({ id: m.user.id, name: m.user.name, role: m.role, active: m.deactivatedAt === null }));
}
