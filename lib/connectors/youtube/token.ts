// Google OAuth: trades the owner's refresh token for a short-lived access token (about an hour), kept in memory
// per channel until shortly before it expires, so a poll or a reply does not cost a token round trip each time.
// `invalid_grant` means the owner revoked access or the token expired: the channel must show as disconnected.
import { z } from "zod";
import { ConnectorError, type ChannelContext } from "../connector";
import { outboundFetch } from "../../security/outbound-fetch";
import { errorFromNetwork } from "./errors";
import { tokenUrl, type ResolvedYoutubeOptions } from "./options";
import type { YoutubeSecrets } from "./secrets";

/** Refresh this long before Google's stated expiry, so a token never dies in flight. */
const EXPIRY_MARGIN_MS = 60_000;

const tokenResponseSchema = z.looseObject({ access_token: z.string().min(1), expires_in: z.number().positive() });
const oauthErrorSchema = z.looseObject({ error: z.string(), error_description: z.string().optional() });

interface CachedToken {
  /** The token was issued for these: a reconnected channel (new secrets) or another host gets a fresh one. */
  key: string;
  accessToken: string;
  expiresAtMs: number;
}

const cache = new Map<string, CachedToken>();
const inFlight = new Map<string, Promise<CachedToken>>();

function keyOf(channel: ChannelContext<YoutubeSecrets>): string {
  return `${tokenUrl(channel.apiBaseUrl)}\n${channel.secrets.clientId}\n${channel.secrets.refreshToken}`;
}

/** A valid access token for the channel, refreshed when missing or about to expire. */
export async function accessToken(channel: ChannelContext<YoutubeSecrets>, o: ResolvedYoutubeOptions): Promise<string> {
  const key = keyOf(channel);
  const hit = cache.get(channel.id);
  if (hit && hit.key === key && hit.expiresAtMs - EXPIRY_MARGIN_MS > o.now().getTime()) return hit.accessToken;
  // Concurrent calls of one channel share one refresh.
  let pending = inFlight.get(channel.id);
  if (!pending) {
    pending = refresh(channel, key, o).finally(() => inFlight.delete(channel.id));
    inFlight.set(channel.id, pending);
  }
  const fresh = await pending;
  cache.set(channel.id, fresh);
  return fresh.accessToken;
}

/** After a 401: the cached token is no longer accepted (revoked, or the clock lied). */
export function dropAccessToken(channelId: string): void {
  cache.delete(channelId);
}

async function refresh(channel: ChannelContext<YoutubeSecrets>, key: string, o: ResolvedYoutubeOptions): Promise<CachedToken> {
  const { clientId, clientSecret, refreshToken } = channel.secrets;
  const form = new URLSearchParams({ grant_type: "refresh_token", client_id: clientId, client_secret: clientSecret, refresh_token: refreshToken });
  let status: number;
  let text: string;
  try {
    const res = await outboundFetch(tokenUrl(channel.apiBaseUrl), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body: form.toString(),
      signal: AbortSignal.timeout(o.timeoutMs),
    });
    status = res.status;
    text = await res.text();
  } catch (err) {
    throw errorFromNetwork(err);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (status >= 200 && status <= 299) {
    const ok = tokenResponseSchema.safeParse(body);
    if (!ok.success) throw new ConnectorError(`Google token endpoint answered ${status} without an access token`, { retryable: false, httpStatus: status });
    return { key, accessToken: ok.data.access_token, expiresAtMs: o.now().getTime() + ok.data.expires_in * 1000 };
  }
  const err = oauthErrorSchema.safeParse(body);
  const code = err.success ? err.data.error : undefined;
  // Never echo the request: it carries the client secret and the refresh token.
  const what = code ? `${code}${err.success && err.data.error_description ? `: ${err.data.error_description}` : ""}` : `HTTP ${status}`;
  if (code === "invalid_grant" || code === "invalid_client" || code === "unauthorized_client") {
    throw new ConnectorError(`Google refused the channel's authorization (${what}): reconnect the YouTube channel`, {
      retryable: false,
      tokenInvalid: true,
      httpStatus: status,
      platformCode: code,
    });
  }
  const retryable = status === 429 || status >= 500;
  throw new ConnectorError(`Google token endpoint failed (${what})`, { retryable, httpStatus: status, platformCode: code });
}
