// What the case page shows about the author (R8): marks, hostile messages, the one humorous answer, open
// complaints (what a ban would be refused for) and whether they are banned.
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
    prisma.ban.count({ where: { workspaceId, liftedAt: null, identity: { contactId } } }),
  ]);
  // Hostile: insults, mockery or threats in what they wrote (the same rules as for our own drafts).
  const hostile = inbound.filter((m) => checkTone(m.body).some((f) => f.severity === "high" && ["annoyance", "mockery", "threat"].includes(f.category))).length;
  return {
    contactId,
    marks: { troll: contact.signals.includes("troll"), spam: contact.signals.includes("spam") },
    humorUsed: contact.signals.includes(HUMOROUS_SIGNAL),
    hostileCount: hostile,
    caseCount,
    openComplaints: open,
    banned: bans > 0,
  };
}
