// After-ingest handler: a customer's message on a case awaiting confirmation is read as their answer (R6).
// A satisfied answer to a resolved or closed case never gets here: ingestion closed the case as CONFIRMED in
// the message's own transaction, without reopening it (confirm-on-answer.ts). What is left to read here:
// dissatisfied → the case stays reopened (ingestion reopened it), DISPUTED, and the owner is told; unclear →
// it stays reopened for a person to read, the confirmation still pending; a satisfied answer to a case still
// open with its check pending (a later "oui merci" after an unclear answer) → the case closes with its CSAT.
// Idempotent: only a case whose confirmation is still PENDING is touched, in a conditional update.
import type { PrismaClient } from "../generated/prisma/client";
import { PLATFORM, recordAudit } from "../audit/record-audit";
import type { AfterIngestHandler } from "../ingest/after-ingest";
import { notify } from "../notifications/notify";
import { caseOwnerIds } from "../notifications/recipients";
import { classifyAnswer } from "./classify-answer";
import { answerNotifications, confirmationAudits } from "./confirm-on-answer";

export const readSatisfactionAnswer: AfterIngestHandler = {
  name: "read-satisfaction-answer",
  async run(prisma, batch) {
    // One query finds the few messages that answer a pending check; only those are read one by one.
    const inbound = batch.messages.filter((m) => m.direction === "INBOUND").map((m) => m.messageId);
    if (inbound.length === 0) return;
    const answering = await prisma.message.findMany({
      where: { id: { in: inbound }, case: { confirmation: "PENDING" } }, orderBy: { platformCreatedAt: "asc" }, select: { id: true },
    });
    for (const m of answering) await readOne(prisma, m.id);
  },
};

async function readOne(prisma: PrismaClient, messageId: string) {
  const msg = await prisma.message.findUnique({
    where: { id: messageId },
    select: { id: true, body: true, platformCreatedAt: true, case: { select: { id: true, number: true, workspaceId: true, status: true, confirmation: true } } },
  });
  const c = msg?.case;
  if (!msg || !c || c.confirmation !== "PENDING") return;
  const answer = classifyAnswer(msg.body);
  if (answer.verdict === "unclear") return;
  const satisfied = answer.verdict === "satisfied";
  await prisma.$transaction(async (tx) => {
    const won = await tx.case.updateMany({
      where: { id: c.id, confirmation: "PENDING" },
      data: satisfied
        ? { confirmation: "CONFIRMED", confirmedAt: msg.platformCreatedAt, csat: answer.csat, status: "CLOSED", closedAt: new Date() }
        : { confirmation: "DISPUTED", confirmedAt: msg.platformCreatedAt, csat: answer.csat },
    });
    if (won.count === 0) return;
    const audits = satisfied
      ? confirmationAudits({ workspaceId: c.workspaceId, caseId: c.id, messageId: msg.id, csat: answer.csat, from: c.status })
      : [{ workspaceId: c.workspaceId, actor: PLATFORM, caseId: c.id, action: "CUSTOMER_DISPUTED" as const, entityType: "message" as const, entityId: msg.id, data: { csat: answer.csat } }];
    for (const a of audits) await recordAudit(tx, a);
    await notify(tx, c.workspaceId, answerNotifications(await caseOwnerIds(tx, c.id), {
      kind: satisfied ? "CUSTOMER_CONFIRMED" : "CUSTOMER_DISPUTED", caseId: c.id, number: c.number, messageId: msg.id, csat: answer.csat,
    }));
  });
}
