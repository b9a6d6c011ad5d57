// Queues the delivery of an alert to the workspace's outbound webhook, inside the transaction that raised the
// alert (so an alert and its notification commit together). The payload is JSON with a Slack-compatible `text`.
import type { Prisma } from "../generated/prisma/client";

export interface AlertForWebhook {
  id: string;
  workspaceId: string;
  kind: string;
  title: string;
  caseIds: string[];
  firstAt: Date;
}

const EMOJI: Record<string, string> = {
  VOLUME_SPIKE: "📈", NEGATIVE_SURGE: "😠", ME_TOO: "🙋", HIGH_REACH: "📣", PROFESSIONAL: "📰", LEGAL_PRESS: "⚖️", SLA_BREACH: "⏰",
};

export async function queueAlertWebhook(tx: Prisma.TransactionClient, alert: AlertForWebhook): Promise<boolean> {
  const hook = await tx.alertWebhook.findUnique({ where: { workspaceId: alert.workspaceId }, select: { id: true, active: true } });
  if (!hook?.active) return false;
  const base = process.env.NEXTAUTH_URL ?? "";
  const payload = {
    text: `${EMOJI[alert.kind] ?? "🚨"} ${alert.title} (${alert.caseIds.length} case${alert.caseIds.length === 1 ? "" : "s"})${base ? ` ${base}/reports` : ""}`,
    event: alert.kind === "SLA_BREACH" ? "sla.breached" : "alert.raised",
    alert: { id: alert.id, kind: alert.kind, title: alert.title, caseIds: alert.caseIds, firstAt: alert.firstAt.toISOString() },
  };
  await tx.alertDelivery.create({
    data: { workspaceId: alert.workspaceId, webhookId: hook.id, event: payload.event, payload, status: "PENDING", nextAttemptAt: alert.firstAt },
  });
  return true;
}
