// The Facebook Page + Messenger connector. Each concern lives in its own file; this one wires them into
// the Connector contract (../connector.ts).
import type { Connector } from "../connector";
import { facebookSecretsSchema, type FacebookSecrets } from "../secrets-schemas";
import { resolveOptions, type FacebookConnectorOptions } from "./config";
import { fetchSince } from "./fetch-since";
import { answerHandshake } from "./handshake";
import { parseWebhook } from "./parse-webhook";
import { sendPrivateReply, sendPublicReply, setHidden } from "./send";
import { blockUser } from "./block";
import { verifySignature } from "./signature";
import { splitWebhook } from "./split-webhook";

export { GRAPH_VERSION, type FacebookConnectorOptions } from "./config";
export { GraphError, mapGraphError } from "./errors";
export type { FacebookCursor } from "./cursor";

/** A connector with non-default tunables (Graph version, page size, request budget, clock). */
export function createFacebookConnector(options: FacebookConnectorOptions = {}): Connector<FacebookSecrets> {
  const o = resolveOptions(options);
  return {
    kind: "FACEBOOK_PAGE",
    parseSecrets: (value) => facebookSecretsSchema.parse(value),
    answerHandshake,
    splitWebhook,
    verifySignature,
    parseWebhook,
    fetchSince: (channel, cursor, opts) => fetchSince(channel, cursor, opts, o),
    sendPublicReply: (channel, reply) => sendPublicReply(channel, reply, o),
    sendPrivateReply: (channel, reply) => sendPrivateReply(channel, reply, o),
    setHidden: (channel, externalId, hidden) => setHidden(channel, externalId, hidden, o),
    blockUser: (channel, target) => blockUser(channel, target, o),
  };
}

export const facebookConnector: Connector<FacebookSecrets> = createFacebookConnector();
