// After-ingest handler: a customer's message on a case awaiting confirmation is read as their answer (R6).
// Satisfied → the case closes with its CSAT; dissatisfied → it stays reopened (ingestion reopened it) and the
// owner is told; unclear → it stays reopened for a person to read, the confirmation still pending.
// Idempotent: only a case whose confirmation is still PENDING is touched, in a conditional update.
import type { PrismaClient } from "../generated/prisma/client";
import { PLATFORM, recordAudit } from "../audit/record-audit";
import type { AfterIngestHandler } from "../ingest/after-ingest";
import { notify } from "../notifications/notify";
import { caseOwnerIds } from "../notifications/recipients";
import { classifyAnswer } from "./classify-answer";

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
    const base = { workspaceId: c.workspaceId, actor: PLATFORM, caseId: c.id } as const;
    await recordAudit(tx, { ...base, action: satisfied ? "CUSTOMER_CONFIRMED" : "CUSTOMER_DISPUTED", entityType: "message", entityId: msg.id, data: { csat: answer.csat } });
    const now = await tx.case.findUniqueOrThrow({ where: { id: c.id }, select: { status: true } });
    if (satisfied && c.status !== "CLOSED") {
      await recordAudit(tx, { ...base, action: "CASE_STATUS_CHANGED", entityType: "case", entityId: c.id, data: { from: c.status, to: now.status, reason: "customer_confirmed" } });
    }
    await notify(tx, c.workspaceId, (await caseOwnerIds(tx, c.id)).map((userId) => ({
      userId, kind: satisfied ? "CUSTOMER_CONFIRMED" as const : "CUSTOMER_DISPUTED" as const, caseId: c.id,
      data: { number: c.number, csat: answer.csat }, dedupeKey: `answer:${msg.id}`,
    })));
  });
}
