// Fake X API v2 (mentions, DM events, replies, DM sends, blocking an account) plus an Account Activity webhook sender.
// Wire behaviour follows /work/shared/CONNECTORS.md so a connector pointed at `url` behaves as it
// would against https://api.x.com.
//
// Auth: `Authorization: Bearer <bearer>` is treated as a user-context token and works everywhere.
// Any `Authorization: OAuth ...` header is accepted as OAuth 1.0a user context WITHOUT verifying the
// signature (the fake has no consumer key/token pair to check it against). `appBearer`, if set, is
// an app-only token: accepted for mentions, refused with 403 "Unsupported Authentication" on the
// user-context-only endpoints (DM reads, DM sends, POST /2/tweets), as X does.
import { FailureQueue, startRecordingServer, toWireJson, type DeliveryResult, type FailureMatch, type JsonReply, type RecordedRequest } from "./fake-http";
import { RateLimits, failureReply, problem, unauthorized, unsupportedAuth, type BucketKey, type XFailure } from "./x-problems";
import { getDmEvents, getMentions, postBlocking, postDm, postTweet } from "./x-routes";
import { XWebhookRegistry } from "./x-webhook-registry";
import { XState, type DmInput, type MentionInput, type StoredDm, type StoredTweet, type XUserInput } from "./x-state";
import {
  batchPayloads,
  crcCheck,
  directMessagePayload,
  sendXWebhook,
  signX,
  tweetCreatePayload,
  tweetDeletePayload,
  type CrcResult,
  type DirectMessageInput,
  type TweetCreateInput,
  type TweetDeleteInput,
  type V1User,
  type XSendOptions,
  type XWebhookPayload,
} from "./x-webhooks";

export type { RecordedRequest, XFailure, BucketKey, MentionInput, DmInput, StoredTweet, StoredDm, XUserInput, FailureMatch };
export type { TweetCreateInput, DirectMessageInput, TweetDeleteInput, V1User, XSendOptions, XWebhookPayload, CrcResult, DeliveryResult };

export interface FakeXOptions {
  userId?: string;
  username?: string;
  name?: string;
  consumerSecret?: string;
  bearer?: string;
  appBearer?: string;
}

export interface FakeX {
  url: string;
  userId: string;
  username: string;
  consumerSecret: string;
  requests: RecordedRequest[];
  close(): Promise<void>;

  /** Queue `n` failures for the next matching requests (default: any method). */
  failNext(n: number, failure: XFailure, match?: RegExp | FailureMatch): void;
  setRateLimit(bucket: BucketKey, v: { limit?: number; remaining?: number; resetAt?: number }): void;
  resetRateLimits(): void;

  addMention(m: MentionInput): StoredTweet;
  addDm(d: DmInput): StoredDm;
  /** Every tweet the fake knows (mentions and our replies). */
  tweets(): StoredTweet[];
  /** Tweets created through POST /2/tweets, oldest first. */
  ownTweets(): StoredTweet[];
  dmEvents(): StoredDm[];
  /** User ids our account blocked. */
  blocked(): string[];
  /** A fresh snowflake-like id (string, > 2^53). */
  nextId(): string;

  signWebhook(body: string): string;
  serialize(payload: unknown): string;
  sendWebhook(targetUrl: string, payload: object, opts?: XSendOptions): Promise<DeliveryResult>;
  crc(targetUrl: string, token?: string): Promise<CrcResult>;
  tweetCreateEvent(t: TweetCreateInput): XWebhookPayload;
  directMessageEvent(d: DirectMessageInput): XWebhookPayload;
  tweetDeleteEvent(d: TweetDeleteInput): XWebhookPayload;
  batch(...payloads: XWebhookPayload[]): XWebhookPayload;
  /** The v2 webhooks registered with this app and their subscriptions (./x-webhook-registry.ts). */
  registry: XWebhookRegistry;
}

type AuthKind = "user" | "app" | "none";

interface Route {
  bucket: BucketKey;
  appOnlyAllowed: boolean;
  /** Only the app-only bearer token (the v2 Webhooks API). */
  appOnly?: true;
  run: () => JsonReply | Promise<JsonReply>;
}

export async function startFakeX(opts: FakeXOptions = {}): Promise<FakeX> {
  const userId = opts.userId ?? "1700000000000000001";
  const username = opts.username ?? "fakebrand";
  const self: XUserInput = { id: userId, username, name: opts.name ?? "Fake Brand" };
  const consumerSecret = opts.consumerSecret ?? "fake-consumer-secret";
  const bearer = opts.bearer ?? "fake-bearer";
  const state = new XState(self);
  const limits = new RateLimits();
  const failures = new FailureQueue<XFailure>("*");
  const selfV1: V1User = { id: userId, screen_name: username, name: self.name };
  const registry = new XWebhookRegistry(consumerSecret, () => state.nextId());

  const authOf = (req: RecordedRequest): AuthKind => {
    const h = req.headers.authorization ?? "";
    if (/^OAuth\s+\S/.test(h)) return "user";
    if (h === `Bearer ${bearer}`) return "user";
    if (opts.appBearer !== undefined && h === `Bearer ${opts.appBearer}`) return "app";
    return "none";
  };

  const match = (req: RecordedRequest): Route | undefined => {
    const { method, path } = req;
    let m: RegExpExecArray | null;
    if (method === "GET" && (m = /^\/2\/users\/([^/]+)\/mentions$/.exec(path))) {
      const id = m[1] ?? "";
      return { bucket: "mentions", appOnlyAllowed: true, run: () => getMentions(state, id, req.query) };
    }
    if (method === "GET" && path === "/2/users/me") {
      return { bucket: "other", appOnlyAllowed: false, run: () => ({ status: 200, body: { data: { id: userId, name: self.name, username } } }) };
    }
    if (method === "GET" && path === "/2/dm_events") {
      return { bucket: "dm_events", appOnlyAllowed: false, run: () => getDmEvents(state, req.query) };
    }
    if (method === "POST" && path === "/2/tweets") {
      return { bucket: "tweets", appOnlyAllowed: false, run: () => postTweet(state, req.body) };
    }
    if (method === "POST" && (m = /^\/2\/users\/([^/]+)\/blocking$/.exec(path))) {
      const sid = m[1] ?? "";
      return { bucket: "other", appOnlyAllowed: false, run: () => postBlocking(state, sid, req.body) };
    }
    if (method === "POST" && (m = /^\/2\/dm_conversations\/with\/([^/]+)\/messages$/.exec(path))) {
      const pid = m[1] ?? "";
      return { bucket: "dm_send", appOnlyAllowed: false, run: () => postDm(state, pid, req.body) };
    }
    if (path === "/2/webhooks" && (method === "GET" || method === "POST")) {
      return { bucket: "other", appOnlyAllowed: true, appOnly: true, run: () => (method === "GET" ? registry.list() : registry.create(req.body)) };
    }
    if ((method === "PUT" || method === "DELETE") && (m = /^\/2\/webhooks\/(\d+)$/.exec(path))) {
      const id = m[1] ?? "";
      return { bucket: "other", appOnlyAllowed: true, appOnly: true, run: () => (method === "PUT" ? registry.validate(id) : registry.remove(id)) };
    }
    if ((method === "GET" || method === "POST") && (m = /^\/2\/account_activity\/webhooks\/(\d+)\/subscriptions\/all$/.exec(path))) {
      // The account's own token (user context): the subscription is the token's user's.
      const id = m[1] ?? "";
      return { bucket: "other", appOnlyAllowed: false, run: () => (method === "GET" ? registry.subscribed(id, userId) : registry.subscribe(id, userId)) };
    }
    return undefined;
  };

  const handle = async (req: RecordedRequest): Promise<JsonReply> => {
    const route = match(req);
    const bucket = route?.bucket ?? "other";
    const withLimits = (r: JsonReply, extra?: Record<string, string>): JsonReply => ({
      ...r,
      headers: { ...limits.headers(bucket), ...extra, ...r.headers },
    });
    const auth = authOf(req);
    if (auth === "none") return withLimits(unauthorized());
    if (!route) return withLimits(problem(404, "Not Found Error", `Could not find route ${req.method} ${req.path}`, "https://api.twitter.com/2/problems/resource-not-found"));
    if (auth === "app" && !route.appOnlyAllowed) return withLimits(unsupportedAuth());
    if (route.appOnly && auth !== "app") return withLimits(unsupportedAuth());
    const scripted = failures.take(req.method, req.path);
    if (scripted) {
      const reset = scripted.status === 429
        ? { "x-rate-limit-remaining": "0", "x-rate-limit-reset": String(Math.floor(Date.now() / 1000) + (scripted.resetInSeconds ?? 60)) }
        : undefined;
      return withLimits(failureReply(scripted), reset);
    }
    const { allowed } = limits.consume(bucket);
    if (!allowed) return withLimits(problem(429, "Too Many Requests", "Too Many Requests"));
    return withLimits(await route.run());
  };

  const server = await startRecordingServer(handle);

  return {
    url: server.url,
    userId,
    username,
    consumerSecret,
    requests: server.requests,
    close: server.close,
    failNext: (n, f, m) => failures.add(n, f, m),
    setRateLimit: (b, v) => limits.set(b, v),
    resetRateLimits: () => limits.reset(),
    addMention: (m) => state.addMention(m),
    addDm: (d) => state.addDm(d),
    tweets: () => [...state.tweets.values()],
    ownTweets: () => [...state.tweets.values()].filter((t) => t.author_id === userId),
    dmEvents: () => state.dmEvents(),
    blocked: () => [...state.blocked],
    nextId: () => state.nextId(),
    signWebhook: (body) => signX(consumerSecret, body),
    serialize: (p) => toWireJson(p),
    sendWebhook: (url, payload, o) => sendXWebhook(consumerSecret, url, payload, o),
    crc: (url, token) => crcCheck(consumerSecret, url, token),
    tweetCreateEvent: (t) => tweetCreatePayload(selfV1, t.id ?? state.nextId(), t),
    directMessageEvent: (d) => directMessagePayload(selfV1, d.id ?? state.nextId(), d),
    tweetDeleteEvent: (d) => tweetDeletePayload(userId, d),
    batch: batchPayloads,
    registry,
  };
}
