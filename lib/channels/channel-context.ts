// Loads a channel with its decrypted secrets for a connector call. The only place secrets are opened.
import type { PrismaClient } from "../generated/prisma/client";
import type { Channel } from "../generated/prisma/client";
import type { ChannelContext, Connector } from "../connectors/connector";
import { connectorFor } from "../connectors/registry";
import { openJson } from "../crypto/secret-box";

export interface LoadedChannel {
  channel: Channel;
  connector: Connector<unknown>;
  ctx: ChannelContext<unknown>;
}

export function contextOf(channel: Channel): LoadedChannel {
  const connector = connectorFor(channel.kind);
  const secrets = channel.secretsCiphertext ? connector.parseSecrets(openJson(channel.secretsCiphertext)) : {};
  return {
    channel,
    connector,
    ctx: { id: channel.id, externalId: channel.externalId, apiBaseUrl: channel.apiBaseUrl ?? "", secrets },
  };
}

export async function loadChannel(prisma: PrismaClient, channelId: string): Promise<LoadedChannel> {
  return contextOf(await prisma.channel.findUniqueOrThrow({ where: { id: channelId } }));
}
