// OAuth 1.0a request signing (RFC 5849, HMAC-SHA1): X's user-context auth for every call this connector
// makes (mentions, DM reads and sends, POST /2/tweets, hide replies). Only the query string and
// application/x-www-form-urlencoded body parameters are signed; JSON bodies are not part of the signature
// (RFC 5849 §3.4.1.3.1 only covers form bodies), which is why callers pass `formParams` only for form posts.
import { createHmac, randomBytes } from "node:crypto";

export type OAuthParam = readonly [name: string, value: string];

export interface OAuthCredentials {
  consumerKey: string;
  consumerSecret: string;
  token: string;
  tokenSecret: string;
}

export interface SignOptions {
  method: string;
  /** Full request URL, query string included: its parameters are part of the signature. */
  url: string | URL;
  /** Parameters of an application/x-www-form-urlencoded body (never JSON). */
  formParams?: readonly OAuthParam[];
  /** Fixed only in tests; otherwise random per request. */
  nonce?: string;
  /** Unix seconds; fixed only in tests. */
  timestamp?: string;
}

/**
 * RFC 3986 percent-encoding as RFC 5849 §3.6 requires: everything but ALPHA / DIGIT / "-" / "." / "_" / "~"
 * is escaped, with upper-case hex. encodeURIComponent leaves !'()* alone, so those are escaped here.
 */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** RFC 5849 §3.4.1.2: scheme and host lower-cased, default port dropped, no query or fragment. */
export function baseStringUri(url: URL): string {
  // WHATWG URL already lower-cases scheme and host and drops :80 / :443 for http / https.
  return `${url.protocol}//${url.host}${url.pathname}`;
}

/** RFC 5849 §3.4.1.3.2: encode every name and value, sort by name then value (byte order), join. */
export function normalizeParameters(params: readonly OAuthParam[]): string {
  return params
    .map(([k, v]) => [percentEncode(k), percentEncode(v)] as const)
    .sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
}

/**
 * RFC 5849 §3.4.1: METHOD & encoded base URI & encoded normalized parameters, where the parameters are the
 * URL's query parameters (decoded as form data, so "+" is a space) plus `params` (oauth_* and form body).
 */
export function signatureBaseString(method: string, url: string | URL, params: readonly OAuthParam[]): string {
  const u = new URL(url);
  const all: OAuthParam[] = [...u.searchParams.entries(), ...params];
  return [method.toUpperCase(), percentEncode(baseStringUri(u)), percentEncode(normalizeParameters(all))].join("&");
}

/** RFC 5849 §3.4.2: key = encoded consumer secret & encoded token secret; base64 of the HMAC-SHA1. */
export function hmacSha1Signature(baseString: string, consumerSecret: string, tokenSecret: string): string {
  const key = `${percentEncode(consumerSecret)}&${percentEncode(tokenSecret)}`;
  return createHmac("sha1", key).update(baseString, "utf8").digest("base64");
}

/** The `Authorization: OAuth …` header value for one request (RFC 5849 §3.5.1). */
export function oauthAuthorizationHeader(creds: OAuthCredentials, opts: SignOptions): string {
  const oauth: OAuthParam[] = [
    ["oauth_consumer_key", creds.consumerKey],
    ["oauth_nonce", opts.nonce ?? randomBytes(16).toString("hex")],
    ["oauth_signature_method", "HMAC-SHA1"],
    ["oauth_timestamp", opts.timestamp ?? String(Math.floor(Date.now() / 1000))],
    ["oauth_token", creds.token],
    ["oauth_version", "1.0"],
  ];
  const base = signatureBaseString(opts.method, opts.url, [...oauth, ...(opts.formParams ?? [])]);
  const signature = hmacSha1Signature(base, creds.consumerSecret, creds.tokenSecret);
  const fields = [...oauth, ["oauth_signature", signature] as const].map(([k, v]) => `${percentEncode(k)}="${percentEncode(v)}"`);
  return `OAuth ${fields.join(", ")}`;
}
