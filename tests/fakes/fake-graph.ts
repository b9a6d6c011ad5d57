// Fake Facebook Graph API (Page comments, feed with visitor posts, replies, private replies to comments and
// posts, Messenger Send, hide, blocking people from the Page) plus
// a Meta webhook sender. Wire behaviour follows /work/shared/CONNECTORS.md so a connector pointed at
// `url` behaves as it would against https://graph.facebook.com.
import { FailureQueue, startRecordingServer, type DeliveryResult, type FailureMatch, type JsonReply, type RecordedRequest } from "./fake-http";
import { failureReply, graphError, invalidToken, missingToken, rateLimitFailure, type GraphFailure, type RateLimitOptions } from "./graph-errors";
import { getComments, getFeed, getObject, postBlocked, postComment, postHide, postMessages, postParams, type RouteContext } from "./graph-routes";
import { GraphState, toMs, type CommentInput, type PostInput, type SentMessage, type StoredComment, type StoredPost, type TimeInput } from "./graph-state";
import {
  batchEnvelopes,
  feedCommentValue,
  feedEnvelope,
  feedPostValue,
  mentionValue,
  messengerEnvelope,
  metaJson,
  sendMetaWebhook,
  signMeta,
  verifyChallenge,
  type FeedCommentInput,
  type FeedPostInput,
  type MentionInput,
  type MessengerInput,
  type SendOptions,
  type WebhookEnvelope,
} from "./graph-webhooks";

export type { RecordedRequest, GraphFailure, CommentInput, PostInput, SentMessage, StoredComment, StoredPost, WebhookEnvelope };
export type { FeedCommentInput, FeedPostInput, MentionInput, MessengerInput, SendOptions, DeliveryResult, FailureMatch };

export interface FakeGraphOptions {
  pageId?: string;
  appSecret?: string;
  version?: string;
  accessToken?: string;
}

export interface FakeGraph {
  /** Base URL without version, e.g. http://127.0.0.1:PORT; API paths are `/{version}/...`. */
  url: string;
  version: string;
  pageId: string;
  appSecret: string;
  requests: RecordedRequest[];
  close(): Promise<void>;

  setAccessToken(token: string): void;
  /** Value of `x-app-usage` on every successful response (percentages). */
  setAppUsage(usage: { call_count: number; total_cputime: number; total_time: number }): void;
  /** Queue `n` failures for the next matching requests (default: any POST). */
  failNext(n: number, failure: GraphFailure, match?: RegExp | FailureMatch): void;
  rateLimitFailure(code?: 4 | 17 | 32 | 613, opts?: RateLimitOptions): GraphFailure;

  addPost(post: PostInput): StoredPost;
  addComment(comment: CommentInput): StoredComment;
  getComment(id: string): StoredComment | undefined;
  comments(): StoredComment[];
  posts(): StoredPost[];
  /** Private replies and Send API messages the page sent, in order. */
  sentMessages(): SentMessage[];
  /** People blocked from the Page: id → the parameter that named them (`user` for commenters, `psid`…). */
  blocked(): Map<string, "user" | "psid" | "uid" | "asid">;
  /** Record when a PSID last wrote, enabling the 24 h / 7 day (HUMAN_AGENT) window checks. */
  userMessaged(psid: string, at?: TimeInput): void;

  signWebhook(body: string): string;
  /** The exact bytes Meta would send for `payload`. */
  serialize(payload: unknown): string;
  sendWebhook(targetUrl: string, payload: object, opts?: SendOptions): Promise<DeliveryResult>;
  verifyChallenge(targetUrl: string, verifyToken: string, challenge?: number): Promise<{ status: number; body: string; challenge: string }>;
  /** One entry; pass an array to batch several changes in one delivery. */
  feedCommentChange(change: FeedCommentInput | FeedCommentInput[]): WebhookEnvelope;
  /** Posts on the feed: a visitor's post when `from` is not the Page. */
  feedPostChange(change: FeedPostInput | FeedPostInput[]): WebhookEnvelope;
  /** `mention` field: the Page @mentioned in a post or comment elsewhere. */
  mentionChange(change: MentionInput | MentionInput[]): WebhookEnvelope;
  messengerEvent(event: MessengerInput): WebhookEnvelope;
  batch(...envelopes: WebhookEnvelope[]): WebhookEnvelope;
}

function tokenOf(req: RecordedRequest): string | undefined {
  const auth = req.headers.authorization;
  // Graph accepts both "Bearer" and the older "OAuth" scheme.
  const m = auth ? /^(?:Bearer|OAuth)\s+(.+)$/i.exec(auth) : null;
  if (m?.[1]) return m[1];
  if (req.query.access_token) return req.query.access_token;
  const body = req.body as Record<string, unknown> | undefined;
  return typeof body?.access_token === "string" ? body.access_token : undefined;
}

export async function startFakeGraph(opts: FakeGraphOptions = {}): Promise<FakeGraph> {
  const version = opts.version ?? "v25.0";
  const pageId = opts.pageId ?? "100000000000001";
  const appSecret = opts.appSecret ?? "fake-app-secret";
  let accessToken = opts.accessToken ?? "fake-page-token";
  let usage = { call_count: 1, total_cputime: 1, total_time: 1 };
  const state = new GraphState(pageId);
  const failures = new FailureQueue<GraphFailure>("POST");
  let baseUrl = "";

  const route = (req: RecordedRequest): JsonReply => {
    const prefix = `/${version}/`;
    if (!req.path.startsWith(prefix)) return graphError(2500, `Unknown path components: ${req.path}`);
    const token = tokenOf(req);
    if (!token) return missingToken();
    if (token !== accessToken) return invalidToken();
    const scripted = failures.take(req.method, req.path);
    if (scripted) return failureReply(scripted);
    // We never delete on the platform; record it (requests) so tests can assert that.
    if (req.method === "DELETE") return { status: 200, body: { success: true } };

    const [id = "", edge, ...rest] = req.path.slice(prefix.length).split("/");
    const nodeId = id === "me" ? pageId : id;
    const ctx: RouteContext = { state, baseUrl, path: req.path };
    if (rest.length === 0 && req.method === "GET") {
      if (edge === undefined) return getObject(ctx, nodeId, req.query);
      if (edge === "comments") return getComments(ctx, nodeId, req.query);
      if (["feed", "posts", "published_posts"].includes(edge) && nodeId === pageId) return getFeed(ctx, req.query);
    }
    if (rest.length === 0 && req.method === "POST") {
      const params = postParams(req);
      if (edge === undefined) return postHide(ctx, nodeId, params);
      if (edge === "comments") return postComment(ctx, nodeId, params);
      if (edge === "messages" && nodeId === pageId) return postMessages(ctx, params);
      if (edge === "blocked" && nodeId === pageId) return postBlocked(ctx, params);
    }
    return graphError(2500, `Unknown path components: /${edge ?? ""}`);
  };

  const server = await startRecordingServer((req) => {
    const reply = route(req);
    // Every Graph response carries x-app-usage; scripted failures may override it.
    reply.headers = { "x-app-usage": JSON.stringify(usage), "facebook-api-version": version, ...reply.headers };
    return reply;
  });
  baseUrl = server.url;

  return {
    url: server.url,
    version,
    pageId,
    appSecret,
    requests: server.requests,
    close: server.close,
    setAccessToken: (t) => {
      accessToken = t;
    },
    setAppUsage: (u) => {
      usage = u;
    },
    failNext: (n, failure, match) => failures.add(n, failure, match),
    rateLimitFailure: (code, o) => rateLimitFailure(pageId, code, o),
    addPost: (p) => state.addPost(p),
    addComment: (c) => state.addComment(c),
    getComment: (id) => state.comments.get(id),
    comments: () => [...state.comments.values()],
    posts: () => [...state.posts.values()],
    sentMessages: () => [...state.sent],
    blocked: () => new Map(state.blocked),
    userMessaged: (psid, at) => {
      state.lastUserMessageMs.set(psid, toMs(at));
    },
    signWebhook: (body) => signMeta(appSecret, body),
    serialize: metaJson,
    sendWebhook: (targetUrl, payload, o) => sendMetaWebhook(appSecret, targetUrl, payload, o),
    verifyChallenge,
    feedCommentChange: (c) => feedEnvelope(pageId, (Array.isArray(c) ? c : [c]).map(feedCommentValue)),
    feedPostChange: (p) => feedEnvelope(pageId, (Array.isArray(p) ? p : [p]).map(feedPostValue)),
    mentionChange: (m) => feedEnvelope(pageId, (Array.isArray(m) ? m : [m]).map(mentionValue), "mention"),
    messengerEvent: (m) => messengerEnvelope(pageId, m),
    batch: batchEnvelopes,
  };
}
