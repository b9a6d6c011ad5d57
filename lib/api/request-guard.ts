// What every /api/v1 request must satisfy before a route sees it (issue #11 item 4 and item 1): no NUL byte
// anywhere in the query or body (PostgreSQL text cannot hold one: it used to answer 500), bodies of at most
// 1 MiB read with a counter (a streamed 200 MB body no longer fills memory), and JSON as the only body type (a
// cross-site <form enctype=text/plain> or no-cors fetch cannot send it). Throws ApiError (400 / 413 / 415).
import { ApiError } from "./errors";

export const MAX_BODY_BYTES = 1024 * 1024;

const nulError = () => new ApiError(400, "invalid_request", "Invalid request: NUL characters (\\u0000) are not accepted.");

export function assertNoNulInUrl(url: URL): void {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    throw new ApiError(400, "invalid_request", "Invalid request: malformed URL encoding.");
  }
  if (path.includes("\0")) throw nulError();
  for (const [k, v] of url.searchParams) if (k.includes("\0") || v.includes("\0")) throw nulError();
}

export function assertDeclaredSize(req: Request): void {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw tooLarge();
}

const tooLarge = (max = MAX_BODY_BYTES) => new ApiError(413, "payload_too_large", `The request body is larger than ${max} bytes.`);

/** Reads a body with a counter: past `max` bytes it stops reading (cancels the stream) and throws a 413. */
export async function readLimited(req: Request, max = MAX_BODY_BYTES): Promise<string> {
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(max);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function isJsonType(ct: string | null): boolean {
  const mime = (ct ?? "").split(";")[0]!.trim().toLowerCase();
  return mime === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(mime);
}

function rejectNul(_key: string, value: unknown): unknown {
  if (typeof value === "string" && value.includes("\0")) throw nulError();
  return value;
}

/** Reads the body once under the limits and returns a Request whose body the route can read again. */
export async function guardBody(req: Request): Promise<Request> {
  if (req.method === "GET" || req.method === "HEAD") return req;
  assertDeclaredSize(req);
  const text = await readLimited(req);
  if (text.trim() === "") return new Request(req.url, { method: req.method, headers: req.headers });
  if (!isJsonType(req.headers.get("content-type"))) {
    throw new ApiError(415, "unsupported_media_type", "Send the body as JSON with 'Content-Type: application/json'.");
  }
  if (text.includes("\0")) throw nulError();
  try {
    JSON.parse(text, rejectNul);
  } catch (err) {
    if (err instanceof ApiError) throw err;
    // Malformed JSON: the route's schema reports it as a 400 with its own message.
  }
  return new Request(req.url, { method: req.method, headers: req.headers, body: text });
}
