// Turns a stored raw delivery back into neutral events per channel, exactly as the webhook route parsed it
// before acknowledging (same connector, same channel context), completed from what was read from the platform
// before the delivery was claimed (complete-delivery.ts): no network call here, so none inside the ingestion
// transaction. Throws if the delivery cannot be parsed now (its channel is gone, the connector no longer
// understands it, or its completion was not read yet): that delivery is retried, then failed.
import { z } from "zod";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { ChannelKind } from "../generated/prisma/enums";
import type { LoadedChannel } from "../channels/channel-context";
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
  /** What Connector.completion fetched, by part index (complete-delivery.ts); null until then. */
  completions: unknown;
}

export interface ParsedPart {
  loaded: LoadedChannel;
  events: InboundEvent[];
}

/** Does this part reference messages the platform must be asked about (an Instagram mention's text)? */
export const needsCompletion = (p: ParsedPart) =>
  !!p.loaded.connector.completion && p.events.some((ev) => ev.type === "message" && ev.incomplete);

/** The delivery's parts, in order, parsed with no network call and with their verified channel. */
export async function parseParts(prisma: PrismaClient, db: Prisma.TransactionClient, d: StoredDelivery): Promise<ParsedPart[]> {
  const json: unknown = JSON.parse(Buffer.from(d.body).toString("utf8"));
  const parts = connectorFor(d.kind).splitWebhook(json);
  const channels: LoadedChannel[] = [];
  for (const id of d.channelIds) {
    const c = await cachedChannel(prisma, id, (cid) => db.channel.findUnique({ where: { id: cid } }));
    if (!c) throw new Error(`channel ${id} of this delivery no longer exists`);
    channels.push(c);
  }
  return parts.map((part) => {
    const loaded = channels.find((c) => c.channel.externalId === part.channelExternalId);
    if (!loaded) throw new Error(`part for ${part.channelExternalId} has no verified channel in this delivery`);
    return { loaded, events: loaded.connector.parseWebhook(part, loaded.ctx) };
  });
}

const storedCompletions = z.record(z.string(), z.unknown());

export async function parseDelivery(prisma: PrismaClient, db: Prisma.TransactionClient, d: StoredDelivery): Promise<Map<string, { channel: ChannelRef; events: InboundEvent[] }>> {
  const out = new Map<string, { channel: ChannelRef; events: InboundEvent[] }>();
  const completions = d.completions == null ? null : storedCompletions.parse(d.completions);
  for (const [i, part] of (await parseParts(prisma, db, d)).entries()) {
    let events = part.events;
    if (needsCompletion(part)) {
      const fetched = completions?.[String(i)];
      if (fetched === undefined) throw new Error(`delivery ${d.id}: what the platform must complete was not read yet`);
      events = part.loaded.connector.completion!.apply(events, fetched);
    }
    const { loaded } = part;
    const slot = out.get(loaded.channel.id) ?? { channel: { id: loaded.channel.id, workspaceId: loaded.channel.workspaceId }, events: [] };
    slot.events.push(...events);
    out.set(loaded.channel.id, slot);
  }
  return out;
}
