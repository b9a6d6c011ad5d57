// Channels with their health, for leads and admins. Secrets are never selected, so they cannot leak.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { webhookRegistration } from "./schemas";
import { DEFAULT_DAILY_QUOTA, quotaStatus } from "../connectors/youtube/quota";

export const CHANNEL_PUBLIC_FIELDS = {
  id: true, kind: true, platform: true, externalId: true, name: true, status: true, apiBaseUrl: true,
  lastEventAt: true, lastPollAt: true, lastError: true, lastErrorAt: true, pollPausedUntil: true, createdAt: true,
} as const;

export async function listChannels(prisma: PrismaClient, member: Member) {
  assertCan(member.role, "channels.view");
  const rows = await prisma.channel.findMany({
    where: { workspaceId: member.workspaceId },
    select: { ...CHANNEL_PUBLIC_FIELDS, webhookRegistration: true, pollCursor: true },
    orderBy: { createdAt: "asc" },
  });
  // Stored JSON read through its schema: a row written by an older shape shows as "not registered here".
  // The polling cursor stays here: only a YouTube channel's quota, read from it, goes to the page.
  const now = new Date();
  return rows.map(({ pollCursor, ...r }) => ({
    ...r,
    webhookRegistration: webhookRegistration.safeParse(r.webhookRegistration).data ?? null,
    quota: r.kind === "YOUTUBE_CHANNEL" ? { ...quotaStatus(pollCursor, now), limit: DEFAULT_DAILY_QUOTA } : null,
  }));
}
