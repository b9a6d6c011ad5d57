// Handlers of the fake YouTube Data API v3: commentThreads.list, comments.list (replies by parentId), videos.list,
// comments.insert and comments.setModerationStatus, with YouTube's parameters, paging and error reasons.
import type { JsonReply } from "./fake-http";
import { googleError } from "./youtube-quota";
import type { FakeYtComment, YoutubeState, YtModerationStatus } from "./youtube-state";

const INLINE_REPLIES = 5;
const LIST_STATUSES = new Set(["published", "heldForReview", "likelySpam"]);
const SET_STATUSES = new Set(["published", "heldForReview", "rejected"]);

export interface YtRouteContext {
  state: YoutubeState;
  /** Whether the access token is the channel owner's: moderation and moderation status need it. */
  owner: boolean;
}

/** Opaque page tokens, as YouTube's are (an offset here). */
const pageToken = (offset: number): string => Buffer.from(`offset:${offset}`).toString("base64url");

function paged<T>(all: T[], q: Record<string, string>): { page: T[]; next?: string } | JsonReply {
  const max = q.maxResults === undefined ? 20 : Number(q.maxResults);
  if (!Number.isInteger(max) || max < 1 || max > 100) return googleError(400, "invalidParameter", "Invalid value for parameter maxResults");
  let offset = 0;
  if (q.pageToken !== undefined) {
    const m = /^offset:(\d+)$/.exec(Buffer.from(q.pageToken, "base64url").toString());
    if (!m) return googleError(400, "invalidPageToken", "The request specifies an invalid page token.");
    offset = Number(m[1]);
  }
  const page = all.slice(offset, offset + max);
  return { page, ...(offset + max < all.length ? { next: pageToken(offset + max) } : {}) };
}

const isReply = (x: unknown): x is JsonReply => typeof x === "object" && x !== null && "status" in x;

function listEnvelope(kind: string, items: unknown[], total: number, perPage: number, next?: string): JsonReply {
  return { status: 200, body: { kind, etag: `etag-${kind}-${items.length}`, ...(next ? { nextPageToken: next } : {}), pageInfo: { totalResults: total, resultsPerPage: perPage }, items } };
}

export function listCommentThreads(ctx: YtRouteContext, q: Record<string, string>): JsonReply {
  if (!q.part?.split(",").includes("snippet")) return googleError(400, "invalidPart", "The part parameter is required and must include snippet here.", "youtube.parameter");
  if (q.allThreadsRelatedToChannelId !== ctx.state.channelId) return googleError(404, "channelNotFound", "The channel identified with the request's allThreadsRelatedToChannelId parameter cannot be found.", "youtube.commentThread");
  const status = (q.moderationStatus ?? "published") as YtModerationStatus;
  if (!LIST_STATUSES.has(status)) return googleError(400, "invalidParameter", "Invalid value for moderationStatus");
  // Held lists are the owner's alone.
  if (status !== "published" && !ctx.owner) return googleError(403, "forbidden", "The request is not properly authorized to retrieve held comments.", "youtube.commentThread");
  const withReplies = q.part.split(",").includes("replies");
  // A held list holds threads whose top-level comment or at least one reply has that status (as documented).
  const threads = ctx.state
    .topLevel()
    .filter((t) => t.moderationStatus === status || (status !== "published" && ctx.state.repliesOf(t.id, status).length > 0));
  const r = paged(threads, q);
  if (isReply(r)) return r;
  const items = r.page.map((t) => {
    const published = ctx.state.repliesOf(t.id, "published");
    const shown: FakeYtComment[] = status === "published" ? published : ctx.state.repliesOf(t.id, status);
    return ctx.state.threadResource(t, withReplies ? shown.slice(0, INLINE_REPLIES) : [], published.length, ctx.owner);
  });
  return listEnvelope("youtube#commentThreadListResponse", items, threads.length, Number(q.maxResults ?? 20), r.next);
}

export function listComments(ctx: YtRouteContext, q: Record<string, string>): JsonReply {
  if (q.part !== "snippet" && q.part !== "id,snippet" && q.part !== "snippet,id") return googleError(400, "invalidPart", "Invalid part", "youtube.parameter");
  if (!q.parentId) return googleError(400, "missingRequiredParameter", "No filter selected. Expected one of: parentId, id", "youtube.parameter");
  if (!ctx.state.comments.has(q.parentId)) return googleError(404, "commentNotFound", "The comment identified by the parentId parameter could not be found.", "youtube.comment");
  const replies = ctx.state.repliesOf(q.parentId, "published");
  const r = paged(replies, q);
  if (isReply(r)) return r;
  return listEnvelope("youtube#commentListResponse", r.page.map((c) => ctx.state.commentResource(c, ctx.owner)), replies.length, Number(q.maxResults ?? 20), r.next);
}

export function listVideos(ctx: YtRouteContext, q: Record<string, string>): JsonReply {
  const ids = (q.id ?? "").split(",").filter(Boolean);
  if (ids.length === 0) return googleError(400, "missingRequiredParameter", "No filter selected. Expected one of: id, chart, myRating", "youtube.parameter");
  if (ids.length > 50) return googleError(400, "invalidParameter", "Too many ids (at most 50)");
  const items = ids.flatMap((id) => {
    const v = ctx.state.videos.get(id);
    return v ? [ctx.state.videoResource(v)] : [];
  });
  return listEnvelope("youtube#videoListResponse", items, items.length, items.length);
}

export function insertComment(ctx: YtRouteContext, q: Record<string, string>, body: unknown): JsonReply {
  if (q.part !== "snippet") return googleError(400, "invalidPart", "The part parameter must be snippet", "youtube.parameter");
  const snippet = (body as { snippet?: { parentId?: unknown; textOriginal?: unknown } } | undefined)?.snippet;
  if (typeof snippet?.parentId !== "string" || typeof snippet.textOriginal !== "string") {
    return googleError(400, "invalidCommentMetadata", "The request metadata is invalid.", "youtube.comment");
  }
  if (snippet.textOriginal.length > 10_000) return googleError(400, "commentTextTooLong", "The comment resource that is being inserted contains too many characters.", "youtube.comment");
  const parent = ctx.state.comments.get(snippet.parentId);
  // Replies nest one level: a reply's id is no parent.
  if (!parent || parent.parentId) return googleError(404, "parentCommentNotFound", "The specified parent comment could not be found.", "youtube.comment");
  const reply = ctx.state.addReply({ parentId: parent.id, text: snippet.textOriginal, author: { channelId: ctx.state.channelId, displayName: `@${ctx.state.channelTitle}` } });
  ctx.state.inserted.push(reply);
  return { status: 200, body: ctx.state.commentResource(reply, ctx.owner) };
}

export function setModerationStatus(ctx: YtRouteContext, q: Record<string, string>, rawBody: string): JsonReply {
  if (rawBody.length > 0) return googleError(400, "invalidRequest", "Do not provide a request body when calling this method.");
  const ids = (q.id ?? "").split(",").filter(Boolean);
  const status = q.moderationStatus ?? "";
  if (ids.length === 0 || ids.length > 50 || !SET_STATUSES.has(status)) return googleError(400, "invalidParameter", "id and moderationStatus are required");
  if (q.banAuthor !== undefined && status !== "rejected") return googleError(400, "banWithoutReject", "The banAuthor parameter can only be used if the moderationStatus parameter value is rejected.", "youtube.comment");
  if (!ctx.owner) return googleError(403, "forbidden", "The comment could not be moderated: only the channel owner can.", "youtube.comment");
  const found = ids.map((id) => ctx.state.comments.get(id));
  if (found.some((c) => !c)) return googleError(404, "commentNotFound", "The comment could not be found.", "youtube.comment");
  ctx.state.moderations.push({ ids, moderationStatus: status, ...(q.banAuthor !== undefined ? { banAuthor: q.banAuthor } : {}) });
  for (const c of found) c!.moderationStatus = status as YtModerationStatus;
  return { status: 204, body: undefined };
}
