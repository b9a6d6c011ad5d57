// After-ingest handler: when a customer's message reopens a resolved or closed case, the response clock starts
// again from that message (seed 001: "à ce jour, le problème n'est pas résolu" six days later must be answered
// as fast as a new complaint). With an SLA policy, lib/sla's next-response clock already does this (its handler
// runs first); this covers the flat targets of a workspace without a policy.
// Known limit: the next answer then re-measures firstResponseSeconds from openedAt (lib/cases/first-response.ts).
import type { AfterIngestHandler } from "../ingest/after-ingest";
import { getSlaPolicy } from "../sla/get-sla-policy";

export const restartClockOnReopen: AfterIngestHandler = {
  name: "restart-clock-on-reopen",
  async run(prisma, batch) {
    const inbound = batch.messages.filter((m) => m.direction === "INBOUND");
    if (inbound.length === 0 || (await getSlaPolicy(prisma, batch.workspaceId))) return;
    const msgs = await prisma.message.findMany({
      where: { id: { in: inbound.map((m) => m.messageId) } },
      select: { externalId: true, caseId: true, platformCreatedAt: true },
    });
    // One read for the whole batch (a query per message was most of a 300-message batch's time): the reopen
    // audit events of these cases, matched to their messages here.
    const reopens = await prisma.auditEvent.findMany({
      where: { caseId: { in: [...new Set(msgs.map((m) => m.caseId))] }, action: "CASE_REOPENED" },
      select: { caseId: true, data: true },
    });
    const reopenedBy = new Set(reopens.map((e) => `${e.caseId} ${String((e.data as { externalId?: unknown } | null)?.externalId)}`));
    const toRestart = msgs.filter((m) => m.externalId && reopenedBy.has(`${m.caseId} ${m.externalId}`));
    if (toRestart.length === 0) return;
    const ws = await prisma.workspace.findUniqueOrThrow({ where: { id: batch.workspaceId }, select: { firstResponseSlaMinutes: true } });
    for (const m of toRestart) {
      // Idempotent: the same message sets the same deadline.
      await prisma.case.update({
        where: { id: m.caseId },
        data: { firstResponseDueAt: new Date(m.platformCreatedAt.getTime() + ws.firstResponseSlaMinutes * 60_000), firstRespondedAt: null },
      });
    }
  },
};
