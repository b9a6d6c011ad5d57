// An internal note on a case: never sent to the customer, shown apart from the thread, and @mentions of team
// members (by first name or e-mail name, accents ignored) are resolved and recorded.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { recordAudit, actorOf } from "../audit/record-audit";
import { caseScopeWhere } from "./case-scope";
import { notify } from "../notifications/notify";
import { fold } from "../text/fold";
import { notFound } from "../errors/domain-errors";


export function findMentions(text: string, members: { id: string; name: string; email: string }[]): string[] {
  const handles = [...text.matchAll(/@([\p{L}\p{N}._-]+)/gu)].map((m) => fold(m[1]!));
  return members
    .filter((u) => {
      const keys = [fold(u.name.split(/\s+/)[0] ?? ""), fold(u.name.replace(/\s+/g, "")), fold(u.email.split("@")[0] ?? "")];
      return handles.some((h) => keys.includes(h));
    })
    .map((u) => u.id);
}

export async function addNote(prisma: PrismaClient, member: Member, caseId: string, text: string) {
  assertCan(member.role, "cases.update");
  const c = await prisma.case.findFirst({ where: { id: caseId, ...caseScopeWhere(member) }, select: { id: true, number: true, workspaceId: true, channelId: true, threadId: true } });
  if (!c) throw notFound("Case");
  const team = await prisma.membership.findMany({ where: { workspaceId: c.workspaceId }, include: { user: { select: { id: true, name: true, email: true } } } });
  const mentions = findMentions(text, team.map((m) => m.user));
  return prisma.$transaction(async (tx) => {
    const note = await tx.message.create({
      data: {
        workspaceId: c.workspaceId, caseId, channelId: c.channelId, threadId: c.threadId,
        direction: "OUTBOUND", visibility: "INTERNAL", kind: "NOTE",
        authorUserId: member.userId, body: text, platformCreatedAt: new Date(), deliveryStatus: "RECEIVED",
      },
    });
    await recordAudit(tx, {
      workspaceId: c.workspaceId, action: "NOTE_ADDED",
      actor: actorOf(member),
      caseId, entityType: "message", entityId: note.id, data: { mentions },
    });
    await notify(tx, c.workspaceId, mentions.map((userId) => ({ userId, kind: "MENTION" as const, caseId, data: { number: c.number, actor: member.name } })), member.userId);
    return { ...note, mentions };
  });
}
