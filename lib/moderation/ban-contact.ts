// Bans a contact (all their identities) from the workspace's pages: team leads only, with a reason, and
// refused while the contact has an open case not marked troll or spam (R1: never ban to silence a
// complaint; R8: trolls only). Recorded as Ban rows and a BAN_CREATED audit event; nothing is deleted.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { recordAudit, actorOf } from "../audit/record-audit";
import { conflict, notFound } from "../errors/domain-errors";
import { openComplaintNumbers } from "./open-complaints";
import type { BanInput } from "./schemas";

export async function banContact(prisma: PrismaClient, member: Member, contactId: string, input: BanInput) {
  assertCan(member.role, "moderation.ban");
  const contact = await prisma.contact.findFirst({
    where: { id: contactId, workspaceId: member.workspaceId },
    include: { identities: { include: { bans: { where: { liftedAt: null } } } } },
  });
  if (!contact) throw notFound("Contact");
  return prisma.$transaction(async (tx) => {
    const open = await openComplaintNumbers(tx, member.workspaceId, contact.id);
    if (open.length > 0) {
      throw conflict(
        "ban_refused_open_case",
        `${contact.displayName} has open case(s) not marked troll or spam: #${open.join(", #")}. Answer them first; a ban never silences a complaint.`,
        { cases: open },
      );
    }
    const toBan = contact.identities.filter((i) => i.bans.length === 0);
    if (toBan.length === 0) throw conflict("already_banned", `${contact.displayName} is already banned.`);
    const bans = [];
    for (const identity of toBan) {
      const ban = await tx.ban.create({
        data: { workspaceId: member.workspaceId, identityId: identity.id, reason: input.reason, createdById: member.userId },
      });
      await recordAudit(tx, {
        workspaceId: member.workspaceId,
        action: "BAN_CREATED",
        actor: actorOf(member),
        entityType: "ban",
        entityId: ban.id,
        data: { contactId: contact.id, identityId: identity.id, reason: input.reason },
      });
      bans.push(ban);
    }
    return bans;
  });
}
