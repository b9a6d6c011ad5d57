// The minute job's SLA part: cases changed in the last few minutes (status, priority, a reply sent from the
// app) recompute their clocks, so use cases owned elsewhere need no SLA call of their own.
import type { PrismaClient } from "../generated/prisma/client";
import { ACTIVE_STATUSES } from "../cases/case-status";
import { refreshSlaClocks } from "./refresh-sla-clocks";

const LOOKBACK_MS = 3 * 60_000;

export async function refreshRecentClocks(prisma: PrismaClient, now = new Date()): Promise<number> {
  const policies = await prisma.slaPolicy.findMany({ select: { workspaceId: true } });
  let changed = 0;
  for (const { workspaceId } of policies) {
    const recent = await prisma.case.findMany({
      where: { workspaceId, status: { in: ACTIVE_STATUSES }, updatedAt: { gte: new Date(now.getTime() - LOOKBACK_MS) } },
      select: { id: true }, take: 5000,
    });
    changed += await refreshSlaClocks(prisma, workspaceId, recent.map((c) => c.id), now);
  }
  return changed;
}
