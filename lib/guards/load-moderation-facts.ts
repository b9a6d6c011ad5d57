// What the case page shows about the author (R8): marks (troll, spam; VIP for automation rules, issue #22), hostile
// messages, the one humorous answer, open cases
// (every open status, New included: issue #19 found "open: 0" on a New case once the author was marked),
// open complaints (what a ban would be refused for) and whether they are banned, and blocked on the platform.
import type { PrismaClient } from "../generated/prisma/client";
import { openCases, openComplaintNumbers } from "../moderation/open-complaints";
import { isHostile } from "../moderation/troll-evidence";
import { HUMOROUS_SIGNAL } from "./enforce-send-guards";

export async function loadModerationFacts(prisma: PrismaClient, workspaceId: string, contactId: string) {
  const [contact, inbound, caseCount, open, complaints, bans] = await Promise.all([
    prisma.contact.findUniqueOrThrow({ where: { id: contactId }, select: { signals: true } }),
    prisma.message.findMany({ where: { workspaceId, direction: "INBOUND", case: { contactId } }, select: { body: true }, orderBy: { platformCreatedAt: "desc" }, take: 200 }),
    prisma.case.count({ where: { workspaceId, contactId } }),
    openCases(prisma, workspaceId, contactId),
    openComplaintNumbers(prisma, workspaceId, contactId),
    prisma.ban.findMany({
      where: { workspaceId, liftedAt: null, identity: { contactId } },
      select: { platformStatus: true, platformError: true, identity: { select: { channel: { select: { platform: true } } } } },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  return {
    contactId,
    marks: { troll: contact.signals.includes("troll"), spam: contact.signals.includes("spam"), vip: contact.signals.includes("vip") },
    humorUsed: contact.signals.includes(HUMOROUS_SIGNAL),
    // Hostile: insults, mockery or threats in what they wrote (the same rules as for our own drafts).
    hostileCount: inbound.filter((m) => isHostile(m.body)).length,
    caseCount,
    openCases: open.map((c) => c.number),
    openComplaints: complaints,
    banned: bans.length > 0,
    // Where each ban stands on its platform (lib/moderation/apply-ban-on-platform.ts).
    bans: bans.map((b) => ({ platform: b.identity.channel.platform, status: b.platformStatus, error: b.platformError })),
  };
}
