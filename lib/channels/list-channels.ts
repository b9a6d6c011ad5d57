// Channels with their health, for leads and admins. Secrets are never selected, so they cannot leak.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";

export const CHANNEL_PUBLIC_FIELDS = {
  id: true, kind: true, platform: true, externalId: true, name: true, status: true, apiBaseUrl: true,
  lastEventAt: true, lastPollAt: true, lastError: true, lastErrorAt: true, createdAt: true,
} as const;

export async function listChannels(prisma: PrismaClient, member: Member) {
  assertCan(member.role, "channels.view");
  return prisma.channel.findMany({
    where: { workspaceId: member.workspaceId },
    select: CHANNEL_PUBLIC_FIELDS,
    orderBy: { createdAt: "asc" },
  });
}
