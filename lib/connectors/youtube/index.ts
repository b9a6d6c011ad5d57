// The YouTube channel connector: comments and replies on the channel's videos in (polled: YouTube pushes no
// comments), public replies and moderation of held comments out, all paid from the Data API's daily quota
// (./quota.ts). Wire facts: /work/shared/CONNECTORS.md (YouTube section).
import type { Connector } from "../connector";
import { fetchSince } from "./fetch-since";
import { resolveYoutubeOptions, type YoutubeConnectorOptions } from "./options";
import { youtubeSecretsSchema, type YoutubeSecrets } from "./secrets";
import { moderateHeld, sendPrivateReply, sendPublicReply, setHidden } from "./send";
import { VideoTitles } from "./video-titles";
import { answerHandshake, parseWebhook, splitWebhook, verifySignature } from "./webhook";

export type { YoutubeConnectorOptions } from "./options";
export { youtubeSecretsSchema, type YoutubeSecrets } from "./secrets";
export {
  DEFAULT_DAILY_QUOTA,
  DEFAULT_RESERVE_FRACTION,
  QUOTA_COST,
  nextPacificMidnight,
  pacificDay,
  quotaStatus,
  type QuotaStatus,
  type YoutubeCursor,
} from "./quota";

export function createYoutubeConnector(options: YoutubeConnectorOptions = {}): Connector<YoutubeSecrets> {
  const o = resolveYoutubeOptions(options);
  // Per connector instance: titles of videos already met, so most polls spend nothing on videos.list.
  const titles = new VideoTitles();
  return {
    kind: "YOUTUBE_CHANNEL",
    parseSecrets: (value) => youtubeSecretsSchema.parse(value),
    answerHandshake,
    splitWebhook,
    verifySignature,
    parseWebhook,
    fetchSince: (channel, cursor, opts) => fetchSince(channel, cursor, opts, o, titles),
    sendPublicReply: (channel, reply) => sendPublicReply(channel, reply, o),
    sendPrivateReply: () => sendPrivateReply(),
    setHidden: (channel, externalId, hidden) => setHidden(channel, externalId, hidden, o),
    moderateHeld: (channel, externalId, decision) => moderateHeld(channel, externalId, decision, o),
  };
}

export const youtubeConnector: Connector<YoutubeSecrets> = createYoutubeConnector();
