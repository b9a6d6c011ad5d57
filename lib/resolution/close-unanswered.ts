// Sweep: a resolved case whose satisfaction check got no answer by its deadline closes, "no answer" recorded.
import type { PrismaClient } from "../generated/prisma/client";
import { recordAudit, SYSTEM } from "../audit/record-audit";

export async function closeUnanswered(prisma: PrismaClient, now = new Date()): Promise<number> {
  const due = await prisma.case.findMany({
    where: { status: "RESOLVED", confirmation: "PENDING", confirmationDueAt: { lt: now } },
    select: { id: true, workspaceId: true },
    take: 500,
  });
  let closed = 0;
  for (const c of due) {
    await prisma.$transaction(async (tx) => {
      const won = await tx.case.updateMany({
        where: { id: c.id, status: "RESOLVED", confirmation: "PENDING" },
        data: { status: "CLOSED", closedAt: now, confirmation: "NO_ANSWER" },
      });
      if (won.count === 0) return;
      closed++;
      await recordAudit(tx, { workspaceId: c.workspaceId, action: "CONFIRMATION_NO_ANSWER", actor: SYSTEM, caseId: c.id, entityType: "case", entityId: c.id, data: {} });
      await recordAudit(tx, { workspaceId: c.workspaceId, action: "CASE_STATUS_CHANGED", actor: SYSTEM, caseId: c.id, entityType: "case", entityId: c.id, data: { from: "RESOLVED", to: "CLOSED", reason: "no_answer" } });
    });
  }
  return closed;
}
