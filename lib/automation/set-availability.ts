// An agent's "available" switch and open-case cap (issue #22 item 4), which round-robin and least-loaded read.
// Anyone may switch their own availability; another member's, or any cap, takes automation.manage (a lead).
// Audited as a member update.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { actorOf, recordAudit } from "../audit/record-audit";
import { notFound } from "../errors/domain-errors";
import type { AvailabilityInput } from "./rule-schema";

export async function setAvailability(prisma: PrismaClient, member: Member, userId: string, input: AvailabilityInput) {
  assertCan(member.role, "presence.set_own");
  if (userId !== member.userId || input.caseCap !== undefined) assertCan(member.role, "automation.manage");
  const target = await prisma.membership.findFirst({ where: { workspaceId: member.workspaceId, userId } });
  if (!target) throw notFound("Member");
  return prisma.$transaction(async (tx) => {
    const updated = await tx.membership.update({
      where: { id: target.id },
      data: { ...(input.available !== undefined ? { available: input.available } : {}), ...(input.caseCap !== undefined ? { caseCap: input.caseCap } : {}) },
    });
    await recordAudit(tx, {
      workspaceId: member.workspaceId, action: "MEMBER_UPDATED", actor: actorOf(member), entityType: "membership", entityId: target.id,
      data: { userId, available: { from: target.available, to: updated.available }, caseCap: { from: target.caseCap, to: updated.caseCap } },
    });
    return { userId, available: updated.available, caseCap: updated.caseCap };
  });
}
