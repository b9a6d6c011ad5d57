// Scoped load shared by the escalation actions: the escalation with its case, if the member may work on it.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { notFound } from "../errors/domain-errors";
import { escalationScopeWhere } from "./escalation-scope";

export async function loadEscalation(prisma: PrismaClient, member: Member, escalationId: string) {
  assertCan(member.role, "escalations.work");
  const esc = await prisma.escalation.findFirst({
    where: { id: escalationId, case: { workspaceId: member.workspaceId }, ...escalationScopeWhere(member) },
    include: { case: { select: { id: true, number: true, status: true, workspaceId: true, assigneeId: true } } },
  });
  if (!esc) throw notFound("Escalation");
  return esc;
}

export type LoadedEscalation = Awaited<ReturnType<typeof loadEscalation>>;
