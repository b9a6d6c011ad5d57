// A team lead tunes the guards of the workspace: phrases to flag or allow, the order-number pattern, the
// workspace's own public contact details (never personal data). Audited.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { recordAudit, actorOf } from "../audit/record-audit";
import type { GuardSettingsInput } from "./schemas";

export async function updateGuardSettings(prisma: PrismaClient, member: Member, input: GuardSettingsInput) {
  assertCan(member.role, "guards.manage");
  const data = {
    flagPhrases: [...new Set(input.flagPhrases)],
    allowPhrases: [...new Set(input.allowPhrases)],
    orderNumberPattern: input.orderNumberPattern || null,
    publicContacts: [...new Set(input.publicContacts)],
    updatedById: member.userId,
  };
  return prisma.$transaction(async (tx) => {
    const before = await tx.guardSettings.findUnique({ where: { workspaceId: member.workspaceId } });
    const s = await tx.guardSettings.upsert({ where: { workspaceId: member.workspaceId }, create: { workspaceId: member.workspaceId, ...data }, update: data });
    await recordAudit(tx, {
      workspaceId: member.workspaceId,
      action: "GUARD_SETTINGS_UPDATED",
      actor: actorOf(member),
      entityType: "guard_settings",
      entityId: member.workspaceId,
      data: {
        from: before ? { flagPhrases: before.flagPhrases, allowPhrases: before.allowPhrases, orderNumberPattern: before.orderNumberPattern, publicContacts: before.publicContacts } : null,
        to: { flagPhrases: s.flagPhrases, allowPhrases: s.allowPhrases, orderNumberPattern: s.orderNumberPattern, publicContacts: s.publicContacts },
      },
    });
    return s;
  });
}
