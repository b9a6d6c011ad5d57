// A lead (or admin) adds a rule, last in the order, as version 1. Disabled unless asked: the builder previews
// first. References are checked (a 400 naming the field); the rule and its first version commit together with
// the audit event.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { actorOf, recordAudit } from "../audit/record-audit";
import { checkRuleReferences } from "./check-rule-references";
import type { RuleInput } from "./rule-schema";
import { ruleView } from "./rule-view";

export async function createRule(prisma: PrismaClient, member: Member, input: RuleInput) {
  assertCan(member.role, "automation.manage");
  await checkRuleReferences(prisma, member.workspaceId, input.definition);
  return prisma.$transaction(async (tx) => {
    // Serialises positions: two leads adding a rule at once get two places, not one.
    await tx.$queryRaw`SELECT id FROM workspaces WHERE id = ${member.workspaceId} FOR UPDATE`;
    const last = await tx.automationRule.aggregate({ where: { workspaceId: member.workspaceId, archivedAt: null }, _max: { position: true } });
    const rule = await tx.automationRule.create({
      data: {
        workspaceId: member.workspaceId, name: input.name, trigger: input.definition.trigger, definition: input.definition,
        enabled: input.enabled, position: (last._max.position ?? -1) + 1, createdById: member.userId,
      },
    });
    await tx.automationRuleVersion.create({
      data: { ruleId: rule.id, version: 1, name: rule.name, trigger: rule.trigger, definition: input.definition, createdById: member.userId },
    });
    await recordAudit(tx, {
      workspaceId: member.workspaceId, action: "RULE_CREATED", actor: actorOf(member), entityType: "automation_rule", entityId: rule.id,
      data: { name: rule.name, version: 1, enabled: rule.enabled },
    });
    return ruleView(rule);
  });
}
