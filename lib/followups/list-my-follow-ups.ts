// The promises a member has to keep: open follow-ups on the cases they own, and those made in their own replies
// (customer service writing privately), due first. Shown on the inbox and on the desk.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { caseScopeWhere } from "../cases/case-scope";

export async function listMyFollowUps(prisma: PrismaClient, member: Member, limit = 10) {
  const open = await prisma.followUp.findMany({
    where: { status: "OPEN", workspaceId: member.workspaceId, case: caseScopeWhere(member) },
    // Dated promises soonest first, then the undated (vague) ones, oldest first.
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    take: 200,
    include: { case: { select: { id: true, number: true, assigneeId: true, contact: { select: { displayName: true } } } } },
  });
  const ids = open.map((f) => f.messageId).filter((x): x is string => !!x);
  const mine = new Set(
    (await prisma.message.findMany({ where: { id: { in: ids }, authorUserId: member.userId }, select: { id: true } })).map((m) => m.id),
  );
  return open.filter((f) => f.case.assigneeId === member.userId || (f.messageId && mine.has(f.messageId))).slice(0, limit);
}
