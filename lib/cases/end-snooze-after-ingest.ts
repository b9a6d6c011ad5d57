// After-ingest handler: a customer's new message ends the snooze of its case at once (issue #26 item 4), as it
// reopens a resolved one: whatever we were waiting for, the ball is back in our court. The notice tells whoever
// snoozed it why it is back. Idempotent (./end-snooze.ts); the wake sweep is the backstop if this never runs.
import type { AfterIngestHandler } from "../ingest/after-ingest";
import { PLATFORM } from "../audit/record-audit";
import { endSnooze } from "./end-snooze";

export const endSnoozeAfterIngest: AfterIngestHandler = {
  name: "end-snooze-on-customer-message",
  async run(prisma, batch) {
    const caseIds = [...new Set(batch.messages.filter((m) => m.direction === "INBOUND").map((m) => m.caseId))];
    if (caseIds.length === 0) return;
    // One read for the batch: most cases are not snoozed.
    const snoozed = await prisma.case.findMany({ where: { id: { in: caseIds }, snoozedUntil: { not: null } }, select: { id: true } });
    const now = new Date();
    for (const c of snoozed) await prisma.$transaction((tx) => endSnooze(tx, c.id, "customer_wrote", PLATFORM, now));
  },
};
