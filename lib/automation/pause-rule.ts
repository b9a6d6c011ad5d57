// A rule that cannot run (a removed team, a deactivated agent, an archived canned reply) is paused with its
// reason rather than half-applied or retried on every batch; the leads are told, and it is on the audit log.
// Resuming is a lead's PATCH { enabled: true } once the rule is mended (./update-rule.ts clears the pause).
import type { PrismaClient } from "../generated/prisma/client";
import { SYSTEM, recordAudit } from "../audit/record-audit";
import { log } from "../log";
import { notify } from "../notifications/notify";
import { leadIds } from "../notifications/recipients";

export async function pauseRule(prisma: PrismaClient, rule: { id: string; name: string; version: number }, workspaceId: string, reason: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const paused = await tx.automationRule.updateMany({ where: { id: rule.id, pausedAt: null }, data: { pausedAt: new Date(), pausedReason: reason } });
    if (paused.count === 0) return; // paused already (a concurrent batch)
    await recordAudit(tx, {
      workspaceId, action: "RULE_PAUSED", actor: SYSTEM, entityType: "automation_rule", entityId: rule.id,
      data: { reason, rule: { id: rule.id, name: rule.name, version: rule.version } },
    });
    const leads = await leadIds(tx, workspaceId);
    await notify(tx, workspaceId, leads.map((userId) => ({
      userId, kind: "RULE_PAUSED" as const, data: { rule: rule.name, reason }, dedupeKey: `rule-paused:${rule.id}:${rule.version}`,
    })));
  });
  log.warn("automation.rule_paused", { ruleId: rule.id, reason });
}
