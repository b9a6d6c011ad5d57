// A revoked or expired token: the channel shows as disconnected, loudly, until a lead reconnects it.
import type { PrismaClient } from "../generated/prisma/client";
import { recordAudit, SYSTEM } from "../audit/record-audit";
import { invalidateChannelCache } from "../webhooks/channel-cache";

export async function markChannelDisconnected(prisma: PrismaClient, channelId: string, reason: string) {
  await prisma.$transaction(async (tx) => {
    const ch = await tx.channel.update({
      where: { id: channelId },
      data: { status: "DISCONNECTED", lastError: reason, lastErrorAt: new Date() },
    });
    await recordAudit(tx, {
      workspaceId: ch.workspaceId, action: "CHANNEL_DISCONNECTED", actor: SYSTEM,
      entityType: "channel", entityId: ch.id, data: { reason },
    });
  });
  invalidateChannelCache();
}
