// Default routing of escalations: per reason, the customer-service team that receives it when the community
// manager names neither a team nor an agent (delivery → Logistics). The escalate form pre-selects it too.
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { actorOf, recordAudit } from "../audit/record-audit";
import { invalid } from "../errors/domain-errors";
import { ESCALATION_REASONS, type EscalationReason, type EscalationRoutesInput } from "./schemas";

export type EscalationRoutes = Record<EscalationReason, string | null>;

/** Every reason with its default team; a route to a team archived since then counts as none. */
export async function getEscalationRoutes(db: PrismaClient | Prisma.TransactionClient, workspaceId: string): Promise<EscalationRoutes> {
  const rows = await db.escalationRoute.findMany({
    where: { workspaceId, team: { archivedAt: null, kind: "CUSTOMER_SERVICE" } },
    select: { reason: true, teamId: true },
  });
  const routes = Object.fromEntries(ESCALATION_REASONS.map((r) => [r, null])) as EscalationRoutes;
  for (const r of rows) if ((ESCALATION_REASONS as readonly string[]).includes(r.reason)) routes[r.reason as EscalationReason] = r.teamId;
  return routes;
}

/** Leads and admins set some or all routes; audited with before and after. */
export async function setEscalationRoutes(prisma: PrismaClient, member: Member, input: EscalationRoutesInput) {
  assertCan(member.role, "desk.settings");
  const wanted = Object.entries(input.routes) as [EscalationReason, string | null][];
  const teamIds = [...new Set(wanted.map(([, id]) => id).filter((id): id is string => id !== null))];
  const valid = await prisma.team.count({ where: { id: { in: teamIds }, workspaceId: member.workspaceId, archivedAt: null, kind: "CUSTOMER_SERVICE" } });
  if (valid !== teamIds.length) throw invalid("unknown_team", "Route escalations to an active customer-service team of this workspace.");
  const before = await getEscalationRoutes(prisma, member.workspaceId);
  return prisma.$transaction(async (tx) => {
    for (const [reason, teamId] of wanted) {
      await tx.escalationRoute.upsert({
        where: { workspaceId_reason: { workspaceId: member.workspaceId, reason } },
        create: { workspaceId: member.workspaceId, reason, teamId },
        update: { teamId },
      });
    }
    const after = await getEscalationRoutes(tx, member.workspaceId);
    await recordAudit(tx, {
      workspaceId: member.workspaceId, action: "ESCALATION_ROUTING_UPDATED", actor: actorOf(member),
      entityType: "workspace", entityId: member.workspaceId, data: { before, after },
    });
    return after;
  });
}
