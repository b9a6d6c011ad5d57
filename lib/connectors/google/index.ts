// The Google Business Profile connector: one location's reviews in (Pub/Sub push notifications, which name a
// review that completion.ts then reads, and polling of the review list as the safety net) and public replies
// out. Google has no private channel to a reviewer and no way for the owner to hide a review: those calls are
// refused for good. Wire facts: /work/shared/CONNECTORS.md (Google section).
import type { Connector } from "../connector";
import { applyReviews, fetchReviews } from "./completion";
import { fetchSince } from "./fetch-since";
import type { GoogleDeps } from "./http";
import { JwksCache } from "./jwks";
import { TokenCache } from "./oauth";
import { resolveGoogleOptions, type GoogleConnectorOptions } from "./options";
import { verifyPushToken } from "./push-auth";
import { googleSecretsSchema, type GoogleSecrets } from "./secrets";
import { GOOGLE_API_BASE, googleEndpoints } from "./endpoints";
import { sendPrivateReply, sendPublicReply, setHidden } from "./send";
import { parseWebhook, splitWebhook } from "./webhook";

/** Each connector keeps its own access tokens and keys in memory: tests build one each, the app one for all. */
export function createGoogleConnector(options: GoogleConnectorOptions = {}): Connector<GoogleSecrets> {
  const o = resolveGoogleOptions(options);
  const deps: GoogleDeps = { tokens: new TokenCache(o, (base) => googleEndpoints(base).token, "location"), o };
  const jwks = new JwksCache(o.now, o.timeoutMs);
  return {
    kind: "GOOGLE_BUSINESS_LOCATION",
    parseSecrets: (value) => googleSecretsSchema.parse(value),
    // Pub/Sub push has no GET handshake: the endpoint is registered on the subscription, not verified by a call.
    answerHandshake: () => null,
    splitWebhook,
    // The keys of the channel's Google (a local fake's in tests, whose apiBaseUrl is not Google's).
    verifySignature: (req, secrets, channel) => verifyPushToken(req, secrets, jwks, o.jwksUrl ?? googleEndpoints(channel?.apiBaseUrl ?? GOOGLE_API_BASE).jwks, o.now()),
    parseWebhook,
    // Notifications carry only the review's name: read before ingestion claims the delivery, applied inside it.
    completion: { fetch: (channel, events) => fetchReviews(channel, events, deps), apply: applyReviews },
    fetchSince: (channel, cursor, opts) => fetchSince(channel, cursor, opts, deps),
    sendPublicReply: (channel, reply) => sendPublicReply(channel, reply, deps),
    sendPrivateReply: () => sendPrivateReply(),
    setHidden: () => setHidden(),
  };
}

export const googleConnector: Connector<GoogleSecrets> = createGoogleConnector();

export { googleSecretsSchema, type GoogleSecrets } from "./secrets";
export { googleEndpoints } from "./endpoints";
export type { GoogleConnectorOptions } from "./options";
export type { GoogleCursor } from "./fetch-since";
