// Someone has seen an alert and is on it: it stops asking for attention (the episode itself stays recorded).
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { actorOf, recordAudit } from "../audit/record-audit";
import { notFound } from "../errors/domain-errors";

export async function acknowledgeAlert(prisma: PrismaClient, member: Member, alertId: string) {
  assertCan(member.role, "alerts.acknowledge");
  return prisma.$transaction(async (tx) => {
    const a = await tx.alert.findFirst({ where: { id: alertId, workspaceId: member.workspaceId } });
    if (!a) throw notFound("Alert");
    if (a.acknowledgedAt) return a;
    const updated = await tx.alert.update({ where: { id: a.id }, data: { acknowledgedAt: new Date(), acknowledgedById: member.userId } });
    await recordAudit(tx, {
      workspaceId: member.workspaceId, action: "ALERT_ACKNOWLEDGED", actor: actorOf(member), entityType: "alert", entityId: a.id,
      data: { kind: a.kind },
    });
    return updated;
  });
}
