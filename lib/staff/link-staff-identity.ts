// POST /api/v1/members/{id}/identities (issue #25): links a personal social account to a member, by the member
// or a lead (a suggestion becomes a link only this way: never silently). What that account already wrote on
// the brand's pages is then marked staff (mark-staff-messages.ts), as what it writes next will be.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { actorOf, recordAudit } from "../audit/record-audit";
import { conflict } from "../errors/domain-errors";
import { loadMemberTarget } from "./load-member-target";
import { markStaffMessages } from "./mark-staff-messages";
import type { LinkIdentityInput } from "./schemas";

export async function linkStaffIdentity(prisma: PrismaClient, member: Member, membershipId: string, input: LinkIdentityInput) {
  const target = await loadMemberTarget(prisma, member, membershipId);
  const taken = await prisma.staffIdentity.findUnique({
    where: { workspaceId_platform_account: { workspaceId: member.workspaceId, platform: input.platform, account: input.account } },
    select: { userId: true },
  });
  if (taken) throw conflict("staff_identity_taken", taken.userId === target.userId ? "This account is already linked to this member." : "This account is linked to another member.");
  const row = await prisma.$transaction(async (tx) => {
    const created = await tx.staffIdentity.create({
      data: { workspaceId: member.workspaceId, userId: target.userId, platform: input.platform, account: input.account, createdById: member.userId },
    });
    await recordAudit(tx, {
      workspaceId: member.workspaceId, actor: actorOf(member), action: "STAFF_IDENTITY_LINKED", entityType: "membership", entityId: target.id,
      data: { platform: input.platform, account: input.account, name: target.user.name },
    });
    return created;
  });
  // After commit: the account's earlier messages in this workspace.
  const earlier = await prisma.message.findMany({
    where: {
      workspaceId: member.workspaceId, direction: "INBOUND", staff: false, channel: { platform: input.platform },
      authorIdentity: input.account.startsWith("@") ? { handle: { equals: input.account.slice(1), mode: "insensitive" } } : { platformUserId: input.account },
    },
    select: { id: true }, take: 500,
  });
  const marked = await markStaffMessages(prisma, member.workspaceId, earlier.map((m) => m.id));
  return { id: row.id, platform: row.platform, account: row.account, createdAt: row.createdAt.toISOString(), messagesMarked: marked };
}
