// Sweep: a follow-up past its time and not done notifies the case owner and the team leads, once. An undated
// follow-up (a vague promise) is never overdue: "dueAt < now" leaves it out.
import type { PrismaClient } from "../generated/prisma/client";
import { recordAudit, SYSTEM } from "../audit/record-audit";
import { notify } from "../notifications/notify";
import { caseOwnerIds, leadIds } from "../notifications/recipients";

export async function notifyOverdueFollowUps(prisma: PrismaClient, now = new Date()): Promise<number> {
  const due = await prisma.followUp.findMany({
    where: { status: "OPEN", overdueNotifiedAt: null, dueAt: { lt: now } },
    include: { case: { select: { number: true } } },
    orderBy: { dueAt: "asc" },
    take: 200,
  });
  for (const f of due) {
    await prisma.$transaction(async (tx) => {
      const won = await tx.followUp.updateMany({ where: { id: f.id, overdueNotifiedAt: null }, data: { overdueNotifiedAt: now } });
      if (won.count === 0) return;
      await recordAudit(tx, { workspaceId: f.workspaceId, action: "FOLLOW_UP_OVERDUE", actor: SYSTEM, caseId: f.caseId, entityType: "case", entityId: f.caseId, data: { phrase: f.phrase, dueAt: f.dueAt?.toISOString() ?? null } });
      const to = [...(await caseOwnerIds(tx, f.caseId)), ...(await leadIds(tx, f.workspaceId))];
      await notify(tx, f.workspaceId, to.map((userId) => ({
        userId, kind: "FOLLOW_UP_DUE", caseId: f.caseId, data: { number: f.case.number, phrase: f.phrase }, dedupeKey: `followup:${f.id}`,
      })));
    });
  }
  return due.length;
}
