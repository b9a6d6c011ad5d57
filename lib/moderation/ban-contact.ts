// Bans a contact (all their identities) from the workspace's pages: team leads only, with a reason, and
// refused while the contact has an open case not marked troll or spam (R1: never ban to silence a
// complaint; R8: trolls only). Recorded as Ban rows and a BAN_CREATED audit event; nothing is deleted.
// Where the platform can block (connector `blockUser`), each ban is stored PENDING and, after the commit,
// handed to the job that blocks the person there (./apply-ban-on-platform.ts; the minute sweep catches a
// lost hand-over). Elsewhere the ban is UNSUPPORTED: recorded in the inbox only, and shown so. The ban is also
// written on the timeline of each of the person's open (marked) cases (issue #19).
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { recordAudit, actorOf } from "../audit/record-audit";
import { conflict, notFound } from "../errors/domain-errors";
import { openComplaintNumbers } from "./open-complaints";
import { recordOnOpenCases } from "./record-on-open-cases";
import { connectorFor } from "../connectors/registry";
import { transactionThen, type EnqueueBan } from "../jobs/after-commit";
import type { BanInput } from "./schemas";

export async function banContact(prisma: PrismaClient, member: Member, contactId: string, input: BanInput, enqueue?: EnqueueBan) {
  assertCan(member.role, "moderation.ban");
  const contact = await prisma.contact.findFirst({
    where: { id: contactId, workspaceId: member.workspaceId },
    include: { identities: { include: { bans: { where: { liftedAt: null } }, channel: { select: { kind: true } } } } },
  });
  if (!contact) throw notFound("Contact");
  const now = new Date();
  const bans = await transactionThen(prisma, async (tx, afterCommit) => {
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
      const canBlock = Boolean(connectorFor(identity.channel.kind).blockUser);
      const ban = await tx.ban.create({
        data: {
          workspaceId: member.workspaceId, identityId: identity.id, reason: input.reason, createdById: member.userId,
          platformStatus: canBlock ? "PENDING" : "UNSUPPORTED", platformNextAttemptAt: canBlock ? now : null,
        },
      });
      await recordAudit(tx, {
        workspaceId: member.workspaceId,
        action: "BAN_CREATED",
        actor: actorOf(member),
        entityType: "ban",
        entityId: ban.id,
        data: { contactId: contact.id, identityId: identity.id, reason: input.reason, platformStatus: ban.platformStatus },
      });
      bans.push(ban);
      // After the commit: the ban stands even if the hand-over fails (the minute sweep picks it up).
      if (ban.platformStatus === "PENDING" && enqueue) afterCommit("apply ban", () => enqueue(ban.id));
    }
    await recordOnOpenCases(tx, contact.id, {
      workspaceId: member.workspaceId, action: "BAN_CREATED", actor: actorOf(member), entityType: "contact", entityId: contact.id,
      data: { contactId: contact.id, reason: input.reason, banIds: bans.map((b) => b.id) },
    }, { casesOnly: true });
    return bans;
  });
  return bans;
}
