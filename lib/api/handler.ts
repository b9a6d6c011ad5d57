// Wraps /api/v1 route handlers: authenticates, maps errors to JSON responses with the right status, logs
// the unexpected ones. Handlers stay thin: parse → one use case → JSON.
import "server-only";
import { ZodError } from "zod";
import { getServerSession } from "next-auth";
import { authOptions } from "../auth/auth-options";
import { resolveToken } from "../auth/api-tokens";
import { loadMember, type Member } from "../auth/member";
import { ForbiddenError } from "../auth/permissions";
import { getPrisma } from "../server/db";
import { workspaceFromCookieHeader } from "../workspaces/workspace-cookie";
import { DomainError } from "../errors/domain-errors";
import { ApiError, UnauthenticatedError } from "./errors";

export function json(body: unknown, status = 200, headers?: HeadersInit): Response {
  return new Response(JSON.stringify(body, (_k, v) => (typeof v === "bigint" ? v.toString() : v)), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });
}

export function errorBody(code: string, message: string, details?: unknown) {
  return { error: { code, message, ...(details !== undefined ? { details } : {}) } };
}

async function authenticate(req: Request): Promise<Member> {
  const prisma = await getPrisma();
  const auth = req.headers.get("authorization");
  if (auth) {
    const m = /^Bearer\s+(\S+)$/i.exec(auth);
    const who = m?.[1] ? await resolveToken(prisma, m[1]) : null;
    // A token acts in its own workspace only, and only while its owner is an active member there.
    const member = who ? await loadMember(prisma, who.userId, "token", { workspaceId: who.workspaceId, strict: true }) : null;
    if (!member) throw new UnauthenticatedError();
    return member;
  }
  const session = await getServerSession(authOptions());
  const userId = (session?.user as { id?: string } | undefined)?.id;
  const workspaceId = workspaceFromCookieHeader(req.headers.get("cookie"));
  const member = userId ? await loadMember(prisma, userId, "session", { workspaceId }) : null;
  if (!member) throw new UnauthenticatedError();
  return member;
}

export function toErrorResponse(err: unknown): Response {
  if (err instanceof DomainError) return json(errorBody(err.code, err.message, err.details), err.status);
  if (err instanceof ApiError) return json(errorBody(err.code, err.message, err.details), err.status);
  if (err instanceof ForbiddenError) return json(errorBody("forbidden", err.message), 403);
  if (err instanceof ZodError) {
    const details = err.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    const msg = details.map((d) => (d.path ? `${d.path}: ${d.message}` : d.message)).join("; ");
    return json(errorBody("invalid_request", `Invalid request: ${msg}`, details), 400);
  }
  console.error("[api] unexpected error", err);
  return json(errorBody("internal", "Something went wrong on our side."), 500);
}

export function withMember<C>(fn: (req: Request, member: Member, ctx: C) => Promise<Response>) {
  return async (req: Request, ctx: C): Promise<Response> => {
    try {
      const member = await authenticate(req);
      return await fn(req, member, ctx);
    } catch (err) {
      return toErrorResponse(err);
    }
  };
}

/** The answer to DELETE on the record: nothing is deleted (R1). */
export function methodNotAllowed(allow: string): () => Response {
  return () =>
    json(
      errorBody("method_not_allowed", "Nothing is deleted here: change the status or record an event instead."),
      405,
      { allow },
    );
}
