// The Instagram Graph API is the Facebook Graph API on another node type (graph.facebook.com with Facebook
// Login, graph.instagram.com with Instagram Login: the base URL is configuration). Same versioned paths,
// errors, rate-limit codes and paging, so the Facebook client serves both: only the token field differs.
import type { ChannelContext } from "../connector";
import type { ResolvedOptions } from "../facebook/config";
import { graphClient, type GraphClient } from "../facebook/graph-client";
import type { InstagramSecrets } from "../secrets-schemas";

export function instagramGraph(channel: ChannelContext<InstagramSecrets>, o: ResolvedOptions): GraphClient {
  const { appSecret, accessToken, verifyToken } = channel.secrets;
  return graphClient({ ...channel, secrets: { appSecret, pageAccessToken: accessToken, verifyToken } }, o);
}

/** Instagram GET times look like Facebook's (`2024-05-01T10:00:00+0000`). */
export { parseGraph, parseGraphTime, pagedSchema } from "../facebook/graph-comments";
