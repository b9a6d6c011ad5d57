// A platform webhook, end to end: size limit → JSON → split by channel → every signature checked before
// anything is stored → parse → ingest (committed) → 200. Any refusal stores nothing and is logged.
import type { PrismaClient } from "../generated/prisma/client";
import type { ChannelKind } from "../generated/prisma/enums";
import { contextOf, type LoadedChannel } from "../channels/channel-context";
import { WebhookPayloadError } from "../connectors/connector";
import { connectorFor } from "../connectors/registry";
import type { InboundEvent } from "../connectors/types";
import { ingestEvents } from "../ingest/ingest-events";
import { log } from "../log";
import { BodyTooLargeError, readRawBody } from "./read-body";

export interface WebhookResult {
  status: number;
  body: Record<string, unknown>;
  /** Cases touched, for live updates after the response. */
  caseIds: string[];
}

const refuse = (status: number, error: string, fields: Record<string, unknown> = {}): WebhookResult => {
  log.warn("webhook.refused", { status, error, ...fields });
  return { status, body: { error }, caseIds: [] };
};

export async function receiveWebhook(prisma: PrismaClient, kind: ChannelKind, req: Request): Promise<WebhookResult> {
  let rawBody: Buffer;
  try {
    rawBody = await readRawBody(req);
  } catch (err) {
    if (err instanceof BodyTooLargeError) return refuse(413, "body too large", { kind });
    throw err;
  }
  let json: unknown;
  try {
    json = JSON.parse(rawBody.toString("utf8"));
  } catch {
    return refuse(400, "malformed JSON", { kind, bytes: rawBody.length });
  }
  const channelsOf = await prisma.channel.findMany({ where: { kind, secretsCiphertext: { not: null } } });
  const byExternalId = new Map(channelsOf.map((c) => [c.externalId, c]));
  const connector = connectorFor(kind);
  let parts;
  try {
    parts = connector.splitWebhook(json);
  } catch (err) {
    if (err instanceof WebhookPayloadError) return refuse(400, `unknown payload shape: ${err.message}`, { kind });
    throw err;
  }
  const headers = req.headers;
  const url = new URL(req.url);
  // A body addressed to no channel must still be signed by one of ours: unsigned requests never get a 200.
  if (parts.length === 0 && !channelsOf.some((c) => verifies(contextOf(c), url, headers, rawBody))) {
    return refuse(401, "invalid signature", { kind });
  }
  const batches: { channelId: string; events: InboundEvent[] }[] = [];
  for (const part of parts) {
    const channel = byExternalId.get(part.channelExternalId);
    if (!channel) return refuse(404, "unknown channel", { kind, channelExternalId: part.channelExternalId });
    const loaded = contextOf(channel);
    if (!verifies(loaded, url, headers, rawBody)) return refuse(401, "invalid signature", { kind, channelId: channel.id });
    try {
      batches.push({ channelId: channel.id, events: await loaded.connector.parseWebhook(part, loaded.ctx) });
    } catch (err) {
      if (err instanceof WebhookPayloadError) return refuse(400, `malformed event: ${err.message}`, { kind, channelId: channel.id });
      throw err;
    }
  }
  const caseIds: string[] = [];
  let stored = 0;
  let duplicates = 0;
  for (const b of batches) {
    const s = await ingestEvents(prisma, b.channelId, b.events);
    stored += s.stored;
    duplicates += s.duplicates;
    caseIds.push(...s.caseIds);
    if (s.unknown.length) log.warn("webhook.unknown_messages", { channelId: b.channelId, count: s.unknown.length });
  }
  return { status: 200, body: { ok: true, stored, duplicates }, caseIds };
}

function verifies({ connector, ctx }: LoadedChannel, url: URL, headers: Headers, rawBody: Buffer): boolean {
  return connector.verifySignature({ url, headers, rawBody }, ctx.secrets);
}
