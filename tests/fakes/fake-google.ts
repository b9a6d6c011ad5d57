// Fake Google for one Business Profile location: the OAuth token endpoint (/token), Google's OIDC JWKS
// (/oauth2/v3/certs) and the v4 review API (/v4/accounts/{a}/locations/{l}/reviews…), all on one loopback
// origin, which is what the connector expects of any apiBaseUrl that is not Google's (googleEndpoints). It also
// signs Pub/Sub push tokens with its own key and sends push deliveries.
import { FailureQueue, startRecordingServer, type DeliveryOptions, type DeliveryResult, type FailureMatch, type JsonReply, type RecordedRequest } from "./fake-http";
import { GoogleKeys, pushClaims, type PushClaims, type SignOptions } from "./google-keys";
import { notificationData, pushEnvelope, sendPush, type NotificationType, type PushEnvelope } from "./google-push";
import { apiError, apiRoute, certsRoute, tokenRoute, type GoogleClient } from "./google-routes";
import { GoogleState, type ReviewInput, type WireReview } from "./google-state";

export type { NotificationType, PushClaims, PushEnvelope, ReviewInput, SignOptions, WireReview };

/** A scripted API failure: Google's error body with this code and status, optional headers (Retry-After). */
export interface GoogleFailure {
  code: number;
  status: string;
  message?: string;
  headers?: Record<string, string>;
}

export interface FakeGoogleOptions {
  accountId?: string;
  locationId?: string;
  clientId?: string;
  clientSecret?: string;
  refreshToken?: string;
  tokenLifetimeS?: number;
  pushAudience?: string;
  pushServiceAccountEmail?: string;
  /** The fake's clock (token expiry, times of new reviews and replies). */
  now?: () => number;
}

export interface FakeGoogle {
  url: string;
  location: string;
  client: GoogleClient;
  pushAudience: string;
  pushServiceAccountEmail: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
  failNext(n: number, failure: GoogleFailure, match?: RegExp | FailureMatch): void;
  addReview(r: ReviewInput): WireReview;
  editReview(reviewId: string, change: { comment?: string; starRating?: number }, at?: Date): WireReview;
  review(reviewId: string): WireReview | undefined;
  deleteReview(reviewId: string): void;
  /** Every reply version PUT so far, oldest first. */
  replies(): Array<{ reviewId: string; comment: string; updateTime: string }>;
  /** Access tokens already issued stop working (401), as after a revocation or an early expiry. */
  invalidateAccessTokens(): void;
  /** The refresh token is revoked: the token endpoint answers invalid_grant. */
  revokeRefreshToken(): void;
  /** A new signing key becomes current (the old one stays published unless dropOld). Returns its kid. */
  rotateKey(dropOld?: boolean): string;
  signPushJwt(overrides?: Partial<PushClaims>, opts?: SignOptions): string;
  pushEnvelope(n: { type: NotificationType; reviewId?: string }, data?: unknown): PushEnvelope;
  /** POSTs the push with a valid token for `pushAudience`, or `jwt` (null: no Authorization header). */
  pushNotification(targetUrl: string, n: { type: NotificationType; reviewId?: string }, opts?: { jwt?: string | null } & DeliveryOptions): Promise<DeliveryResult>;
}

export async function startFakeGoogle(opts: FakeGoogleOptions = {}): Promise<FakeGoogle> {
  const now = opts.now ?? (() => Date.now());
  const location = `accounts/${opts.accountId ?? "108123456789012345678"}/locations/${opts.locationId ?? "4821516071425384512"}`;
  const client: GoogleClient = {
    clientId: opts.clientId ?? "1234567890-fakeclient.apps.googleusercontent.com",
    clientSecret: opts.clientSecret ?? "GOCSPX-fake-client-secret",
    refreshToken: opts.refreshToken ?? "1//0fake-refresh-token",
    tokenLifetimeS: opts.tokenLifetimeS ?? 3599,
    revoked: false,
  };
  const pushAudience = opts.pushAudience ?? "https://inbox.example.com/api/webhooks/google";
  const pushServiceAccountEmail = opts.pushServiceAccountEmail ?? "pubsub-push@inbox-test.iam.gserviceaccount.com";
  const state = new GoogleState(location, now);
  const keys = new GoogleKeys();
  const failures = new FailureQueue<GoogleFailure>("*");

  const route = (req: RecordedRequest): JsonReply => {
    const scripted = failures.take(req.method, req.path);
    if (scripted) return apiError(scripted.code, scripted.status, scripted.message ?? scripted.status, scripted.headers);
    if (req.path === "/token") return tokenRoute(req, state, client, now());
    if (req.path === "/oauth2/v3/certs" && req.method === "GET") return certsRoute(keys);
    if (req.path.startsWith("/v4/")) return apiRoute(req, state, now());
    return apiError(404, "NOT_FOUND", `The requested URL ${req.path} was not found on this server.`);
  };
  const server = await startRecordingServer(route);

  const signPushJwt = (overrides: Partial<PushClaims> = {}, o: SignOptions = {}) =>
    keys.sign({ ...pushClaims(pushAudience, pushServiceAccountEmail, now(), o.expired), ...overrides } as PushClaims, o);
  const envelope = (n: { type: NotificationType; reviewId?: string }, data?: unknown) =>
    pushEnvelope(data ?? notificationData(location, n), new Date(now()));

  return {
    url: server.url,
    location,
    client,
    pushAudience,
    pushServiceAccountEmail,
    requests: server.requests,
    close: server.close,
    failNext: (n, f, m) => failures.add(n, f, m),
    addReview: (r) => state.addReview(r),
    editReview: (id, change, at) => state.editReview(id, change, at),
    review: (id) => state.reviews.get(id),
    deleteReview: (id) => void state.reviews.delete(id),
    replies: () => [...state.replyLog],
    invalidateAccessTokens: () => state.tokens.clear(),
    revokeRefreshToken: () => {
      client.revoked = true;
    },
    rotateKey: (dropOld) => keys.rotate(dropOld),
    signPushJwt,
    pushEnvelope: envelope,
    pushNotification: (targetUrl, n, o = {}) => sendPush(targetUrl, envelope(n), o.jwt === undefined ? signPushJwt() : o.jwt, o),
  };
}
