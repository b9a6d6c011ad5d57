// Where the three Google services live. In production the Business Profile API, the OAuth token endpoint and
// the JWKS that signs Pub/Sub push tokens are three different hosts; a local fake serves all three on the one
// origin a test gives as ChannelContext.apiBaseUrl, so nothing but that base URL differs between the two.

export const GOOGLE_API_BASE = "https://mybusiness.googleapis.com";
export const GOOGLE_TOKEN_URL = "https://oauth2.googleapis.com/token";
export const GOOGLE_JWKS_URL = "https://www.googleapis.com/oauth2/v3/certs";

export interface GoogleEndpoints {
  /** Prefix of v4 resource paths: `${api}/v4/accounts/…`. */
  api: string;
  /** OAuth 2.0 token endpoint (refresh-token grant). */
  token: string;
  /** JSON Web Key Set of Google's OIDC signing keys. */
  jwks: string;
}

/** Endpoints for an apiBaseUrl: Google's own when it is the production base, else all on that (fake) origin. */
export function googleEndpoints(apiBaseUrl: string): GoogleEndpoints {
  const base = apiBaseUrl.replace(/\/+$/, "");
  if (base === GOOGLE_API_BASE) return { api: base, token: GOOGLE_TOKEN_URL, jwks: GOOGLE_JWKS_URL };
  return { api: base, token: `${base}/token`, jwks: `${base}/oauth2/v3/certs` };
}
