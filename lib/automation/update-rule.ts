// Changes a rule: its name or definition (a new version, the old one kept), enabled (turning it on again also
// lifts a pause, once the lead has mended what paused it), its place in the order, or archives it (never
// deleted: the timeline's "by rule X v3" keeps pointing at it). One audit event says what changed.
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { actorOf, recordAudit } from "../audit/record-audit";
import { conflict, notFound } from "../errors/domain-errors";
import { checkRuleReferences } from "./check-rule-references";
import { ruleDefinition, type RulePatch } from "./rule-schema";
import { ruleView } from "./rule-view";

export async function updateRule(prisma: PrismaClient, member: Member, ruleId: string, patch: RulePatch) {
  assertCan(member.role, "automation.manage");
  const found = await prisma.automationRule.findFirst({ where: { id: ruleId, workspaceId: member.workspaceId } });
  if (!found) throw notFound("Rule");
  if (found.archivedAt) throw conflict("rule_archived", "This rule is archived: create a new one instead.");
  // Re-enabling checks the stored definition too: a rule paused for a removed team is not turned on unmended.
  const def = patch.definition ?? (patch.enabled ? ruleDefinition.parse(found.definition) : undefined);
  if (def) await checkRuleReferences(prisma, member.workspaceId, def);
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM workspaces WHERE id = ${member.workspaceId} FOR UPDATE`;
    const r = await tx.automationRule.findUniqueOrThrow({ where: { id: ruleId } });
    const newVersion = (patch.definition !== undefined && JSON.stringify(patch.definition) !== JSON.stringify(r.definition)) || (patch.name !== undefined && patch.name !== r.name);
    const data: Prisma.AutomationRuleUpdateInput = {};
    if (patch.name !== undefined) data.name = patch.name;
    if (patch.definition !== undefined) Object.assign(data, { definition: patch.definition, trigger: patch.definition.trigger });
    if (newVersion) data.version = r.version + 1;
    if (patch.enabled !== undefined) Object.assign(data, { enabled: patch.enabled }, patch.enabled ? { pausedAt: null, pausedReason: null } : {});
    if (patch.archived) Object.assign(data, { archivedAt: new Date(), enabled: false });
    const updated = await tx.automationRule.update({ where: { id: ruleId }, data });
    if (newVersion) {
      await tx.automationRuleVersion.create({
        data: { ruleId, version: updated.version, name: updated.name, trigger: updated.trigger, definition: updated.definition as Prisma.InputJsonValue, createdById: member.userId },
      });
    }
    if (patch.position !== undefined || patch.archived) await reorder(tx, member.workspaceId, ruleId, patch.archived ? null : patch.position!);
    await recordAudit(tx, {
      workspaceId: member.workspaceId, action: "RULE_UPDATED", actor: actorOf(member), entityType: "automation_rule", entityId: ruleId,
      data: {
        changed: Object.keys(patch).filter((k) => patch[k as keyof RulePatch] !== undefined), version: updated.version,
        enabled: updated.enabled, archived: updated.archivedAt !== null, wasPaused: r.pausedReason,
      },
    });
    return ruleView(await tx.automationRule.findUniqueOrThrow({ where: { id: ruleId } }));
  });
}

/** Puts the rule at `position` among the unarchived rules (null: takes it out of the order) and renumbers 0…n-1. */
async function reorder(tx: Prisma.TransactionClient, workspaceId: string, ruleId: string, position: number | null) {
  const rules = await tx.automationRule.findMany({ where: { workspaceId, archivedAt: null, id: { not: ruleId } }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true } });
  const ids = rules.map((r) => r.id);
  if (position !== null) ids.splice(Math.min(position, ids.length), 0, ruleId);
  for (const [i, id] of ids.entries()) await tx.automationRule.update({ where: { id }, data: { position: i } });
}
