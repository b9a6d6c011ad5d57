// Route handlers of the Google fake, answering as oauth2.googleapis.com/token, www.googleapis.com/oauth2/v3/certs
// and mybusiness.googleapis.com/v4 do: OAuth errors as `{ error, error_description }`, API errors as
// `{ error: { code, message, status } }`, review lists newest updated first with opaque page tokens.
import { randomBytes } from "node:crypto";
import type { JsonReply, RecordedRequest } from "./fake-http";
import type { GoogleKeys } from "./google-keys";
import type { GoogleState } from "./google-state";

export interface GoogleClient {
  clientId: string;
  clientSecret: string;
  refreshToken: string;
  /** Seconds an access token lives. */
  tokenLifetimeS: number;
  /** The grant was revoked: every refresh answers invalid_grant. */
  revoked: boolean;
}

export const apiError = (code: number, status: string, message: string, headers?: Record<string, string>): JsonReply => ({
  status: code,
  body: { error: { code, message, status } },
  ...(headers ? { headers } : {}),
});

const unauthenticated = () =>
  apiError(401, "UNAUTHENTICATED", "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.");

export function tokenRoute(req: RecordedRequest, state: GoogleState, client: GoogleClient, nowMs: number): JsonReply {
  if (req.method !== "POST") return { status: 405, body: { error: "invalid_request", error_description: "POST only" } };
  if (!(req.headers["content-type"] ?? "").includes("application/x-www-form-urlencoded")) {
    return { status: 400, body: { error: "invalid_request", error_description: "Invalid content type" } };
  }
  const f = (req.body ?? {}) as Record<string, string>;
  if (f.grant_type !== "refresh_token") return { status: 400, body: { error: "unsupported_grant_type", error_description: `Invalid grant_type: ${f.grant_type ?? ""}` } };
  if (f.client_id !== client.clientId || f.client_secret !== client.clientSecret) {
    return { status: 401, body: { error: "invalid_client", error_description: "The OAuth client was not found." } };
  }
  if (client.revoked || f.refresh_token !== client.refreshToken) {
    return { status: 400, body: { error: "invalid_grant", error_description: "Token has been expired or revoked." } };
  }
  const token = `ya29.fake-${randomBytes(24).toString("base64url")}`;
  state.tokens.set(token, nowMs + client.tokenLifetimeS * 1000);
  return {
    status: 200,
    body: { access_token: token, expires_in: client.tokenLifetimeS, scope: "https://www.googleapis.com/auth/business.manage", token_type: "Bearer" },
  };
}

export const certsRoute = (keys: GoogleKeys): JsonReply => ({ status: 200, body: keys.jwks(), headers: { "cache-control": "public, max-age=21600" } });

const encodeOffset = (n: number) => Buffer.from(`offset:${n}`).toString("base64url");
const decodeOffset = (t: string): number | undefined => {
  const m = /^offset:(\d+)$/.exec(Buffer.from(t, "base64url").toString("utf8"));
  return m ? Number(m[1]) : undefined;
};

/** `/v4/…` after the token check. */
export function apiRoute(req: RecordedRequest, state: GoogleState, nowMs: number): JsonReply {
  const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
  const expiry = token ? state.tokens.get(token) : undefined;
  if (expiry === undefined || expiry <= nowMs) return unauthenticated();
  const rest = req.path.slice("/v4/".length);
  const base = `${state.location}/reviews`;
  if (rest !== base && !rest.startsWith(`${base}/`)) {
    // Another location's reviews: Google answers that this token's user does not manage it.
    return /^accounts\/[^/]+\/locations\/[^/]+\/reviews/.test(rest)
      ? apiError(403, "PERMISSION_DENIED", "The caller does not have permission")
      : apiError(404, "NOT_FOUND", "Requested entity was not found.");
  }
  const [reviewId, sub, ...extra] = rest.slice(base.length).split("/").filter(Boolean);
  if (extra.length > 0) return apiError(404, "NOT_FOUND", "Requested entity was not found.");
  if (reviewId === undefined) return req.method === "GET" ? listReviews(req, state) : apiError(405, "METHOD_NOT_ALLOWED", "Method not allowed");
  const review = state.reviews.get(reviewId);
  if (!review) return apiError(404, "NOT_FOUND", "Requested entity was not found.");
  if (sub === undefined && req.method === "GET") return { status: 200, body: review };
  if (sub === "reply" && req.method === "PUT") {
    const comment = (req.body as { comment?: unknown } | undefined)?.comment;
    if (typeof comment !== "string" || comment.trim() === "") return apiError(400, "INVALID_ARGUMENT", "Request contains an invalid argument.");
    return { status: 200, body: state.putReply(reviewId, comment) };
  }
  return apiError(404, "NOT_FOUND", "Requested entity was not found.");
}

function listReviews(req: RecordedRequest, state: GoogleState): JsonReply {
  const size = req.query.pageSize === undefined ? 50 : Number(req.query.pageSize);
  if (!Number.isInteger(size) || size < 1 || size > 50) return apiError(400, "INVALID_ARGUMENT", "Request contains an invalid argument.");
  const orderBy = req.query.orderBy;
  if (orderBy !== undefined && !["updateTime desc", "rating", "rating desc"].includes(orderBy)) {
    return apiError(400, "INVALID_ARGUMENT", "Request contains an invalid argument.");
  }
  const offset = req.query.pageToken === undefined ? 0 : decodeOffset(req.query.pageToken);
  if (offset === undefined) return apiError(400, "INVALID_ARGUMENT", "Request contains an invalid argument.");
  // Only the order the connector asks for is modelled; the rating orders are accepted and answered the same.
  const all = state.sorted();
  const page = all.slice(offset, offset + size);
  const body: Record<string, unknown> = { averageRating: state.averageRating(), totalReviewCount: all.length };
  if (page.length > 0) body.reviews = page;
  if (offset + size < all.length) body.nextPageToken = encodeOffset(offset + size);
  return { status: 200, body };
}
