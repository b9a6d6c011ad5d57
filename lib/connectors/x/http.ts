// The single door to the X API: builds the URL, signs it with OAuth 1.0a user context, enforces the
// timeout and turns every failure into a ConnectorError (./errors). User context is the default: DM and write
// endpoints accept nothing else. The app bearer token (optional in XSecrets) is sent only where X accepts
// nothing else: the v2 Webhooks API (./webhook-registration.ts).
import type { z } from "zod";
import { ConnectorError, type ChannelContext } from "../connector";
import type { XSecrets } from "../secrets-schemas";
import { outboundFetch } from "../../security/outbound-fetch";
import { errorFromNetwork, errorFromResponse, errorFromSuccessBody, unexpectedResponse } from "./errors";
import { oauthAuthorizationHeader, percentEncode, type OAuthParam } from "./oauth1";
import { parseJsonBody } from "../json-body";

export const X_TIMEOUT_MS = 15_000;

export interface XRequest {
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** Path under the API base, e.g. `/2/tweets`; ids in it must already be validated as numeric. */
  path: string;
  query?: readonly OAuthParam[];
  /** Sent as JSON; not part of the OAuth signature. */
  json?: unknown;
  /** "app": the app-only bearer token instead of the user's OAuth 1.0a signature. */
  auth?: "user" | "app";
  /** Overridable for tests only. */
  timeoutMs?: number;
}

export interface XResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

/** Query string encoded exactly as it is signed (RFC 3986), so the server's view matches the signature. */
export function buildUrl(baseUrl: string, path: string, query: readonly OAuthParam[] = []): string {
  const qs = query.map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join("&");
  return `${baseUrl.replace(/\/+$/, "")}${path}${qs ? `?${qs}` : ""}`;
}

/** Belt and braces: X never echoes credentials, but a message must never carry one. */
function redact(err: ConnectorError, secrets: XSecrets): ConnectorError {
  let message = err.message;
  for (const s of Object.values(secrets)) if (s) message = message.split(s).join("[redacted]");
  if (message === err.message) return err;
  return new ConnectorError(message, {
    retryable: err.retryable,
    retryAt: err.retryAt,
    httpStatus: err.httpStatus,
    platformCode: err.platformCode,
    tokenInvalid: err.tokenInvalid,
  });
}

/** Performs one call; resolves only for a usable 2xx (JSON body, not errors-only). */
export async function xFetch(channel: ChannelContext<XSecrets>, req: XRequest): Promise<XResponse> {
  const url = buildUrl(channel.apiBaseUrl, req.path, req.query);
  const { secrets } = channel;
  if (req.auth === "app" && !secrets.bearerToken) {
    throw new ConnectorError("this X channel has no app bearer token: the v2 Webhooks API accepts nothing else", { retryable: false });
  }
  const authorization = req.auth === "app" ? `Bearer ${secrets.bearerToken}` : oauthAuthorizationHeader(
    { consumerKey: secrets.consumerKey, consumerSecret: secrets.consumerSecret, token: secrets.accessToken, tokenSecret: secrets.accessTokenSecret },
    { method: req.method, url },
  );
  const headers: Record<string, string> = { authorization, accept: "application/json" };
  if (req.json !== undefined) headers["content-type"] = "application/json";
  let status: number;
  let resHeaders: Headers;
  let text: string;
  try {
    // The timeout covers the body too: the signal stays attached while res.text() streams.
    const res = await outboundFetch(url, {
      method: req.method,
      headers,
      body: req.json === undefined ? undefined : JSON.stringify(req.json),
      signal: AbortSignal.timeout(req.timeoutMs ?? X_TIMEOUT_MS),
    });
    status = res.status;
    resHeaders = res.headers;
    text = await res.text();
  } catch (err) {
    throw errorFromNetwork(err);
  }
  const body = parseJsonBody(text);
  if (status < 200 || status > 299) throw redact(errorFromResponse(status, resHeaders, body), secrets);
  const bodyError = errorFromSuccessBody(status, body);
  if (bodyError) throw redact(bodyError, secrets);
  if (body === undefined) throw unexpectedResponse(`${req.method} ${req.path}`, status, "body is not JSON");
  return { status, headers: resHeaders, body };
}

/** Validates a 2xx body; a shape we do not understand is a permanent failure, not a silent skip. */
export function readBody<T extends z.ZodType>(schema: T, res: XResponse, what: string): z.infer<T> {
  const r = schema.safeParse(res.body);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw unexpectedResponse(what, res.status, issue ? `${issue.path.join(".")}: ${issue.message}` : undefined);
}
