// Withdraw a pending invitation: its link stops working (410); the invitation stays in the record.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { actorOf, recordAudit } from "../audit/record-audit";
import { conflict, notFound } from "../errors/domain-errors";
import { assertMayManage } from "./member-rules";

export async function revokeInvitation(prisma: PrismaClient, member: Member, invitationId: string, now = new Date()) {
  const inv = await prisma.invitation.findFirst({ where: { id: invitationId, workspaceId: member.workspaceId } });
  if (!inv) throw notFound("Invitation");
  assertMayManage(member, inv.role);
  await prisma.$transaction(async (tx) => {
    const r = await tx.invitation.updateMany({ where: { id: inv.id, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    if (r.count !== 1) throw conflict("invitation_closed", "This invitation was already used or withdrawn.");
    await recordAudit(tx, {
      workspaceId: member.workspaceId, action: "INVITATION_REVOKED", actor: actorOf(member),
      entityType: "invitation", entityId: inv.id, data: { email: inv.email },
    });
  });
}
