// A member's browser says "I am viewing / replying to this case" (or "left"): broadcast to every instance.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { caseScopeWhere } from "../cases/case-scope";
import type { PresenceEvent } from "./events";
import { notFound } from "../errors/domain-errors";

export async function publishPresence(prisma: PrismaClient, member: Member, caseId: string, activity: PresenceEvent["activity"]) {
  const visible = await prisma.case.count({ where: { id: caseId, ...caseScopeWhere(member) } });
  if (!visible) throw notFound("Case");
  const event: PresenceEvent = { workspaceId: member.workspaceId, caseId, userId: member.userId, name: member.name, activity, at: Date.now() };
  await prisma.$executeRaw`SELECT pg_notify('inbox_presence', ${JSON.stringify(event)})`;
  return event;
}
