// Resolving a case opens a pending confirmation (R6): one private question to the customer (the workspace's
// text, in the case's language), stored as a QUEUED reply so the durable outbound path delivers it (the outbox
// sweep picks it up), and a deadline after which no answer closes the case as "no answer".
import type { Prisma } from "../generated/prisma/client";
import { recordAudit, type Actor } from "../audit/record-audit";

export async function openConfirmation(
  tx: Prisma.TransactionClient,
  c: { id: string; workspaceId: string; language: string | null },
  actor: Actor,
  now = new Date(),
): Promise<void> {
  const ws = await tx.workspace.findUniqueOrThrow({ where: { id: c.workspaceId } });
  const question = c.language === "en" ? ws.satisfactionQuestionEn : ws.satisfactionQuestionFr;
  const target = await tx.message.findFirst({ where: { caseId: c.id, direction: "INBOUND" }, orderBy: { platformCreatedAt: "desc" } });
  let messageId: string | null = null;
  if (target) {
    const m = await tx.message.create({
      data: {
        workspaceId: c.workspaceId, caseId: c.id, channelId: target.channelId, threadId: target.threadId,
        parentId: target.id, parentExternalId: target.externalId, direction: "OUTBOUND", visibility: "PRIVATE", kind: "DM",
        authorUserId: actor.userId ?? null, body: question, platformCreatedAt: now, deliveryStatus: "QUEUED", nextAttemptAt: now,
      },
    });
    messageId = m.id;
  }
  await tx.case.update({
    where: { id: c.id },
    data: { confirmation: "PENDING", confirmationDueAt: new Date(now.getTime() + ws.confirmationTimeoutHours * 3_600_000), confirmedAt: null },
  });
  await recordAudit(tx, {
    workspaceId: c.workspaceId, action: "SATISFACTION_CHECK_SENT", actor, caseId: c.id,
    entityType: messageId ? "message" : "case", entityId: messageId ?? c.id, data: { text: question, hours: ws.confirmationTimeoutHours },
  });
}
