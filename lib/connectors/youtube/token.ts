// YouTube's access tokens: Google OAuth, as for Business Profile (lib/connectors/google/oauth.ts, one cache per
// connector instance); only the token endpoint for a channel's apiBaseUrl is YouTube's own (./options.ts).
// `invalid_grant` means the owner revoked access or the token expired: the channel shows as disconnected.
import type { ChannelContext } from "../connector";
import { TokenCache } from "../google/oauth";
import { tokenUrl, type ResolvedYoutubeOptions } from "./options";
import type { YoutubeSecrets } from "./secrets";

const caches = new WeakMap<ResolvedYoutubeOptions, TokenCache>();
const cacheFor = (o: ResolvedYoutubeOptions) => {
  let c = caches.get(o);
  if (!c) caches.set(o, (c = new TokenCache(o, tokenUrl, "YouTube channel")));
  return c;
};

/** A valid access token for the channel, refreshed when missing or about to expire. */
export function accessToken(channel: ChannelContext<YoutubeSecrets>, o: ResolvedYoutubeOptions): Promise<string> {
  return cacheFor(o).accessToken(channel);
}

/** After a 401: the cached token is no longer accepted (revoked, or the clock lied). */
export function dropAccessToken(channelId: string, o: ResolvedYoutubeOptions): void {
  cacheFor(o).drop(channelId);
}
