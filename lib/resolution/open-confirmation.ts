// Resolving a case opens a pending confirmation (R6): one question to the customer, privately when possible (the workspace's
// text, in the case's language), stored as a QUEUED reply so the durable outbound path delivers it (handed to the
// delivery job after commit, the outbox sweep being the safety net), and a deadline after which no answer closes
// the case as "no answer".
import type { Prisma } from "../generated/prisma/client";
import { recordAudit, type Actor } from "../audit/record-audit";
import type { AfterCommit, EnqueueDelivery } from "../jobs/after-commit";

export async function openConfirmation(
  tx: Prisma.TransactionClient,
  c: { id: string; workspaceId: string; language: string | null },
  actor: Actor,
  jobs: { afterCommit: AfterCommit; enqueueDelivery: EnqueueDelivery },
  now = new Date(),
): Promise<void> {
  const ws = await tx.workspace.findUniqueOrThrow({ where: { id: c.workspaceId } });
  const question = c.language === "en" ? ws.satisfactionQuestionEn : ws.satisfactionQuestionFr;
  // Private when the platform allows it; else a public reply under their latest comment (the question holds no
  // personal data), so the customer is always asked.
  const priv = await privateTarget(tx, c.id);
  const target = priv ?? (await tx.message.findFirst({ where: { caseId: c.id, direction: "INBOUND", visibility: "PUBLIC" }, orderBy: { platformCreatedAt: "desc" } }));
  const isPrivate = Boolean(priv);
  const platform = target ? (await tx.channel.findUniqueOrThrow({ where: { id: target.channelId }, select: { platform: true } })).platform : null;
  let messageId: string | null = null;
  if (target) {
    const m = await tx.message.create({
      data: {
        workspaceId: c.workspaceId, caseId: c.id, channelId: target.channelId, threadId: target.threadId,
        parentId: target.id, parentExternalId: target.externalId, direction: "OUTBOUND",
        visibility: isPrivate ? "PRIVATE" : "PUBLIC", kind: isPrivate ? "DM" : platform === "X" ? "MENTION" : "COMMENT",
        authorUserId: actor.userId ?? null, body: question, platformCreatedAt: now, deliveryStatus: "QUEUED", nextAttemptAt: now,
      },
    });
    messageId = m.id;
    jobs.afterCommit("deliver satisfaction check", () => jobs.enqueueDelivery(m.id));
  }
  await tx.case.update({
    where: { id: c.id },
    data: { confirmation: "PENDING", confirmationDueAt: new Date(now.getTime() + ws.confirmationTimeoutHours * 3_600_000), confirmedAt: null },
  });
  await recordAudit(tx, {
    workspaceId: c.workspaceId, action: "SATISFACTION_CHECK_SENT", actor, caseId: c.id,
    entityType: messageId ? "message" : "case", entityId: messageId ?? c.id, data: { text: question, hours: ws.confirmationTimeoutHours, visibility: !target ? "none" : isPrivate ? "private" : "public" },
  });
}

/** Where a private message can go: the customer's latest DM, else their latest comment not yet answered
 *  privately (Facebook allows one private reply per comment), else nowhere (the check then only times out). */
async function privateTarget(tx: Prisma.TransactionClient, caseId: string) {
  const latest = { orderBy: { platformCreatedAt: "desc" as const } };
  const dm = await tx.message.findFirst({ where: { caseId, direction: "INBOUND", kind: "DM" }, ...latest });
  if (dm) return dm;
  return tx.message.findFirst({
    where: { caseId, direction: "INBOUND", replies: { none: { visibility: "PRIVATE", direction: "OUTBOUND" } } },
    ...latest,
  });
}
