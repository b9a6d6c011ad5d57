// Access tokens for Google's APIs (Business Profile, and YouTube's too: lib/connectors/youtube/token.ts) from the
// channel's offline refresh token (OAuth 2.0 refresh-token grant). Google's access tokens live about an hour: one is kept in memory per channel and
// reused until a minute before it expires, so a poll or a burst of replies costs one token request, not one
// each. A revoked or expired grant (`invalid_grant`) marks the channel disconnected: only the owner
// re-consenting can fix it.
import { createHash } from "node:crypto";
import { z } from "zod";
import { ConnectorError, type ChannelContext } from "../connector";
import { outboundFetch } from "../../security/outbound-fetch";
import { errorFromNetwork, retryAfter, unexpectedResponse } from "./errors";
import { parseJsonBody } from "../json-body";
import type { GoogleOAuthSecrets } from "./secrets";
/** The clock and the timeout of the connector that asks. */
export interface TokenOptions { now: () => Date; timeoutMs: number }

/** Renew this long before Google's expiry, so a token never dies between our check and Google's. */
const EXPIRY_MARGIN_MS = 60_000;

const tokenSchema = z.looseObject({ access_token: z.string().min(1), expires_in: z.number().positive() });
const oauthErrorSchema = z.looseObject({ error: z.string(), error_description: z.string().optional() });

interface Cached {
  token: string;
  expiresAtMs: number;
  /** Which credentials minted it: a channel reconnected with another grant must not reuse the old token. */
  fingerprint: string;
}

const fingerprintOf = (tokenUrl: string, s: GoogleOAuthSecrets) =>
  createHash("sha256").update(`${tokenUrl}\0${s.clientId}\0${s.refreshToken}`).digest("base64url");

export class TokenCache {
  private readonly cached = new Map<string, Cached>();
  /** One refresh in flight per channel: concurrent callers share it instead of each asking Google. */
  private readonly inflight = new Map<string, Promise<Cached>>();

  /**
   * `tokenUrlOf`: the token endpoint for a channel's apiBaseUrl (Google's own for the production host, a local
   * fake's otherwise); `what`: the channel's kind as the "reconnect the …" message names it.
   */
  constructor(private readonly o: TokenOptions, private readonly tokenUrlOf: (apiBaseUrl: string) => string, private readonly what: string) {}

  async accessToken(channel: ChannelContext<GoogleOAuthSecrets>): Promise<string> {
    const tokenUrl = this.tokenUrlOf(channel.apiBaseUrl);
    const fingerprint = fingerprintOf(tokenUrl, channel.secrets);
    const hit = this.cached.get(channel.id);
    if (hit && hit.fingerprint === fingerprint && hit.expiresAtMs - EXPIRY_MARGIN_MS > this.o.now().getTime()) return hit.token;
    const key = `${channel.id}\0${fingerprint}`;
    let pending = this.inflight.get(key);
    if (!pending) {
      pending = this.refresh(tokenUrl, channel.secrets, fingerprint).finally(() => this.inflight.delete(key));
      this.inflight.set(key, pending);
    }
    const fresh = await pending;
    this.cached.set(channel.id, fresh);
    return fresh.token;
  }

  /** Forget a token Google just refused (a 401), so the next call asks for a new one. */
  drop(channelId: string): void {
    this.cached.delete(channelId);
  }

  private async refresh(tokenUrl: string, s: GoogleOAuthSecrets, fingerprint: string): Promise<Cached> {
    const form = new URLSearchParams({ grant_type: "refresh_token", client_id: s.clientId, client_secret: s.clientSecret, refresh_token: s.refreshToken });
    let status: number;
    let headers: Headers;
    let text: string;
    try {
      const res = await outboundFetch(tokenUrl, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
        body: form.toString(),
        signal: AbortSignal.timeout(this.o.timeoutMs),
      });
      status = res.status;
      headers = res.headers;
      text = await res.text();
    } catch (err) {
      throw errorFromNetwork(err, "Google token request");
    }
    const body = parseJsonBody(text);
    if (status >= 200 && status <= 299) {
      const r = tokenSchema.safeParse(body);
      if (!r.success) throw unexpectedResponse("token refresh", status, r.error.issues[0]?.message);
      return { token: r.data.access_token, expiresAtMs: this.o.now().getTime() + r.data.expires_in * 1000, fingerprint };
    }
    throw tokenError(status, headers, body, this.o.now(), this.what);
  }
}

function tokenError(status: number, headers: Headers, body: unknown, now: Date, what: string): ConnectorError {
  const e = oauthErrorSchema.safeParse(body);
  const code = e.success ? e.data.error : undefined;
  const text = e.success ? `${e.data.error}${e.data.error_description ? `: ${e.data.error_description}` : ""}` : `HTTP ${status}`;
  const base = { httpStatus: status, ...(code ? { platformCode: code } : {}) };
  // invalid_grant: refresh token revoked, expired or for another client; invalid_client: the client itself.
  if ((status === 400 || status === 401) && (code === "invalid_grant" || code === "invalid_client" || code === "unauthorized_client")) {
    return new ConnectorError(`Google refused the channel's authorisation (${text}): reconnect the ${what}`, { ...base, retryable: false, tokenInvalid: true });
  }
  if (status === 429 || status >= 500) {
    return new ConnectorError(`Google token endpoint unavailable (${status}): ${text}`, { ...base, retryable: true, retryAt: retryAfter(headers, now) });
  }
  return new ConnectorError(`Google token request failed (${status}): ${text}`, { ...base, retryable: false });
}
