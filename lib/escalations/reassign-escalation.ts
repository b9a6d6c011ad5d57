// Moves an open escalation to another agent or team (or back to the default queue with nulls).
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { actorOf, recordAudit } from "../audit/record-audit";
import { conflict, invalid } from "../errors/domain-errors";
import { notify } from "../notifications/notify";
import { escalationAudienceIds } from "../notifications/recipients";
import { loadEscalation } from "./load-escalation";

export async function reassignEscalation(
  prisma: PrismaClient,
  member: Member,
  escalationId: string,
  to: { assigneeId?: string | null; teamId?: string | null },
) {
  const esc = await loadEscalation(prisma, member, escalationId);
  if (esc.status !== "PENDING" && esc.status !== "IN_PROGRESS") {
    throw conflict("invalid_escalation_transition", "This escalation was already handed back.");
  }
  const ws = esc.case.workspaceId;
  if (to.teamId && !(await prisma.team.count({ where: { id: to.teamId, workspaceId: ws, archivedAt: null, kind: "CUSTOMER_SERVICE" } }))) {
    throw invalid("unknown_team", "Unknown team: hand it to an active customer-service team.");
  }
  let teamId = to.teamId === undefined ? esc.teamId : to.teamId;
  if (to.assigneeId) {
    const m = await prisma.membership.findFirst({ where: { workspaceId: ws, userId: to.assigneeId, deactivatedAt: null } });
    if (!m || !["CUSTOMER_SERVICE", "TEAM_LEAD", "ADMIN"].includes(m.role)) {
      throw invalid("invalid_assignee", "The assignee must be a customer-service member of this workspace.");
    }
    if (to.teamId === undefined) teamId = m.teamId ?? teamId;
  }
  const assigneeId = to.assigneeId === undefined ? esc.assigneeId : to.assigneeId;
  return prisma.$transaction(async (tx) => {
    // Nobody holds it any more: it waits to be picked up again.
    const status = assigneeId ? esc.status : "PENDING";
    const updated = await tx.escalation.update({ where: { id: esc.id }, data: { assigneeId, teamId, status, ...(assigneeId ? {} : { pickedUpAt: null }) } });
    await recordAudit(tx, {
      workspaceId: ws, action: "ESCALATION_REASSIGNED", actor: actorOf(member), caseId: esc.caseId, entityType: "escalation", entityId: esc.id,
      data: { fromUser: esc.assigneeId, toUser: assigneeId, fromTeam: esc.teamId, toTeam: teamId },
    });
    const audience = await escalationAudienceIds(tx, ws, { assigneeId, teamId });
    await notify(tx, ws, audience.map((userId) => ({ userId, kind: "ESCALATION_CREATED", caseId: esc.caseId, data: { number: esc.case.number, reason: esc.reason, actor: member.name } })), member.userId);
    return updated;
  });
}
