// Turns a stored raw delivery back into neutral events per channel, exactly as the webhook route parsed it
// before acknowledging (same connector, same channel context). Throws if the delivery cannot be parsed now
// (its channel is gone, or the connector no longer understands it): that delivery is retried, then failed.
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { ChannelKind } from "../generated/prisma/enums";
import type { InboundEvent } from "../connectors/types";
import { connectorFor } from "../connectors/registry";
import { cachedChannel } from "../webhooks/channel-cache";
import type { ChannelRef } from "./ingest-message";

export interface StoredDelivery {
  id: bigint;
  kind: ChannelKind;
  channelIds: string[];
  body: Uint8Array;
  attempts: number;
}

export async function parseDelivery(prisma: PrismaClient, db: Prisma.TransactionClient, d: StoredDelivery): Promise<Map<string, { channel: ChannelRef; events: InboundEvent[] }>> {
  const out = new Map<string, { channel: ChannelRef; events: InboundEvent[] }>();
  const json: unknown = JSON.parse(Buffer.from(d.body).toString("utf8"));
  const parts = connectorFor(d.kind).splitWebhook(json);
  const channels = [];
  for (const id of d.channelIds) {
    const c = await cachedChannel(prisma, id, (cid) => db.channel.findUnique({ where: { id: cid } }));
    if (!c) throw new Error(`channel ${id} of this delivery no longer exists`);
    channels.push(c);
  }
  for (const part of parts) {
    const loaded = channels.find((c) => c.channel.externalId === part.channelExternalId);
    if (!loaded) throw new Error(`part for ${part.channelExternalId} has no verified channel in this delivery`);
    const parsed = loaded.connector.parseWebhook(part, loaded.ctx);
    // Messages the webhook only referenced (ids) are read from the platform before they are stored.
    const events = loaded.connector.completeEvents ? await loaded.connector.completeEvents(loaded.ctx, parsed) : parsed;
    const slot = out.get(loaded.channel.id) ?? { channel: { id: loaded.channel.id, workspaceId: loaded.channel.workspaceId }, events: [] };
    slot.events.push(...events);
    out.set(loaded.channel.id, slot);
  }
  return out;
}
