import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { ApiError } from "@/lib/api/errors";
import { readLimited } from "@/lib/api/request-guard";
import { authOptions } from "@/lib/auth/auth-options";
import { AUTH_BODY_LIMIT } from "@/lib/security/page-request-guard";

type Ctx = { params: Promise<{ nextauth: string[] }> };

// next-auth reads whatever body it is sent to the end (300 MB, issue #20 item 9): the body is read here first,
// with a counter, and handed on only when it fits a sign-in form. proxy.ts already refuses a declared size.
async function limitBody(req: Request): Promise<Request | Response> {
  if (req.method === "GET" || req.method === "HEAD") return req;
  try {
    const body = await readLimited(req, AUTH_BODY_LIMIT);
    // A NextRequest again: next-auth reads `req.nextUrl`.
    return new NextRequest(req.url, { method: req.method, headers: req.headers, body });
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    return Response.json({ error: { code: err.code, message: err.message } }, { status: err.status });
  }
}

// Options are built per request so the secret is read at run time, never at build time.
async function handler(req: Request, ctx: Ctx) {
  const limited = await limitBody(req);
  if (limited instanceof Response) return limited;
  return NextAuth(limited as never, { params: await ctx.params } as never, authOptions());
}

export { handler as GET, handler as POST };
