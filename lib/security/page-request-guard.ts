// What proxy.ts refuses before Next.js sees a request it would answer with a 500 (issue #20 items 7 and 9), as
// a plain verdict so it is testable without a server. No server imports: proxy.ts uses it.
// - A NUL byte in a page's path or query (`/inbox?q=%00`): PostgreSQL text cannot hold one → 400.
// - A state-changing request to a page (a server action, with or without the `Next-Action` header: the no-JS
//   form path sends `$ACTION_*` fields without it) from another origin → 403. The origin rule is the API's
//   (./same-origin), where `Sec-Fetch-Site: none` (typed, bookmarked) also passes when Origin is absent.
// - A page POST over Next's server-action limit (1 MiB; Next answered 500) → 413, or without a length → 411.
// - A next-auth POST over 64 KiB → 413 (a sign-in form is a few hundred bytes; it used to read 300 MB).
import { UNSAFE_METHODS, checkSameOrigin } from "./same-origin";

/** Next.js's default `serverActions.bodySizeLimit` ("1mb"); next.config.js sets the same number. */
export const ACTION_BODY_LIMIT = 1024 * 1024;
export const AUTH_BODY_LIMIT = 64 * 1024;

export interface Refusal {
  status: 400 | 403 | 411 | 413;
  code: string;
  message: string;
}

function hasNul(url: URL): boolean {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = url.pathname;
  }
  if (path.includes("\0")) return true;
  for (const [k, v] of url.searchParams) if (k.includes("\0") || v.includes("\0")) return true;
  return false;
}

function sizeRefusal(headers: Headers, limit: number): Refusal | null {
  const raw = headers.get("content-length");
  if (raw === null) {
    return headers.has("transfer-encoding")
      ? { status: 411, code: "length_required", message: "Send the body with a Content-Length." }
      : null;
  }
  const declared = Number(raw);
  if (!Number.isFinite(declared) || declared < 0) return { status: 400, code: "invalid_request", message: "Invalid Content-Length." };
  return declared > limit ? { status: 413, code: "payload_too_large", message: `The request body is larger than ${limit} bytes.` } : null;
}

export function checkPageRequest(method: string, url: URL, headers: Headers, extraOrigins?: readonly string[]): Refusal | null {
  const path = url.pathname;
  const isAuth = path.startsWith("/api/auth/");
  // /api/v1 checks all of this itself (lib/api/handler.ts); webhooks are signed; the CLI endpoint uses a token.
  if (path.startsWith("/api/") && !isAuth) return null;
  if (hasNul(url)) return { status: 400, code: "invalid_request", message: "NUL characters (\\u0000) are not accepted." };
  if (!UNSAFE_METHODS.has(method)) return null;
  const verdict = checkSameOrigin(headers, extraOrigins, { allowUserInitiated: true });
  if (!verdict.ok) return { status: 403, code: "bad_origin", message: `Refused: this request did not come from this app (${verdict.reason}).` };
  return sizeRefusal(headers, isAuth ? AUTH_BODY_LIMIT : ACTION_BODY_LIMIT);
}
