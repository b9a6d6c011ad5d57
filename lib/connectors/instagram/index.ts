// The Instagram professional account connector: comments, replies, mentions and direct messages in
// (webhooks to /api/webhooks/instagram, polling of media and comments as the safety net); public replies,
// private replies, DMs and hiding out. Wire facts: /work/shared/CONNECTORS.md (Instagram section).
import type { Connector } from "../connector";
import { resolveOptions, type FacebookConnectorOptions } from "../facebook/config";
import { answerHandshake } from "../facebook/handshake";
import { verifySignature } from "../facebook/signature";
import { instagramSecretsSchema, type InstagramSecrets } from "../secrets-schemas";
import { applyMentions, fetchMentions } from "./fetch-mention";
import { fetchSince } from "./fetch-since";
import { parseWebhook } from "./parse-webhook";
import { sendPrivateReply, sendPublicReply, setHidden } from "./send";
import { splitWebhook } from "./split-webhook";

/** Same tunables as the Page connector (Graph version, page size, request budget, clock). */
export function createInstagramConnector(options: FacebookConnectorOptions = {}): Connector<InstagramSecrets> {
  const o = resolveOptions(options);
  return {
    kind: "INSTAGRAM_ACCOUNT",
    parseSecrets: (value) => instagramSecretsSchema.parse(value),
    // Verified and signed exactly like Page webhooks (hub.* GET, X-Hub-Signature-256 with the app secret).
    answerHandshake,
    splitWebhook,
    verifySignature,
    parseWebhook,
    // Mentions arrive as ids only: read before ingestion claims the delivery, applied when it stores them.
    completion: { fetch: (channel, events) => fetchMentions(channel, events, o), apply: applyMentions },
    fetchSince: (channel, cursor, opts) => fetchSince(channel, cursor, opts, o),
    sendPublicReply: (channel, reply) => sendPublicReply(channel, reply, o),
    sendPrivateReply: (channel, reply) => sendPrivateReply(channel, reply, o),
    setHidden: (channel, externalId, hidden) => setHidden(channel, externalId, hidden, o),
  };
}

export const instagramConnector: Connector<InstagramSecrets> = createInstagramConnector();
