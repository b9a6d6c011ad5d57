// GET handshakes (Facebook hub.challenge, X crc_token), answered with the secrets of that kind's channels. They
// come unsigned from anyone: the channel list is the webhook path's cache (./channel-cache), reloaded at most once
// a second on a refusal, not read and decrypted per request.
import type { PrismaClient } from "../generated/prisma/client";
import type { ChannelKind } from "../generated/prisma/enums";
import type { LoadedChannel } from "../channels/channel-context";
import { connectorFor } from "../connectors/registry";
import { log } from "../log";
import { webhookChannels } from "./channel-cache";

export async function answerHandshake(prisma: PrismaClient, kind: ChannelKind, url: URL): Promise<Response> {
  const channels = await webhookChannels(prisma, kind);
  const answer = (list: LoadedChannel[]) => connectorFor(kind).answerHandshake(url, list.map((l) => l.ctx.secrets));
  const ok = answer(channels.all) ?? answer(await channels.fresh());
  if (ok) return ok;
  log.warn("webhook.handshake_refused", { kind });
  return new Response("Forbidden", { status: 403 });
}
