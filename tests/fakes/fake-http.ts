// Plumbing shared by the Graph and X fakes: a loopback HTTP server that records every request,
// body parsing that mirrors what the real services accept, a scripted-failure queue, wire JSON
// serialisation and a webhook sender that retries like the platforms do.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. `/v25.0/123_456/comments`. */
  path: string;
  query: Record<string, string>;
  /** Lower-cased header names, multi-valued headers joined with ", ". */
  headers: Record<string, string>;
  /** Parsed JSON, form fields (Record<string,string>), or undefined for an empty/unparseable body. */
  body: unknown;
  rawBody: string;
}

export interface JsonReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export type Handler = (req: RecordedRequest) => JsonReply | Promise<JsonReply>;

export interface RunningServer {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

function flattenHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v;
  }
  return out;
}

export function parseBody(contentType: string | undefined, raw: string): unknown {
  if (raw.length === 0) return undefined;
  const ct = (contentType ?? "").toLowerCase();
  if (ct.includes("application/x-www-form-urlencoded")) {
    return Object.fromEntries(new URLSearchParams(raw));
  }
  // Clients often omit the content type for JSON; try it before giving up.
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

async function readRaw(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Starts a server on 127.0.0.1:0. Every request is recorded before the handler runs. */
export async function startRecordingServer(handler: Handler): Promise<RunningServer> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const rawBody = await readRaw(req);
      const u = new URL(req.url ?? "/", "http://fake.local");
      const headers = flattenHeaders(req);
      const recorded: RecordedRequest = {
        method: (req.method ?? "GET").toUpperCase(),
        path: decodeURIComponent(u.pathname),
        query: Object.fromEntries(u.searchParams),
        headers,
        body: parseBody(headers["content-type"], rawBody),
        rawBody,
      };
      requests.push(recorded);
      let reply: JsonReply;
      try {
        reply = await handler(recorded);
      } catch (err) {
        // A bug in the fake must be visible in the test, not swallowed as a hang.
        reply = { status: 599, body: { fakeError: String(err instanceof Error ? err.stack : err) } };
      }
      const text = reply.body === undefined ? "" : JSON.stringify(reply.body);
      res.writeHead(reply.status, { "content-type": "application/json; charset=UTF-8", ...reply.headers });
      res.end(text);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // fetch keeps sockets alive; without this close() waits for them to time out.
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

export interface FailureMatch {
  /** Only requests whose path matches. */
  path?: RegExp;
  /** Only this method; "*" for any. */
  method?: string;
}

/** FIFO of scripted failures; each entry is consumed by the first request it matches. */
export class FailureQueue<F> {
  private queue: Array<{ failure: F; match: FailureMatch }> = [];
  constructor(private readonly defaultMethod: string) {}

  add(n: number, failure: F, match?: RegExp | FailureMatch): void {
    const m: FailureMatch = match instanceof RegExp ? { path: match } : { ...match };
    m.method = (m.method ?? this.defaultMethod).toUpperCase();
    for (let i = 0; i < n; i++) this.queue.push({ failure, match: m });
  }

  take(method: string, path: string): F | undefined {
    const idx = this.queue.findIndex(
      ({ match }) => (match.method === "*" || match.method === method) && (!match.path || match.path.test(path)),
    );
    if (idx < 0) return undefined;
    const [entry] = this.queue.splice(idx, 1);
    return entry?.failure;
  }

  get pending(): number {
    return this.queue.length;
  }

  clear(): void {
    this.queue = [];
  }
}

const BIGINT_TAG = "\u0000bigint:";

export interface WireJsonOptions {
  /** Escape every non-ASCII UTF-16 unit as lower-case \uXXXX (what Meta signs). */
  escapeNonAscii?: boolean;
  /** Escape "/" as "\/" (PHP json_encode default, seen in Meta payloads). */
  escapeSlashes?: boolean;
}

/**
 * JSON.stringify with two platform quirks: bigint values become bare JSON numbers (X's v1.1
 * payloads carry 64-bit numeric `id`s that lose precision in JSON.parse, which is the point), and
 * optional Meta-style escaping.
 */
export function toWireJson(value: unknown, opts: WireJsonOptions = {}): string {
  let text = JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? `${BIGINT_TAG}${v.toString()}` : v));
  text = text.replace(/"\\u0000bigint:(-?\d+)"/g, "$1");
  if (opts.escapeSlashes) text = text.replace(/\//g, "\\/");
  if (opts.escapeNonAscii) {
    text = text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  }
  return text;
}

export interface DeliveryResult {
  /** Last HTTP status, or 0 when the last attempt failed at the network level / timed out. */
  status: number;
  body: string;
  attempts: number;
}

export interface DeliveryOptions {
  retries?: number;
  /** Delay before the 3rd attempt; doubles afterwards. The 2nd attempt is immediate, like Meta. */
  backoffMs?: number;
  timeoutMs?: number;
}

/** POSTs `body` and retries on anything but 200, as both platforms do (bounded here by `retries`). */
export async function deliverWithRetries(
  targetUrl: string,
  body: string,
  headers: Record<string, string>,
  opts: DeliveryOptions = {},
): Promise<DeliveryResult> {
  const retries = opts.retries ?? 0;
  const backoff = opts.backoffMs ?? 10;
  let last: DeliveryResult = { status: 0, body: "", attempts: 0 };
  for (let attempt = 1; attempt <= retries + 1; attempt++) {
    // no-event: a platform retries on its own clock, not on any signal from us; this reproduces that schedule.
    if (attempt >= 3) await new Promise((r) => setTimeout(r, backoff * 2 ** (attempt - 3)));
    try {
      const res = await fetch(targetUrl, {
        method: "POST",
        headers,
        body,
        signal: AbortSignal.timeout(opts.timeoutMs ?? 20_000),
      });
      last = { status: res.status, body: await res.text(), attempts: attempt };
    } catch (err) {
      last = { status: 0, body: err instanceof Error ? err.message : String(err), attempts: attempt };
      // Said out loud: a test that then sees status 0 shows why the delivery failed.
      console.warn(`fake platform: delivery to ${targetUrl} failed: ${last.body}`, (err as { cause?: unknown }).cause ?? "");
    }
    if (last.status === 200) return last;
  }
  return last;
}
