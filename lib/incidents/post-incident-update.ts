// A lead's status update on an incident ("the carrier has resumed deliveries"): kept in order, never edited.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { actorOf, recordAudit } from "../audit/record-audit";
import { notFound } from "../errors/domain-errors";

export async function postIncidentUpdate(prisma: PrismaClient, member: Member, incidentId: string, text: string) {
  assertCan(member.role, "incidents.manage");
  return prisma.$transaction(async (tx) => {
    const inc = await tx.incident.findFirst({ where: { id: incidentId, workspaceId: member.workspaceId }, select: { id: true } });
    if (!inc) throw notFound("Incident");
    const u = await tx.incidentUpdate.create({ data: { incidentId, authorId: member.userId, body: text } });
    await recordAudit(tx, {
      workspaceId: member.workspaceId, action: "INCIDENT_STATUS_POSTED", actor: actorOf(member),
      entityType: "incident", entityId: incidentId, data: { updateId: u.id },
    });
    return u;
  });
}
