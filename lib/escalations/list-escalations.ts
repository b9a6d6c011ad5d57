// The desk's queue: escalations for me, my team and the default queue (customer service), or all (leads),
// oldest first, each with its SLA state; plus the counts the desk shows above the list.
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { escalationScopeWhere } from "./escalation-scope";
import { escalationSla } from "./escalation-sla";
import type { ListEscalationsQuery } from "./schemas";

const OPEN = ["PENDING", "IN_PROGRESS"] as const;

export async function listEscalations(prisma: PrismaClient, member: Member, q: ListEscalationsQuery) {
  assertCan(member.role, "cases.view_escalated");
  const now = new Date();
  const where: Prisma.EscalationWhereInput = {
    case: { workspaceId: member.workspaceId },
    ...(q.late ? { OR: [{ status: "PENDING", pickUpDueAt: { lt: now } }, { status: "IN_PROGRESS", solutionDueAt: { lt: now } }] } : {}),
    ...escalationScopeWhere(member),
    status: { in: q.status ?? [...OPEN] },
    ...(q.reason ? { reason: q.reason } : {}),
    ...(q.assignee === "me" ? { assigneeId: member.userId } : q.assignee === "unassigned" ? { assigneeId: null } : q.assignee ? { assigneeId: q.assignee } : {}),
  };
  const rows = await prisma.escalation.findMany({
    where,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: q.limit + 1,
    ...(q.cursor ? { cursor: { id: q.cursor }, skip: 1 } : {}),
    include: {
      assignee: { select: { id: true, name: true } },
      team: { select: { id: true, name: true } },
      createdBy: { select: { id: true, name: true } },
      case: { select: { id: true, number: true, status: true, preview: true, contact: { select: { displayName: true } }, channel: { select: { platform: true } }, assignee: { select: { id: true, name: true } } } },
    },
  });
  const page = rows.slice(0, q.limit);
  return {
    data: page.map((e) => ({ ...e, sla: escalationSla(e, now) })),
    nextCursor: rows.length > q.limit ? page.at(-1)!.id : null,
  };
}

export async function countEscalations(prisma: PrismaClient, member: Member) {
  const base: Prisma.EscalationWhereInput = { case: { workspaceId: member.workspaceId }, ...escalationScopeWhere(member) };
  const now = new Date();
  const [pending, inProgress, late, mine] = await Promise.all([
    prisma.escalation.count({ where: { AND: [base, { status: "PENDING" }] } }),
    prisma.escalation.count({ where: { AND: [base, { status: "IN_PROGRESS" }] } }),
    prisma.escalation.count({
      where: { AND: [base, { OR: [{ status: "PENDING", pickUpDueAt: { lt: now } }, { status: "IN_PROGRESS", solutionDueAt: { lt: now } }] }] },
    }),
    prisma.escalation.count({ where: { AND: [base, { status: { in: [...OPEN] }, assigneeId: member.userId }] } }),
  ]);
  return { pending, inProgress, late, mine };
}

export type EscalationRow = Awaited<ReturnType<typeof listEscalations>>["data"][number];
