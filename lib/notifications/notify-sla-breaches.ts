// Sweep: an active case past its earliest running SLA clock (slaDueAt, kept by lib/sla's trigger: first
// response, next response or resolution) notifies its assignee, once per deadline (a new deadline, a new notice).
import type { PrismaClient } from "../generated/prisma/client";
import { ACTIVE_STATUSES } from "../cases/case-status";
import { notify } from "./notify";

export async function notifySlaBreaches(prisma: PrismaClient, now = new Date()): Promise<number> {
  const late = await prisma.case.findMany({
    where: { status: { in: ACTIVE_STATUSES }, assigneeId: { not: null }, slaDueAt: { lt: now, gt: new Date(now.getTime() - 7 * 86_400_000) } },
    select: { id: true, number: true, workspaceId: true, assigneeId: true, slaDueAt: true },
    take: 500,
  });
  let n = 0;
  for (const c of late) {
    n += await prisma.$transaction((tx) =>
      notify(tx, c.workspaceId, [{
        userId: c.assigneeId!, kind: "SLA_BREACH", caseId: c.id, data: { number: c.number },
        dedupeKey: `sla:${c.id}:${c.slaDueAt!.toISOString()}`,
      }]),
    );
  }
  return n;
}
