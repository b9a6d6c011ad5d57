// What the case page shows about the author (R8): marks, hostile messages, the one humorous answer, open
// complaints (what a ban would be refused for) and whether they are banned, and blocked on the platform.
import type { PrismaClient } from "../generated/prisma/client";
import { openComplaintNumbers } from "../moderation/open-complaints";
import { HUMOROUS_SIGNAL } from "./enforce-send-guards";
import { checkTone } from "./check-tone";

export async function loadModerationFacts(prisma: PrismaClient, workspaceId: string, contactId: string) {
  const [contact, inbound, caseCount, open, bans] = await Promise.all([
    prisma.contact.findUniqueOrThrow({ where: { id: contactId }, select: { signals: true } }),
    prisma.message.findMany({ where: { workspaceId, direction: "INBOUND", case: { contactId } }, select: { body: true }, orderBy: { platformCreatedAt: "desc" }, take: 200 }),
    prisma.case.count({ where: { workspaceId, contactId } }),
    openComplaintNumbers(prisma, workspaceId, contactId),
    prisma.ban.findMany({
      where: { workspaceId, liftedAt: null, identity: { contactId } },
      select: { platformStatus: true, platformError: true, identity: { select: { channel: { select: { platform: true } } } } },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  // Hostile: insults or threats in what they wrote (the same rules as for our own drafts; `high` is kept for
  // unambiguous hostility). Rules only: the learned fallback speaks at `warning`, which this count ignores.
  const hostile = inbound.filter((m) => checkTone(m.body, { model: false }).some((f) => f.severity === "high" && ["dismissal", "threat"].includes(f.category))).length;
  return {
    contactId,
    marks: { troll: contact.signals.includes("troll"), spam: contact.signals.includes("spam") },
    humorUsed: contact.signals.includes(HUMOROUS_SIGNAL),
    hostileCount: hostile,
    caseCount,
    openComplaints: open,
    banned: bans.length > 0,
    // Where each ban stands on its platform (lib/moderation/apply-ban-on-platform.ts).
    bans: bans.map((b) => ({ platform: b.identity.channel.platform, status: b.platformStatus, error: b.platformError })),
  };
}
