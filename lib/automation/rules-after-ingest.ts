// Rules on ingestion (issue #22): after each committed batch, CASE_CREATED rules for the cases the batch opened
// and MESSAGE_RECEIVED rules for every case a customer wrote on, the text read being this batch's messages.
// After scoring (sentiment and priority are read) and before the SLA clocks (a rule may raise the priority).
// Acknowledgements are left to the outbox sweep (an after-ingest handler has no job queue port): within a minute.
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { AfterIngestHandler, IngestedBatch } from "../ingest/after-ingest";
import { leaveToSweep } from "../jobs/after-commit";
import { runRules } from "./run-rules";
import { activeRules } from "./load-rules";

export const rulesAfterIngest: AfterIngestHandler = {
  name: "automation-rules",
  async run(prisma: PrismaClient, batch: IngestedBatch) {
    const inbound = batch.messages.filter((m) => m.direction === "INBOUND");
    if (inbound.length === 0) return;
    const rules = await activeRules(prisma, batch.workspaceId, ["CASE_CREATED", "MESSAGE_RECEIVED"]);
    if (rules.length === 0) return;
    const byCase = new Map<string, string[]>();
    for (const m of inbound) byCase.set(m.caseId, [...(byCase.get(m.caseId) ?? []), m.messageId]);
    const caseIds = [...byCase.keys()];
    const created = rules.some((r) => r.definition.trigger === "CASE_CREATED") ? await casesOpenedBy(prisma, caseIds, batch.messages.map((m) => m.messageId)) : [];
    // One pass for both triggers: one transaction, each case written once. Each rule gets its event's key.
    const opened = new Set(created);
    await runRules(prisma, batch.workspaceId, ["CASE_CREATED", "MESSAGE_RECEIVED"], caseIds.map((caseId) => ({
      caseId,
      messageIds: byCase.get(caseId)!,
      eventKey: (rule) => rule.definition.trigger === "CASE_CREATED" ? (opened.has(caseId) ? "created" : null) : `msg:${byCase.get(caseId)!.at(-1)}`,
    })), { enqueueDelivery: leaveToSweep, rules });
  },
};

/** The cases whose every message is in this batch: the batch opened them. */
async function casesOpenedBy(prisma: PrismaClient, caseIds: string[], batchMessageIds: string[]): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT c.id FROM cases c
     WHERE c.id IN (${Prisma.join(caseIds)})
       AND NOT EXISTS (SELECT 1 FROM messages m WHERE m."caseId" = c.id AND m.id NOT IN (${Prisma.join(batchMessageIds)}))`;
  return rows.map((r) => r.id);
}
