// The single door to the Business Profile API (v4): builds the URL from validated resource names, adds the
// channel's access token, enforces the timeout and turns every failure into a ConnectorError (./errors). A 401
// usually means the cached access token was revoked or expired early: it is dropped and the call made once
// more with a fresh one; a second 401 marks the channel disconnected.
import type { z } from "zod";
import type { ChannelContext } from "../connector";
import { outboundFetch } from "../../security/outbound-fetch";
import { googleEndpoints } from "./endpoints";
import { errorFromNetwork, errorFromResponse, unexpectedResponse } from "./errors";
import type { TokenCache } from "./oauth";
import type { ResolvedGoogleOptions } from "./options";
import type { GoogleSecrets } from "./secrets";
import { parseJsonBody } from "../json-body";

export interface GoogleRequest {
  method: "GET" | "PUT";
  /** Resource path under /v4/, segments already validated (./names.ts). */
  path: string;
  query?: Record<string, string>;
  json?: unknown;
}

export interface GoogleDeps {
  tokens: TokenCache;
  o: ResolvedGoogleOptions;
}

export interface GoogleResponse {
  status: number;
  body: unknown;
}

export async function googleFetch(channel: ChannelContext<GoogleSecrets>, req: GoogleRequest, deps: GoogleDeps): Promise<GoogleResponse> {
  const first = await attempt(channel, req, deps);
  if (first.status !== 401) return finish(first, req, deps);
  deps.tokens.drop(channel.id);
  return finish(await attempt(channel, req, deps), req, deps);
}

interface RawResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

async function attempt(channel: ChannelContext<GoogleSecrets>, req: GoogleRequest, { tokens, o }: GoogleDeps): Promise<RawResponse> {
  const token = await tokens.accessToken(channel);
  const url = new URL(`${googleEndpoints(channel.apiBaseUrl).api}/v4/${req.path}`);
  for (const [k, v] of Object.entries(req.query ?? {})) url.searchParams.set(k, v);
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: "application/json" };
  if (req.json !== undefined) headers["content-type"] = "application/json";
  try {
    // The timeout covers the body too: the signal stays attached while res.text() streams.
    const res = await outboundFetch(url, {
      method: req.method,
      headers,
      body: req.json === undefined ? undefined : JSON.stringify(req.json),
      signal: AbortSignal.timeout(o.timeoutMs),
    });
    return { status: res.status, headers: res.headers, body: parseJsonBody(await res.text()) };
  } catch (err) {
    throw errorFromNetwork(err, "Google API request");
  }
}

function finish(res: RawResponse, req: GoogleRequest, { o }: GoogleDeps): GoogleResponse {
  if (res.status < 200 || res.status > 299) throw errorFromResponse(res.status, res.headers, res.body, o.now());
  if (res.body === undefined) throw unexpectedResponse(`${req.method} of a review resource`, res.status, "body is not JSON");
  return { status: res.status, body: res.body };
}

/** Validates a 2xx body; a shape we do not understand is a permanent failure, not a silent skip. */
export function readBody<T extends z.ZodType>(schema: T, res: GoogleResponse, label: string): z.infer<T> {
  const r = schema.safeParse(res.body);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw unexpectedResponse(label, res.status, issue ? `${issue.path.join(".")}: ${issue.message}` : undefined);
}
