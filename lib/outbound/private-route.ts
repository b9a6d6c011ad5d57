// Where a private answer to a review or a video comment can go (issue #23): those platforms have no private
// messages, so it goes through another channel where the same person is known (an identity of the same contact)
// and has written to us privately — their latest private message there is what the answer follows (Messenger's
// and Instagram's windows are counted from it; X DMs follow the conversation). None: the composer offers an
// invitation to write to us privately instead (components/case/private-invite.tsx).
import { PUBLIC_ONLY_PLATFORMS, type PlatformId } from "../connectors/platforms";
import type { PrismaClient } from "../generated/prisma/client";

export interface PrivateRoute {
  /** The customer's latest private message on the other channel: the reply's parent. */
  messageId: string;
  channelName: string;
  platform: PlatformId;
}

export async function privateRouteFor(prisma: PrismaClient, c: { workspaceId: string; contactId: string }): Promise<PrivateRoute | null> {
  const m = await prisma.message.findFirst({
    where: {
      workspaceId: c.workspaceId, direction: "INBOUND", visibility: "PRIVATE", externalId: { not: null },
      authorIdentity: { contactId: c.contactId },
      channel: { status: "ACTIVE", platform: { notIn: [...PUBLIC_ONLY_PLATFORMS] } },
    },
    orderBy: { platformCreatedAt: "desc" },
    select: { id: true, channel: { select: { name: true, platform: true } } },
  });
  return m ? { messageId: m.id, channelName: m.channel.name, platform: m.channel.platform as PlatformId } : null;
}

/** Names of the workspace's channels where a customer can write to us privately: what an invitation names. */
export async function privateChannelNames(prisma: PrismaClient, workspaceId: string): Promise<string[]> {
  const rows = await prisma.channel.findMany({
    where: { workspaceId, status: "ACTIVE", platform: { notIn: [...PUBLIC_ONLY_PLATFORMS] } },
    select: { name: true }, orderBy: { createdAt: "asc" }, take: 3,
  });
  return rows.map((r) => r.name);
}

/** What the composer of a review or video comment offers: the private route, else the channels to invite to. */
export async function privateOptions(prisma: PrismaClient, c: { workspaceId: string; contactId: string }) {
  const [route, channels] = await Promise.all([privateRouteFor(prisma, c), privateChannelNames(prisma, c.workspaceId)]);
  return { privateVia: route?.platform ?? null, channels };
}
