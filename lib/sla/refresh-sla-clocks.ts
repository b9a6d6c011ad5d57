// Recomputes the stored SLA due dates of some cases from their timeline (messages + status events) under the
// workspace policy. Idempotent; called after ingestion, by the minute job for recently changed cases, and
// when a lead saves a new policy. A workspace without a policy keeps its flat targets.
import type { PrismaClient } from "../generated/prisma/client";
import { ACTIVE_STATUSES } from "../cases/case-status";
import { computeClocks, waitingPeriods } from "./compute-clocks";
import { getSlaPolicy } from "./get-sla-policy";

export async function refreshSlaClocks(prisma: PrismaClient, workspaceId: string, caseIds: string[], now = new Date()) {
  if (caseIds.length === 0) return 0;
  const policy = await getSlaPolicy(prisma, workspaceId);
  if (!policy) return 0;
  const cases = await prisma.case.findMany({
    where: { id: { in: caseIds }, workspaceId, status: { in: ACTIVE_STATUSES } },
    select: { id: true, priority: true, openedAt: true, firstRespondedAt: true, lastInboundAt: true,
      firstResponseDueAt: true, nextResponseDueAt: true, resolutionDueAt: true },
  });
  let changed = 0;
  for (const c of cases) {
    const [changes, inbound, answer] = await Promise.all([
      prisma.auditEvent.findMany({
        where: { caseId: c.id, action: { in: ["CASE_STATUS_CHANGED", "CASE_REOPENED"] } },
        orderBy: { id: "asc" }, select: { createdAt: true, data: true },
      }),
      prisma.message.findMany({
        where: { caseId: c.id, direction: "INBOUND" }, orderBy: { platformCreatedAt: "asc" },
        select: { platformCreatedAt: true },
      }),
      prisma.message.findFirst({
        where: { caseId: c.id, direction: "OUTBOUND", visibility: { in: ["PUBLIC", "PRIVATE"] } },
        orderBy: { platformCreatedAt: "desc" }, select: { platformCreatedAt: true },
      }),
    ]);
    const clocks = computeClocks(policy, {
      priority: c.priority,
      openedAt: c.openedAt,
      firstRespondedAt: c.firstRespondedAt,
      lastInboundAt: c.lastInboundAt,
      lastAnsweredAt: answer?.platformCreatedAt ?? null,
      waiting: waitingPeriods(
        changes.map((e) => ({ at: e.createdAt, to: String((e.data as { to?: string }).to ?? "") })),
        inbound.map((m) => m.platformCreatedAt),
      ),
    }, now);
    const same = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);
    if (same(c.firstResponseDueAt, clocks.firstResponseDueAt) && same(c.nextResponseDueAt, clocks.nextResponseDueAt)
      && same(c.resolutionDueAt, clocks.resolutionDueAt)) continue;
    await prisma.case.update({
      where: { id: c.id },
      data: {
        firstResponseDueAt: clocks.firstResponseDueAt,
        nextResponseDueAt: clocks.nextResponseDueAt,
        resolutionDueAt: clocks.resolutionDueAt,
      },
    });
    changed++;
  }
  return changed;
}
