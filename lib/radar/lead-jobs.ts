// The team lead's minute job: SLA clocks of recently changed cases (status, priority, replies sent from the app),
// SLA breach alerts for clocks that just ran out, and incident suggestions (a late "me too" may join a group
// formed earlier), and the outbound alert webhook's deliveries and retries. Ingestion already does this for new messages; this catches everything else within a minute.
import type PgBoss from "pg-boss";
import type { PrismaClient } from "../generated/prisma/client";
import { deliverPendingWebhooks } from "../alert-webhooks/deliver-webhooks";
import { suggestIncidents } from "../incidents/suggest-incidents";
import { log } from "../log";
import { refreshRecentClocks } from "../sla/refresh-recent-clocks";
import { raiseAlert } from "./raise-alert";

export const LEAD_QUEUE = "lead-minute";
const BREACH_LOOKBACK_MS = 2 * 60_000;

export async function runLeadMinute(prisma: PrismaClient, now = new Date()) {
  await refreshRecentClocks(prisma, now);
  const breached = await prisma.case.findMany({
    where: { slaDueAt: { lte: now, gt: new Date(now.getTime() - BREACH_LOOKBACK_MS) }, priority: { in: ["HIGH", "URGENT"] } },
    select: { id: true, number: true, workspaceId: true, priority: true, slaDueAt: true }, take: 500,
  });
  for (const c of breached) {
    await prisma.$transaction((tx) => raiseAlert(tx, {
      workspaceId: c.workspaceId, kind: "SLA_BREACH", scopeKey: c.id, title: `Case #${c.number} (${c.priority}) is past its SLA`,
      caseIds: [c.id], data: { number: c.number, dueAt: c.slaDueAt!.toISOString() }, at: now,
    }));
  }
  const workspaces = await prisma.workspace.findMany({ select: { id: true } });
  for (const w of workspaces) await suggestIncidents(prisma, w.id, now);
  await deliverPendingWebhooks(prisma, now);
}

export async function registerLeadJobs(boss: PgBoss, prisma: PrismaClient) {
  if (!(await boss.getQueue(LEAD_QUEUE))) await boss.createQueue(LEAD_QUEUE, { name: LEAD_QUEUE, policy: "singleton" } as never);
  await boss.work(LEAD_QUEUE, { pollingIntervalSeconds: 5, batchSize: 1 }, async () => {
    await runLeadMinute(prisma).catch((err) => log.error("lead.minute_failed", { error: String(err) }));
  });
  await boss.schedule(LEAD_QUEUE, "* * * * *");
}
