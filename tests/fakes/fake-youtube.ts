// Fake YouTube Data API v3 for one channel, plus Google's OAuth token endpoint, on one loopback origin (the
// connector's `${apiBaseUrl}/token` outside production). Bearer tokens are checked and expire on demand, held
// lists and moderation need the owner's token, and a quota meter charges the real unit costs and answers
// 403 quotaExceeded once the day's limit is spent, so a connector pointed at `url` meets what it would meet on
// www.googleapis.com.
import { randomBytes } from "node:crypto";
import { FailureQueue, startRecordingServer, type FailureMatch, type JsonReply, type RecordedRequest } from "./fake-http";
import { QuotaMeter, authError, failureReply, googleError, type YtFailure } from "./youtube-quota";
import { insertComment, listComments, listCommentThreads, listVideos, setModerationStatus, type YtRouteContext } from "./youtube-routes";
import { YoutubeState, type FakeYtComment, type FakeYtModeration, type FakeYtVideo, type TimeInput, type YtAuthor } from "./youtube-state";

export type { FakeYtComment, FakeYtModeration, FakeYtVideo, YtAuthor, YtFailure };

export interface FakeYoutubeOptions {
  channelId?: string;
  channelTitle?: string;
  clientId?: string;
  clientSecret?: string;
  /** The channel owner's refresh token. */
  refreshToken?: string;
  /** Refresh tokens of other Google accounts: their access tokens read, but may not moderate. */
  otherRefreshTokens?: string[];
  /** Units a day before quotaExceeded (Google's default is 10,000). */
  quotaLimit?: number;
  /** Default time of comments added without one. */
  now?: () => Date;
}

export interface FakeYoutube {
  url: string;
  channelId: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
  addVideo(v: { id?: string; title: string; publishedAt?: TimeInput }): FakeYtVideo;
  addComment(c: { id?: string; videoId: string; text: string; author: YtAuthor; held?: "review" | "likely_spam"; publishedAt?: TimeInput; updatedAt?: TimeInput }): FakeYtComment;
  addReply(r: { parentId: string; text: string; author: YtAuthor; held?: "review" | "likely_spam"; publishedAt?: TimeInput; updatedAt?: TimeInput }): FakeYtComment;
  /** Every comment, with its current moderation status. */
  comments(): FakeYtComment[];
  /** Replies the connector inserted (comments.insert). */
  inserted(): FakeYtComment[];
  /** Every setModerationStatus call, with banAuthor as received. */
  moderations(): FakeYtModeration[];
  quotaSpent(): number;
  setQuotaLimit(units: number): void;
  /** Pacific midnight: Google forgets the day's spending. */
  resetQuota(): void;
  /** Scripted failures, consumed by the first matching API call (not the token endpoint). */
  failNext(n: number, failure: YtFailure, match?: RegExp | FailureMatch): void;
  /** Every access token handed out so far stops working (a revocation, or a clock gone wrong). */
  expireAccessTokens(): void;
  /** The owner revokes our access: refreshing answers invalid_grant. */
  revokeRefreshToken(): void;
  /** How many access tokens the token endpoint issued. */
  tokensIssued(): number;
}

export async function startFakeYoutube(opts: FakeYoutubeOptions = {}): Promise<FakeYoutube> {
  const channelId = opts.channelId ?? "UCfakeChannel0000000000A";
  const clientId = opts.clientId ?? "fake-client-id.apps.googleusercontent.com";
  const clientSecret = opts.clientSecret ?? "fake-client-secret";
  const ownerRefresh = opts.refreshToken ?? "1//fake-owner-refresh-token";
  const otherRefresh = new Set(opts.otherRefreshTokens ?? []);
  const state = new YoutubeState(channelId, opts.channelTitle ?? "MaisonLumiere", opts.now ?? (() => new Date()));
  const meter = new QuotaMeter(opts.quotaLimit ?? 10_000);
  const failures = new FailureQueue<YtFailure>("*");
  /** access token → whether it is the owner's. */
  const tokens = new Map<string, boolean>();
  let issued = 0;
  let revoked = false;

  const token = (req: RecordedRequest): JsonReply => {
    const f = (req.body ?? {}) as Record<string, string>;
    if (req.method !== "POST" || f.grant_type !== "refresh_token") return { status: 400, body: { error: "unsupported_grant_type", error_description: "Invalid grant_type" } };
    if (f.client_id !== clientId || f.client_secret !== clientSecret) return { status: 401, body: { error: "invalid_client", error_description: "Unauthorized" } };
    const owner = f.refresh_token === ownerRefresh && !revoked;
    if (!owner && !otherRefresh.has(f.refresh_token ?? "")) return { status: 400, body: { error: "invalid_grant", error_description: "Token has been expired or revoked." } };
    const access = `ya29.fake-${randomBytes(12).toString("hex")}`;
    tokens.set(access, owner);
    issued += 1;
    return { status: 200, body: { access_token: access, expires_in: 3599, scope: "https://www.googleapis.com/auth/youtube.force-ssl", token_type: "Bearer" } };
  };

  const route = (req: RecordedRequest): JsonReply => {
    if (req.path === "/token") return token(req);
    if (!req.path.startsWith("/youtube/v3/")) return googleError(404, "notFound", `Not Found: ${req.path}`, "global");
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? "")?.[1];
    const owner = bearer === undefined ? undefined : tokens.get(bearer);
    if (owner === undefined) return authError();
    const scripted = failures.take(req.method, req.path);
    if (scripted) return failureReply(scripted);
    const over = meter.charge(req.method, req.path);
    if (over) return over;
    const ctx: YtRouteContext = { state, owner };
    const key = `${req.method} ${req.path.slice("/youtube/v3".length)}`;
    switch (key) {
      case "GET /commentThreads":
        return listCommentThreads(ctx, req.query);
      case "GET /comments":
        return listComments(ctx, req.query);
      case "GET /videos":
        return listVideos(ctx, req.query);
      case "POST /comments":
        return insertComment(ctx, req.query, req.body);
      case "POST /comments/setModerationStatus":
        return setModerationStatus(ctx, req.query, req.rawBody);
      default:
        return googleError(404, "notFound", `Not Found: ${key}`, "global");
    }
  };

  const server = await startRecordingServer(route);
  return {
    url: server.url,
    channelId,
    requests: server.requests,
    close: server.close,
    addVideo: (v) => state.addVideo(v),
    addComment: (c) => state.addComment(c),
    addReply: (r) => state.addReply(r),
    comments: () => [...state.comments.values()],
    inserted: () => [...state.inserted],
    moderations: () => [...state.moderations],
    quotaSpent: () => meter.spent,
    setQuotaLimit: (units) => {
      meter.limit = units;
    },
    resetQuota: () => meter.reset(),
    failNext: (n, f, m) => failures.add(n, f, m),
    expireAccessTokens: () => tokens.clear(),
    revokeRefreshToken: () => {
      revoked = true;
    },
    tokensIssued: () => issued,
  };
}
