// Wraps /api/v1 route handlers: checks the request (NUL bytes, 1 MiB body limit, JSON only, same origin for
// cookie-authenticated mutations), authenticates, applies the per-token rate limit, maps errors to JSON
// responses with the right status, and logs the unexpected ones. Handlers stay thin: parse → one use case → JSON.
// withPublic: the same request checks for the routes whose credential is a one-time token, without a session,
// and a rate limit per source instead of per token.
import "server-only";
import { tokenRecord } from "../auth/api-tokens";
import { loadMember, type Member } from "../auth/member";
import { sessionFromRequest } from "../auth/session-token";
import { getPrisma } from "../server/db";
import { workspaceFromCookieHeader } from "../workspaces/workspace-cookie";
import { toProblem } from "../errors/to-problem";
import { consumePublicRateLimit } from "../security/public-rate-limit";
import { consumeRateLimit } from "../security/rate-limit";
import { UNSAFE_METHODS, checkSameOrigin } from "../security/same-origin";
import { ApiError, UnauthenticatedError } from "./errors";
import { assertDeclaredSize, assertNoNulInUrl, guardBody } from "./request-guard";

export function json(body: unknown, status = 200, headers?: HeadersInit): Response {
  return new Response(JSON.stringify(body, (_k, v) => (typeof v === "bigint" ? v.toString() : v)), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });
}

export function errorBody(code: string, message: string, details?: unknown) {
  return { error: { code, message, ...(details !== undefined ? { details } : {}) } };
}

interface Caller {
  member: Member;
  /** Rate-limit bucket: one per API token, one per signed-in user. */
  rateKey: string;
}

async function authenticate(req: Request): Promise<Caller> {
  const prisma = await getPrisma();
  const auth = req.headers.get("authorization");
  if (auth) {
    const m = /^Bearer\s+(\S+)$/i.exec(auth);
    const token = m?.[1] ? await tokenRecord(prisma, m[1]) : null;
    // A token acts in its own workspace only, and only while its owner is an active member there.
    const member = token ? await loadMember(prisma, token.userId, "token", { workspaceId: token.workspaceId, strict: true }) : null;
    if (!token || !member) throw new UnauthenticatedError();
    return { member, rateKey: `token:${token.id}` };
  }
  const claims = await sessionFromRequest(req);
  const workspaceId = workspaceFromCookieHeader(req.headers.get("cookie"));
  const member = claims ? await loadMember(prisma, claims.userId, "session", { sessionVersion: claims.sessionVersion, workspaceId }) : null;
  if (!claims || !member) throw new UnauthenticatedError();
  return { member, rateKey: `user:${member.userId}` };
}

/**
 * For responses that outlive their request (the live stream): is the request's session or token still valid,
 * for the same member, workspace and role? Sign-out, password change, deactivation and revocation make it false.
 */
export async function stillAuthenticated(req: Request, member: Member): Promise<boolean> {
  try {
    const now = (await authenticate(req)).member;
    return now.userId === member.userId && now.workspaceId === member.workspaceId && now.role === member.role;
  } catch (err) {
    if (err instanceof UnauthenticatedError) return false;
    throw err;
  }
}

/** Transport refusals (lib/api/errors.ts) carry their status; everything expected else goes through toProblem(). */
export function toErrorResponse(err: unknown): Response {
  if (err instanceof ApiError) return json(errorBody(err.code, err.message, err.details), err.status);
  const p = toProblem(err);
  if (p) return json(errorBody(p.code, p.message, p.details), p.status, p.headers);
  console.error("[api] unexpected error", err);
  return json(errorBody("internal", "Something went wrong on our side."), 500);
}

function withHeaders(res: Response, headers: Record<string, string>): Response {
  try {
    for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
    return res;
  } catch {
    const copy = new Response(res.body, res);
    for (const [k, v] of Object.entries(headers)) copy.headers.set(k, v);
    return copy;
  }
}

export function withMember<C>(fn: (req: Request, member: Member, ctx: C) => Promise<Response>) {
  return async (req: Request, ctx: C): Promise<Response> => {
    let rateHeaders: Record<string, string> = {};
    try {
      assertNoNulInUrl(new URL(req.url));
      // CSRF: a browser carries the cookie to any same-site page's request; a bearer token it cannot forge.
      if (UNSAFE_METHODS.has(req.method) && !req.headers.has("authorization")) {
        const verdict = checkSameOrigin(req.headers);
        if (!verdict.ok) throw new ApiError(403, "bad_origin", `Refused: this request did not come from this app (${verdict.reason}).`);
      }
      assertDeclaredSize(req);
      const { member, rateKey } = await authenticate(req);
      const rate = await consumeRateLimit(await getPrisma(), rateKey);
      rateHeaders = rate.headers;
      if (!rate.allowed) {
        return json(errorBody("rate_limited", RATE_LIMITED_MESSAGE), 429, rateHeaders);
      }
      return withHeaders(await fn(await guardBody(req), member, ctx), rateHeaders);
    } catch (err) {
      return withHeaders(toErrorResponse(err), rateHeaders);
    }
  };
}

export const RATE_LIMITED_MESSAGE = "Too many requests: slow down and retry after the time in Retry-After.";

/**
 * Public routes whose credential is a one-time token (first-run setup, accepting an invitation): no session and no
 * cookie to forge, but the same request checks as withMember: NUL bytes (400), 1 MiB declared or streamed (413),
 * JSON only (415); and a rate limit per source (429), counted before the body is read or a password hashed.
 * The context is optional only so that a route without params can be called with the request alone.
 */
export function withPublic<C>(fn: (req: Request, ctx: C) => Promise<Response>) {
  return async (req: Request, ctx?: C): Promise<Response> => {
    let rateHeaders: Record<string, string> = {};
    try {
      assertNoNulInUrl(new URL(req.url));
      const rate = await consumePublicRateLimit(await getPrisma(), req.headers);
      rateHeaders = rate.headers;
      if (!rate.allowed) return json(errorBody("rate_limited", RATE_LIMITED_MESSAGE), 429, rateHeaders);
      return withHeaders(await fn(await guardBody(req), ctx as C), rateHeaders);
    } catch (err) {
      return withHeaders(toErrorResponse(err), rateHeaders);
    }
  };
}

/** The answer to DELETE on the record: nothing is deleted (R1). */
export function methodNotAllowed(allow: string): (() => Response) & { methodNotAllowed: string } {
  const answer = () =>
    json(
      errorBody("method_not_allowed", "Nothing is deleted here: change the status or record an event instead."),
      405,
      { allow },
    );
  // Marked, so the route check (tests/unit/openapi.test.ts) tells a 405 from a handler written by hand.
  return Object.assign(answer, { methodNotAllowed: allow });
}
