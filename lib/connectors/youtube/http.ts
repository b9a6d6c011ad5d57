// The single door to the YouTube Data API: builds `${base}/youtube/v3/...`, sends the owner's access token,
// enforces the timeout and turns failures into ConnectorError (./errors). A 401 drops the cached token and tries
// once more with a fresh one (an access token can be revoked before its stated expiry); a second 401 means the
// authorization itself is gone.
import type { z } from "zod";
import type { ChannelContext } from "../connector";
import { outboundFetch } from "../../security/outbound-fetch";
import { errorFromNetwork, errorFromResponse, unexpectedResponse } from "./errors";
import type { ResolvedYoutubeOptions } from "./options";
import type { YoutubeSecrets } from "./secrets";
import { accessToken, dropAccessToken } from "./token";
import { parseJsonBody } from "../json-body";

export interface YoutubeRequest {
  method: "GET" | "POST";
  /** Under /youtube/v3, e.g. `/commentThreads`. */
  path: string;
  query: Record<string, string>;
  json?: unknown;
}

export interface YoutubeResponse {
  status: number;
  /** Parsed JSON; undefined for 204 (setModerationStatus). */
  body: unknown;
}

export function apiUrl(apiBaseUrl: string, path: string, query: Record<string, string>): string {
  const qs = new URLSearchParams(query).toString();
  return `${apiBaseUrl.replace(/\/+$/, "")}/youtube/v3${path}${qs ? `?${qs}` : ""}`;
}

async function once(channel: ChannelContext<YoutubeSecrets>, req: YoutubeRequest, token: string, o: ResolvedYoutubeOptions) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: "application/json" };
  if (req.json !== undefined) headers["content-type"] = "application/json";
  try {
    // The timeout covers the body too: the signal stays attached while res.text() streams.
    const res = await outboundFetch(apiUrl(channel.apiBaseUrl, req.path, req.query), {
      method: req.method,
      headers,
      body: req.json === undefined ? undefined : JSON.stringify(req.json),
      signal: AbortSignal.timeout(o.timeoutMs),
    });
    return { status: res.status, text: await res.text() };
  } catch (err) {
    throw errorFromNetwork(err);
  }
}

export async function youtubeFetch(channel: ChannelContext<YoutubeSecrets>, req: YoutubeRequest, o: ResolvedYoutubeOptions): Promise<YoutubeResponse> {
  let res = await once(channel, req, await accessToken(channel, o), o);
  if (res.status === 401) {
    dropAccessToken(channel.id, o);
    res = await once(channel, req, await accessToken(channel, o), o);
    if (res.status === 401) dropAccessToken(channel.id, o);
  }
  const body = parseJsonBody(res.text);
  if (res.status < 200 || res.status > 299) throw errorFromResponse(res.status, body, o.now());
  return { status: res.status, body };
}

/** Validates a 2xx body; a shape we do not understand is a permanent failure, not a silent skip. */
export function readBody<T extends z.ZodType>(schema: T, res: YoutubeResponse, what: string): z.infer<T> {
  const r = schema.safeParse(res.body);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw unexpectedResponse(what, res.status, issue ? `${issue.path.join(".")}: ${issue.message}` : undefined);
}
