// The X (Twitter API v2) connector: mentions and DMs in (Account Activity webhooks and polling), replies,
// DMs and reply hiding out. Wire facts: /work/shared/CONNECTORS.md; the base URL is the only thing a test
// changes.
import type { Connector } from "../connector";
import { xSecretsSchema, type XSecrets } from "../secrets-schemas";
import { fetchSince } from "./fetch-since";
import { sendPrivateReply, sendPublicReply, setHidden } from "./send";
import { blockUser } from "./block";
import { answerHandshake, parseWebhook, splitWebhook, verifySignature } from "./webhook";

export const xConnector: Connector<XSecrets> = {
  kind: "X_ACCOUNT",
  parseSecrets: (value) => xSecretsSchema.parse(value),
  answerHandshake,
  splitWebhook,
  verifySignature,
  parseWebhook,
  fetchSince,
  sendPublicReply,
  sendPrivateReply,
  setHidden,
  blockUser,
};

export type { XCursor } from "./cursor";
export { X_TIMEOUT_MS } from "./http";
