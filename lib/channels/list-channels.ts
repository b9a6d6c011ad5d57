// Channels with their health, for leads and admins. Secrets are never selected, so they cannot leak.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { webhookRegistration } from "./schemas";

export const CHANNEL_PUBLIC_FIELDS = {
  id: true, kind: true, platform: true, externalId: true, name: true, status: true, apiBaseUrl: true,
  lastEventAt: true, lastPollAt: true, lastError: true, lastErrorAt: true, createdAt: true,
} as const;

export async function listChannels(prisma: PrismaClient, member: Member) {
  assertCan(member.role, "channels.view");
  const rows = await prisma.channel.findMany({
    where: { workspaceId: member.workspaceId },
    select: { ...CHANNEL_PUBLIC_FIELDS, webhookRegistration: true },
    orderBy: { createdAt: "asc" },
  });
  // Stored JSON read through its schema: a row written by an older shape shows as "not registered here".
  return rows.map((r) => ({ ...r, webhookRegistration: webhookRegistration.safeParse(r.webhookRegistration).data ?? null }));
}
