// Minimal Graph API client: the outbound fetch (public addresses only, checked at each call; no redirects), a timeout on every call, the token in the Authorization header
// (never in URLs, so it cannot leak through logged URLs or `paging.next` links), failures via mapGraphError.
import { ConnectorError, type ChannelContext } from "../connector";
import type { FacebookSecrets } from "../secrets-schemas";
import type { ResolvedOptions } from "./config";
import { outboundFetch } from "../../security/outbound-fetch";
import { hasGraphError, mapGraphError, networkError } from "./errors";
import { parseJsonBody } from "../json-body";

export interface GraphClient {
  /** `{apiBaseUrl}/{version}/{segments...}?query`; segments are URL-encoded (ids come from payloads). */
  url(segments: string[], query?: Record<string, string>): URL;
  get(url: URL): Promise<unknown>;
  post(segments: string[], body: Record<string, unknown>): Promise<unknown>;
  /** Validates a `paging.next` link (absolute, or path + query): same origin as apiBaseUrl, or we would hand our token elsewhere. */
  nextUrl(next: string): URL;
}

export function graphClient(channel: ChannelContext<FacebookSecrets>, opts: ResolvedOptions): GraphClient {
  const token = channel.secrets.pageAccessToken;
  const secrets = [token, channel.secrets.appSecret];
  const base = parseBase(channel.apiBaseUrl);

  const call = async (url: URL, init: { method: "GET" | "POST"; body?: string }): Promise<unknown> => {
    let res: Response;
    let text: string;
    try {
      res = await outboundFetch(url, {
        method: init.method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: "application/json",
          ...(init.body !== undefined ? { "content-type": "application/json" } : {}),
        },
        body: init.body,
        // Also bounds reading the body: the signal aborts the stream too.
        signal: AbortSignal.timeout(opts.timeoutMs),
      });
      text = await res.text();
    } catch (err) {
      throw networkError(err, { timeoutMs: opts.timeoutMs, secrets });
    }
    const body = parseJsonBody(text);
    if (!res.ok || hasGraphError(body)) {
      throw mapGraphError({ httpStatus: res.status, headers: res.headers, body }, { now: opts.now(), secrets });
    }
    if (body === undefined) {
      // A POST may have taken effect even though we cannot read the answer: retrying could double-post.
      throw new ConnectorError(`Facebook: unreadable ${res.status} response from Graph API`, {
        retryable: init.method === "GET",
        httpStatus: res.status,
      });
    }
    return body;
  };

  const url = (segments: string[], query?: Record<string, string>): URL => {
    // Ids come from payloads and the database: an empty or dot segment would address another object.
    if (segments.some((s) => s === "" || s === "." || s === "..")) {
      throw new ConnectorError("Facebook: invalid object id", { retryable: false });
    }
    const path = [opts.graphVersion, ...segments].map((s) => encodeURIComponent(s)).join("/");
    const u = new URL(`${base.href.replace(/\/$/, "")}/${path}`);
    for (const [k, v] of Object.entries(query ?? {})) u.searchParams.set(k, v);
    return u;
  };

  return {
    url,
    get: (u) => call(u, { method: "GET" }),
    post: (segments, body) => call(url(segments), { method: "POST", body: JSON.stringify(body) }),
    nextUrl(next) {
      let u: URL;
      try {
        // Relative links are resumed cursors (stored as path + query); absolute ones come from Graph.
        u = new URL(next, base.origin);
      } catch {
        throw new ConnectorError("Facebook: malformed paging.next link", { retryable: false });
      }
      if (u.origin !== base.origin) {
        throw new ConnectorError(`Facebook: paging.next points to another host (${u.origin})`, { retryable: false });
      }
      // Should Graph ever echo a token into the link, drop it: the header carries ours.
      u.searchParams.delete("access_token");
      return u;
    },
  };
}

function parseBase(apiBaseUrl: string): URL {
  let u: URL;
  try {
    u = new URL(apiBaseUrl);
  } catch {
    throw new ConnectorError("Facebook: channel apiBaseUrl is not a URL", { retryable: false });
  }
  if (u.protocol !== "https:" && u.protocol !== "http:") {
    throw new ConnectorError("Facebook: channel apiBaseUrl must be http(s)", { retryable: false });
  }
  return u;
}

