// fetch() for every call the server makes to a URL a user chose (connectors, alert webhooks; issue #20 items 4–5).
// Global fetch cannot be told which address to connect to, so this uses node:http(s) with a `lookup` that resolves
// the host, refuses it when any address is not public (./outbound-url) and hands the socket exactly the addresses
// it checked: a DNS answer that changes between check and connect (rebinding) cannot slip a private one in.
// A 3xx is an error, never followed: a redirect would send the request, and its secrets, to an unchecked address.
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { Readable } from "node:stream";
import { OutboundRefusedError, allowPrivateUrls, bareHost, parseOutboundUrl, resolveCheckedHost, type OutboundPolicy } from "./outbound-url";

export interface OutboundInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}
export type OutboundFetch = (url: string | URL, init?: OutboundInit) => Promise<Response>;

// Kept-alive sockets are reused without a new lookup; one pool per mode, so a socket opened while private
// addresses were allowed is never handed to a request made under the strict policy.
const agents = {
  strict: { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) },
  private: { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) },
};

function checkedLookup(policy: OutboundPolicy): LookupFunction {
  return (hostname, options, callback) => {
    resolveCheckedHost(hostname, policy).then(
      (found) => {
        const family = options.family === 4 || options.family === 6 ? options.family : undefined;
        const addrs = family ? found.filter((a) => a.family === family) : found;
        if (addrs.length === 0) return callback(new OutboundRefusedError(`${hostname} has no IPv${family} address`), "", 4);
        if (options.all) return (callback as (e: null, a: typeof addrs) => void)(null, addrs);
        callback(null, addrs[0]!.address, addrs[0]!.family);
      },
      (err: Error) => callback(err as NodeJS.ErrnoException, "", 4),
    );
  };
}

const NULL_BODY = new Set([204, 205, 304]);

function toResponse(res: IncomingMessage, method: string): Response {
  const status = res.statusCode ?? 0;
  const headers = new Headers();
  for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
    try {
      headers.append(res.rawHeaders[i]!, res.rawHeaders[i + 1]!);
    } catch {
      /* a header value fetch would refuse: drop it */
    }
  }
  const body = NULL_BODY.has(status) || method === "HEAD" ? null : (Readable.toWeb(res) as ReadableStream<Uint8Array>);
  if (!body) res.resume();
  return new Response(body, { status, statusText: res.statusMessage ?? "", headers });
}

export async function outboundFetch(raw: string | URL, init: OutboundInit = {}, policy: OutboundPolicy = {}): Promise<Response> {
  const allowPrivate = policy.allowPrivate ?? allowPrivateUrls();
  const url = parseOutboundUrl(String(raw), allowPrivate);
  // An address literal never goes through `lookup`: check it here (names are checked as they are dialled).
  if (isIP(bareHost(url))) await resolveCheckedHost(bareHost(url), { ...policy, allowPrivate });
  const method = (init.method ?? "GET").toUpperCase();
  const headers: Record<string, string> = { ...init.headers };
  if (init.body !== undefined) headers["content-length"] = String(Buffer.byteLength(init.body));
  const pool = agents[allowPrivate ? "private" : "strict"];
  // An injected resolver is a test's: no pooled socket may outlive it.
  const agent = policy.resolve ? false : url.protocol === "https:" ? pool.https : pool.http;
  const lib = url.protocol === "https:" ? https : http;
  const { signal } = init;
  signal?.throwIfAborted();

  const res = await new Promise<IncomingMessage>((resolve, reject) => {
    const req = lib.request(url, { method, headers, agent, lookup: checkedLookup({ ...policy, allowPrivate }), signal }, resolve);
    req.on("error", (err) => reject(signal?.aborted ? signal.reason : err));
    req.end(init.body);
  });
  // The signal also bounds reading the body: abort destroys the stream with the signal's reason (TimeoutError).
  if (signal) {
    const onAbort = () => res.destroy(signal.reason as Error);
    signal.addEventListener("abort", onAbort, { once: true });
    res.once("close", () => signal.removeEventListener("abort", onAbort));
  }
  const status = res.statusCode ?? 0;
  if (status >= 300 && status < 400) {
    res.destroy();
    throw new OutboundRefusedError(`redirect not followed (HTTP ${status})`);
  }
  if (status < 200 || status > 599) {
    res.destroy();
    throw new OutboundRefusedError(`unexpected HTTP status ${status}`);
  }
  return toResponse(res, method);
}
