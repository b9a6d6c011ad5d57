// Recomputes the stored SLA due dates of some cases from their timeline (messages + status events) under the
// workspace policy. Idempotent; called after ingestion, by the minute job for recently changed cases, and
// when a lead saves a new policy. A workspace without a policy keeps its flat targets.
import type { PrismaClient } from "../generated/prisma/client";
import { ACTIVE_STATUSES } from "../cases/case-status";
import { computeClocks, waitingPeriods } from "./compute-clocks";
import { getSlaPolicy } from "./get-sla-policy";
import { utc } from "../db/utc";

export async function refreshSlaClocks(prisma: PrismaClient, workspaceId: string, caseIds: string[], now = new Date()) {
  if (caseIds.length === 0) return 0;
  const policy = await getSlaPolicy(prisma, workspaceId);
  if (!policy) return 0;
  const cases = await prisma.case.findMany({
    where: { id: { in: caseIds }, workspaceId, status: { in: ACTIVE_STATUSES } },
    select: { id: true, priority: true, openedAt: true, firstRespondedAt: true, lastInboundAt: true,
      firstResponseDueAt: true, nextResponseDueAt: true, resolutionDueAt: true },
  });
  if (cases.length === 0) return 0;
  // Three reads and one write for the whole list, whatever its length (ingestion calls this per batch).
  const ids = cases.map((c) => c.id);
  const [changes, inbound, answers] = await Promise.all([
    prisma.auditEvent.findMany({
      where: { caseId: { in: ids }, action: { in: ["CASE_STATUS_CHANGED", "CASE_REOPENED"] } },
      orderBy: { id: "asc" }, select: { caseId: true, createdAt: true, data: true },
    }),
    prisma.message.findMany({
      where: { caseId: { in: ids }, direction: "INBOUND" }, orderBy: { platformCreatedAt: "asc" },
      select: { caseId: true, platformCreatedAt: true },
    }),
    prisma.message.groupBy({
      by: ["caseId"], where: { caseId: { in: ids }, direction: "OUTBOUND", visibility: { in: ["PUBLIC", "PRIVATE"] } },
      _max: { platformCreatedAt: true },
    }),
  ]);
  const group = <T extends { caseId: string | null }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) m.set(r.caseId!, [...(m.get(r.caseId!) ?? []), r]);
    return m;
  };
  const changesOf = group(changes);
  const inboundOf = group(inbound);
  const answerOf = new Map(answers.map((a) => [a.caseId, a._max.platformCreatedAt]));
  const same = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);
  const updates: { id: string; first: Date | null; next: Date | null; resolution: Date | null }[] = [];
  for (const c of cases) {
    const clocks = computeClocks(policy, {
      priority: c.priority,
      openedAt: c.openedAt,
      firstRespondedAt: c.firstRespondedAt,
      lastInboundAt: c.lastInboundAt,
      lastAnsweredAt: answerOf.get(c.id) ?? null,
      waiting: waitingPeriods(
        (changesOf.get(c.id) ?? []).map((e) => ({ at: e.createdAt, to: String((e.data as { to?: string }).to ?? "") })),
        (inboundOf.get(c.id) ?? []).map((m) => m.platformCreatedAt),
      ),
    }, now);
    if (same(c.firstResponseDueAt, clocks.firstResponseDueAt) && same(c.nextResponseDueAt, clocks.nextResponseDueAt)
      && same(c.resolutionDueAt, clocks.resolutionDueAt)) continue;
    updates.push({ id: c.id, first: clocks.firstResponseDueAt, next: clocks.nextResponseDueAt, resolution: clocks.resolutionDueAt });
  }
  if (updates.length > 0) {
    await prisma.$executeRaw`
      UPDATE cases c SET "firstResponseDueAt" = u.first, "nextResponseDueAt" = u.next, "resolutionDueAt" = u.resolution,
             "updatedAt" = ${utc(new Date())}::timestamp(3)
        FROM unnest(${updates.map((u) => u.id)}::text[], ${updates.map((u) => utc(u.first))}::timestamp(3)[],
                    ${updates.map((u) => utc(u.next))}::timestamp(3)[], ${updates.map((u) => utc(u.resolution))}::timestamp(3)[])
          AS u(id, first, next, resolution)
       WHERE c.id = u.id`;
  }
  return updates.length;
}
