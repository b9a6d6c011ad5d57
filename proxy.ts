// Next.js proxy (the Next 16 name of middleware): runs before every request. It sets the security headers
// (a per-request CSP nonce for pages, nosniff, no framing, a referrer policy) and refuses, where the route itself
// cannot (lib/security/page-request-guard.ts): state-changing requests to pages from a foreign origin — every one,
// not only those with a `Next-Action` header, since the no-JavaScript form path runs server actions without it —
// and to next-auth's endpoints; NUL bytes in a page's URL; page and next-auth bodies over their limits. /api/v1
// checks the origin in lib/api/handler.ts, where it knows whether the caller used a cookie or a bearer token;
// webhooks and the CLI endpoint are not cookie-authenticated.
import { NextResponse, type NextRequest } from "next/server";
import { API_CSP, DOCS_CSP, STATIC_SECURITY_HEADERS, newNonce, pageCsp } from "./lib/security/headers";
import { checkPageRequest } from "./lib/security/page-request-guard";

function withStaticHeaders(res: NextResponse, csp: string): NextResponse {
  for (const [k, v] of Object.entries(STATIC_SECURITY_HEADERS)) res.headers.set(k, v);
  res.headers.set("Content-Security-Policy", csp);
  return res;
}

export function proxy(req: NextRequest) {
  const isApi = req.nextUrl.pathname.startsWith("/api/");
  const refusal = checkPageRequest(req.method, req.nextUrl, req.headers);
  if (refusal) {
    const body = { error: { code: refusal.code, message: refusal.message } };
    return withStaticHeaders(NextResponse.json(body, { status: refusal.status }), API_CSP);
  }
  if (isApi) return withStaticHeaders(NextResponse.next(), /^\/api\/docs(\/|$)/.test(req.nextUrl.pathname) ? DOCS_CSP : API_CSP);
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
