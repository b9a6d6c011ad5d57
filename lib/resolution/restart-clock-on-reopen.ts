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
    const ws = await prisma.workspace.findUniqueOrThrow({ where: { id: batch.workspaceId }, select: { firstResponseSlaMinutes: true } });
    for (const m of msgs) {
      if (!m.externalId) continue;
      const reopened = await prisma.auditEvent.count({
        where: { caseId: m.caseId, action: "CASE_REOPENED", data: { path: ["externalId"], equals: m.externalId } },
      });
      if (!reopened) continue;
      // Idempotent: the same message sets the same deadline.
      await prisma.case.update({
        where: { id: m.caseId },
        data: { firstResponseDueAt: new Date(m.platformCreatedAt.getTime() + ws.firstResponseSlaMinutes * 60_000), firstRespondedAt: null },
      });
    }
  },
};
