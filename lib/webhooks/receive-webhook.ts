// A platform webhook, acknowledged fast and never lost: size limit → JSON → split by channel → every signature
// checked and every part parsed (a malformed event is a 400 now, not a failure later) → the raw bytes appended
// to the delivery log (group-committed with concurrent ones, append-delivery.ts) → 200. Ingestion runs after, in batches (lib/ingest/process-deliveries.ts).
// Any refusal stores nothing and is logged; an unknown channel and a bad signature are the same 401 to the sender.
import type { Database } from "../db/open-database";
import type { ChannelKind } from "../generated/prisma/enums";
import type { LoadedChannel } from "../channels/channel-context";
import { WebhookPayloadError } from "../connectors/connector";
import { connectorFor } from "../connectors/registry";
import { log } from "../log";
import { appendDelivery } from "./append-delivery";
import { webhookChannels } from "./channel-cache";
import { signalDeliveryAppended, trackAck } from "./delivery-signal";
import { BodyTooLargeError } from "./read-body";

export interface WebhookResult {
  status: number;
  body: Record<string, unknown>;
}

const refuse = (status: number, error: string, fields: Record<string, unknown> = {}): WebhookResult => {
  log.warn("webhook.refused", { status, error, ...fields });
  return { status, body: { error } };
};

/** What the hot path needs of the database: Prisma for the (cached) channel list, raw SQL for the append. */
export type WebhookDb = Pick<Database, "kind" | "prisma" | "sql">;

/**
 * A webhook request as both servers have it: the Next.js route (a web Request) and the plain listener (a Node
 * stream, read without building web streams: on the acknowledgement path that conversion cost more CPU than
 * the rest). `readBody` returns the exact bytes, or throws BodyTooLargeError past the limit (read-body.ts).
 */
export interface IncomingWebhook {
  url: URL;
  headers: Headers;
  readBody(): Promise<Buffer>;
}

export function receiveWebhook(db: WebhookDb, kind: ChannelKind, req: IncomingWebhook): Promise<WebhookResult> {
  return trackAck(() => receive(db, kind, req));
}

async function receive(db: WebhookDb, kind: ChannelKind, req: IncomingWebhook): Promise<WebhookResult> {
  let rawBody: Buffer;
  try {
    rawBody = await req.readBody();
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
  const connector = connectorFor(kind);
  let parts;
  try {
    parts = connector.splitWebhook(json);
  } catch (err) {
    if (err instanceof WebhookPayloadError) return refuse(400, `unknown payload shape: ${err.message}`, { kind });
    throw err;
  }
  const wr = { url: req.url, headers: req.headers, rawBody };
  const verifies = ({ connector: c, ctx }: LoadedChannel) => c.verifySignature(wr, ctx.secrets, ctx);
  const channels = await webhookChannels(db.prisma, kind);
  const channelIds: string[] = [];
  let events = 0;
  if (parts.length === 0) {
    // A body addressed to no channel must still be signed by one of ours: unsigned requests never get a 200.
    let signer: LoadedChannel | undefined;
    for (const c of channels.all) if (await verifies(c)) { signer = c; break; }
    if (!signer) return refuse(401, "invalid signature", { kind });
    channelIds.push(signer.channel.id);
  }
  for (const part of parts) {
    let channel = await channels.find(part.channelExternalId);
    // An unknown account gets the answer of a bad signature: a distinct one would tell anyone, unsigned, which
    // Page / account ids are connected here (issue #20 item 10). The log still says which it was.
    if (!channel) return refuse(401, "invalid signature", { kind, channelExternalId: part.channelExternalId, unknownChannel: true });
    if (!(await verifies(channel))) {
      channel = await channels.reload(part.channelExternalId);
      if (!channel || !(await verifies(channel))) return refuse(401, "invalid signature", { kind, channelId: channel?.channel.id });
    }
    try {
      events += channel.connector.parseWebhook(part, channel.ctx).length;
    } catch (err) {
      if (err instanceof WebhookPayloadError) return refuse(400, `malformed event: ${err.message}`, { kind, channelId: channel.channel.id });
      throw err;
    }
    if (!channelIds.includes(channel.channel.id)) channelIds.push(channel.channel.id);
  }
  await appendDelivery(db.sql, db.kind === "postgres", kind, channelIds, rawBody);
  signalDeliveryAppended();
  return { status: 200, body: { ok: true, events } };
}
