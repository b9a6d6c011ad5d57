// Rules on ingestion (issue #22): after each committed batch, CASE_CREATED rules for the cases the batch opened
// and MESSAGE_RECEIVED rules for every case a customer wrote on, the text read being this batch's messages.
// After scoring (sentiment and priority are read) and before the SLA clocks (a rule may raise the priority).
// Acknowledgements are left to the outbox sweep (an after-ingest handler has no job queue port): within a minute.
import type { PrismaClient } from "../generated/prisma/client";
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
    // One pass for both triggers: one transaction, each case written once. A CASE_CREATED rule applies to the cases
    // this batch opened (all their messages are the batch's: `opened`, read with the facts).
    await runRules(prisma, batch.workspaceId, ["CASE_CREATED", "MESSAGE_RECEIVED"], [...byCase].map(([caseId, ids]) => ({
      caseId,
      messageIds: ids,
      eventKey: (rule, f) => rule.definition.trigger === "CASE_CREATED" ? (f.opened ? "created" : null) : `msg:${ids.at(-1)}`,
    })), { enqueueDelivery: leaveToSweep, rules, openedBy: batch.messages.map((m) => m.messageId) });
  },
};
