// GET handshakes (Facebook hub.challenge, X crc_token), answered with the secrets of that kind's channels.
import type { PrismaClient } from "../generated/prisma/client";
import type { ChannelKind } from "../generated/prisma/enums";
import { contextOf } from "../channels/channel-context";
import { connectorFor } from "../connectors/registry";
import { log } from "../log";

export async function answerHandshake(prisma: PrismaClient, kind: ChannelKind, url: URL): Promise<Response> {
  const channels = await prisma.channel.findMany({ where: { kind, secretsCiphertext: { not: null } } });
  const candidates = channels.map((c) => contextOf(c).ctx.secrets);
  const answer = connectorFor(kind).answerHandshake(url, candidates);
  if (answer) return answer;
  log.warn("webhook.handshake_refused", { kind });
  return new Response("Forbidden", { status: 403 });
}
