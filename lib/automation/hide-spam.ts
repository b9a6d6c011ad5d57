// The platform half of a rule's hide_spam (./plan-actions.ts decided it is not a complaint): asks the platform
// and records the hide beside the original text, like a person's hide (lib/moderation/hide-message.ts), the
// rule named. A platform refusal is recorded on the case as a refused action; nothing else changes.
import type { PrismaClient } from "../generated/prisma/client";
import { SYSTEM, recordAudit } from "../audit/record-audit";
import { hideAndRecord } from "../moderation/hide-message";
import type { RuleRef } from "./apply-plan";

export async function hideSpamForRule(prisma: PrismaClient, messageId: string, rule: RuleRef): Promise<void> {
  const m = await prisma.message.findUniqueOrThrow({
    where: { id: messageId },
    include: { channel: true, case: { select: { contactId: true, number: true } } },
  });
  try {
    await hideAndRecord(prisma, m, { hidden: true, reason: "spam", note: `rule “${rule.name}” v${rule.version}` }, SYSTEM, null, { rule: { ...rule } });
  } catch (err) {
    await prisma.$transaction((tx) => recordAudit(tx, {
      workspaceId: m.workspaceId, action: "RULE_ACTION_REFUSED", actor: SYSTEM, caseId: m.caseId, entityType: "message", entityId: m.id,
      data: { action: "hide_spam", code: "platform_refused", problem: null, reason: `The platform refused the hide: ${String((err as Error).message ?? err)}`, rule: { ...rule } },
    }));
  }
}
