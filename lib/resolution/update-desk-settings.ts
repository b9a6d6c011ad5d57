// A lead sets the satisfaction question and the desk's waiting times; audited with before and after.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { actorOf, recordAudit } from "../audit/record-audit";
import type { DeskSettingsInput } from "./settings-schema";

export async function getDeskSettings(prisma: PrismaClient, member: Member): Promise<DeskSettingsInput> {
  assertCan(member.role, "desk.settings");
  return prisma.workspace.findUniqueOrThrow({
    where: { id: member.workspaceId },
    select: { satisfactionQuestionFr: true, satisfactionQuestionEn: true, confirmationTimeoutHours: true, escalationPickupMinutes: true, escalationSolutionHours: true, assignOnReply: true },
  });
}

export async function updateDeskSettings(prisma: PrismaClient, member: Member, input: DeskSettingsInput) {
  const before = await getDeskSettings(prisma, member);
  return prisma.$transaction(async (tx) => {
    await tx.workspace.update({ where: { id: member.workspaceId }, data: input });
    await recordAudit(tx, {
      workspaceId: member.workspaceId, action: "DESK_SETTINGS_UPDATED", actor: actorOf(member),
      entityType: "workspace", entityId: member.workspaceId, data: { before, after: input },
    });
    return input;
  });
}
