// Fake Instagram Graph API for one professional account (media, comments and replies, mentions, private
// replies, direct messages with their windows, hide) plus the Instagram webhook sender. Same wire rules as
// the Graph fake (versioned paths, Bearer token, error bodies and rate-limit codes, cursor paging, signed
// webhooks with retries), so a connector pointed at `url` behaves as against graph.facebook.com.
import { FailureQueue, startRecordingServer, type DeliveryResult, type FailureMatch, type JsonReply, type RecordedRequest } from "./fake-http";
import { failureReply, graphError, invalidToken, missingToken, rateLimitFailure, type GraphFailure, type RateLimitOptions } from "./graph-errors";
import { postParams } from "./graph-routes";
import { toMs, type TimeInput } from "./graph-state";
import { metaJson, sendMetaWebhook, signMeta, verifyChallenge, type SendOptions } from "./graph-webhooks";
import { getAccount, getComments, getMedia, postHide, postMentionReply, postMessages, postReply, type IgRouteContext } from "./instagram-routes";
import { InstagramState, type IgComment, type IgMedia, type IgMention, type IgSent, type IgUser } from "./instagram-state";
import { changesEnvelope, commentValue, dmEvent, messagingEnvelope, notMessages, type IgCommentInput, type IgDmInput, type IgEnvelope } from "./instagram-webhooks";

export type { IgComment, IgCommentInput, IgDmInput, IgEnvelope, IgMedia, IgMention, IgSent, IgUser };

export interface FakeInstagram {
  url: string;
  version: string;
  accountId: string;
  appSecret: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
  failNext(n: number, failure: GraphFailure, match?: RegExp | FailureMatch): void;
  rateLimitFailure(code?: 4 | 17 | 32 | 613, opts?: RateLimitOptions): GraphFailure;

  addMedia(m: { id?: string; caption?: string; created_time?: TimeInput; permalink?: string }): IgMedia;
  addComment(c: { id?: string; media_id: string; parent_id?: string; text: string; from: IgUser; created_time?: TimeInput }): IgComment;
  /** The account @mentioned in a comment (comment_id) or a caption (no comment_id) on someone else's media. */
  addMention(m: { media_id?: string; comment_id?: string; text: string; from: IgUser; created_time?: TimeInput }): IgMention;
  comments(): IgComment[];
  sentMessages(): IgSent[];
  mentionReplies(): Array<{ id: string; media_id: string; comment_id?: string; message: string }>;
  userMessaged(igsid: string, at?: TimeInput): void;

  signWebhook(body: string): string;
  serialize(payload: unknown): string;
  sendWebhook(targetUrl: string, payload: object, opts?: SendOptions): Promise<DeliveryResult>;
  verifyChallenge(targetUrl: string, verifyToken: string, challenge?: number): Promise<{ status: number; body: string; challenge: string }>;
  commentChange(c: IgCommentInput | IgCommentInput[]): IgEnvelope;
  mentionChange(m: { media_id: string; comment_id?: string }): IgEnvelope;
  dm(d: IgDmInput): IgEnvelope;
  /** Reads, reactions, postbacks, story insights, likes: delivered, never messages. */
  notMessages(igsid: string): IgEnvelope[];
}

export async function startFakeInstagram(opts: { accountId?: string; username?: string; appSecret?: string; accessToken?: string; version?: string } = {}): Promise<FakeInstagram> {
  const version = opts.version ?? "v25.0";
  const accountId = opts.accountId ?? "17841400000000001";
  const appSecret = opts.appSecret ?? "fake-app-secret";
  const accessToken = opts.accessToken ?? "fake-ig-token";
  const state = new InstagramState(accountId, opts.username ?? "maisonlumiere");
  const failures = new FailureQueue<GraphFailure>("POST");
  let baseUrl = "";

  const route = (req: RecordedRequest): JsonReply => {
    const prefix = `/${version}/`;
    if (!req.path.startsWith(prefix)) return graphError(2500, `Unknown path components: ${req.path}`);
    const auth = /^(?:Bearer|OAuth)\s+(.+)$/i.exec(req.headers.authorization ?? "")?.[1] ?? req.query.access_token;
    if (!auth) return missingToken();
    if (auth !== accessToken) return invalidToken();
    const scripted = failures.take(req.method, req.path);
    if (scripted) return failureReply(scripted);
    if (req.method === "DELETE") return { status: 200, body: { success: true } };
    const [id = "", edge, ...rest] = req.path.slice(prefix.length).split("/");
    const nodeId = id === "me" ? accountId : id;
    const ctx: IgRouteContext = { state, baseUrl, path: req.path };
    if (rest.length > 0) return graphError(2500, "Unknown path components");
    if (req.method === "GET") {
      if (edge === undefined && nodeId === accountId) return getAccount(ctx, req.query);
      if (edge === "media" && nodeId === accountId) return getMedia(ctx, req.query);
      if (edge === "comments" || edge === "replies") return getComments(ctx, nodeId, req.query, edge);
    }
    if (req.method === "POST") {
      const params = postParams(req);
      if (edge === undefined) return postHide(ctx, nodeId, params);
      if (edge === "replies") return postReply(ctx, nodeId, params);
      if (edge === "messages" && nodeId === accountId) return postMessages(ctx, params);
      if (edge === "mentions" && nodeId === accountId) return postMentionReply(ctx, params);
    }
    return graphError(2500, `Unknown path components: /${edge ?? ""}`);
  };

  const server = await startRecordingServer(route);
  baseUrl = server.url;
  return {
    url: server.url,
    version,
    accountId,
    appSecret,
    requests: server.requests,
    close: server.close,
    failNext: (n, f, m) => failures.add(n, f, m),
    rateLimitFailure: (code, o) => rateLimitFailure(accountId, code, o),
    addMedia: (m) => state.addMedia(m),
    addComment: (c) => state.addComment(c),
    addMention: (m) => state.addMention(m),
    comments: () => [...state.comments.values()],
    sentMessages: () => [...state.sent],
    mentionReplies: () => [...state.mentionReplies],
    userMessaged: (igsid, at) => {
      state.lastUserMessageMs.set(igsid, toMs(at));
    },
    signWebhook: (body) => signMeta(appSecret, body),
    serialize: metaJson,
    sendWebhook: (targetUrl, payload, o) => sendMetaWebhook(appSecret, targetUrl, payload, o),
    verifyChallenge,
    commentChange: (c) => changesEnvelope(accountId, (Array.isArray(c) ? c[0] : c)?.live ? "live_comments" : "comments", (Array.isArray(c) ? c : [c]).map(commentValue)),
    mentionChange: (m) => changesEnvelope(accountId, "mentions", [{ media_id: m.media_id, ...(m.comment_id ? { comment_id: m.comment_id } : {}) }]),
    dm: (d) => messagingEnvelope(accountId, [dmEvent(accountId, d)]),
    notMessages: (igsid) => notMessages(accountId, igsid),
  };
}
