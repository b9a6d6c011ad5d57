// A lead sets the workspace's SLA policy (R2); the clocks of every active case are recomputed under it.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { actorOf, recordAudit } from "../audit/record-audit";
import { ACTIVE_STATUSES } from "../cases/case-status";
import { refreshSlaClocks } from "./refresh-sla-clocks";
import type { SlaPolicyInput } from "./schemas";

export async function saveSlaPolicy(prisma: PrismaClient, member: Member, input: SlaPolicyInput) {
  assertCan(member.role, "sla.manage");
  await prisma.$transaction(async (tx) => {
    await tx.slaPolicy.upsert({ where: { workspaceId: member.workspaceId }, create: { workspaceId: member.workspaceId, ...input }, update: input });
    await recordAudit(tx, {
      workspaceId: member.workspaceId, action: "SLA_POLICY_UPDATED", actor: actorOf(member), entityType: "sla_policy",
      entityId: member.workspaceId, data: { timeZone: input.timeZone, targets: input.targets, holidays: input.holidays.length },
    });
  });
  const active = await prisma.case.findMany({ where: { workspaceId: member.workspaceId, status: { in: ACTIVE_STATUSES } }, select: { id: true } });
  let changed = 0;
  for (let i = 0; i < active.length; i += 500) changed += await refreshSlaClocks(prisma, member.workspaceId, active.slice(i, i + 500).map((c) => c.id));
  return { recomputed: changed };
}
