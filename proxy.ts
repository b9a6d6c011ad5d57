// Next.js proxy (the Next 16 name of middleware): runs before every request. It sets the security headers
// (a per-request CSP nonce for pages, nosniff, no framing, a referrer policy) and refuses state-changing
// requests from a foreign origin where the route itself cannot: server actions (Next.js would answer 500) and
// next-auth's own endpoints. /api/v1 checks the origin in lib/api/handler.ts, where it knows whether the
// caller used a cookie or a bearer token; webhooks and the CLI endpoint are not cookie-authenticated.
import { NextResponse, type NextRequest } from "next/server";
import { API_CSP, STATIC_SECURITY_HEADERS, newNonce, pageCsp } from "./lib/security/headers";
import { UNSAFE_METHODS, checkSameOrigin } from "./lib/security/same-origin";

function withStaticHeaders(res: NextResponse, csp: string): NextResponse {
  for (const [k, v] of Object.entries(STATIC_SECURITY_HEADERS)) res.headers.set(k, v);
  res.headers.set("Content-Security-Policy", csp);
  return res;
}

function needsOriginCheck(req: NextRequest): boolean {
  if (!UNSAFE_METHODS.has(req.method)) return false;
  return req.headers.has("next-action") || req.nextUrl.pathname.startsWith("/api/auth/");
}

export function proxy(req: NextRequest) {
  const isApi = req.nextUrl.pathname.startsWith("/api/");
  if (needsOriginCheck(req)) {
    const verdict = checkSameOrigin(req.headers);
    if (!verdict.ok) {
      const body = { error: { code: "bad_origin", message: `Refused: this request did not come from this app (${verdict.reason}).` } };
      return withStaticHeaders(NextResponse.json(body, { status: 403 }), API_CSP);
    }
  }
  if (isApi) return withStaticHeaders(NextResponse.next(), API_CSP);
  const nonce = newNonce();
  const csp = pageCsp(nonce);
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  return withStaticHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
