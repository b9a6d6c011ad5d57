// Route handlers of the Instagram fake (after version, token and scripted-failure checks). Paths, bodies
// and errors as the Instagram Graph API answers them (CONNECTORS.md, Instagram section).
import { randomBytes } from "node:crypto";
import type { JsonReply } from "./fake-http";
import { graphError, objectNotFound } from "./graph-errors";
import { paginate } from "./graph-state";
import { parseFieldTree, type InstagramState, type IgSent } from "./instagram-state";

export interface IgRouteContext {
  state: InstagramState;
  baseUrl: string;
  path: string;
}

const DAY_MS = 86_400_000;

function paged<T>(ctx: IgRouteContext, all: T[], q: Record<string, string>, render: (t: T) => unknown): JsonReply {
  const page = paginate(all, q);
  if ("error" in page) return graphError(100, `(#100) Invalid ${page.error} parameter`);
  const body: Record<string, unknown> = { data: page.items.map(render) };
  if (page.items.length && page.before && page.after) {
    const next = new URL(ctx.baseUrl + ctx.path);
    for (const [k, v] of Object.entries(q)) if (k !== "before" && k !== "after") next.searchParams.set(k, v);
    next.searchParams.set("limit", q.limit ?? "25");
    next.searchParams.set("after", page.after);
    body.paging = { cursors: { before: page.before, after: page.after }, ...(page.hasNext ? { next: next.toString() } : {}) };
  }
  return { status: 200, body };
}

export function getMedia(ctx: IgRouteContext, q: Record<string, string>): JsonReply {
  const { names } = parseFieldTree(q.fields ?? "id");
  const list = [...ctx.state.media.values()].sort((a, b) => b.createdMs - a.createdMs);
  return paged(ctx, list, q, (m) => ctx.state.mediaJson(m, names));
}

/** `/{media-id}/comments` lists top-level comments (with `replies{...}` inline); `/{comment-id}/replies` the replies. */
export function getComments(ctx: IgRouteContext, id: string, q: Record<string, string>, edge: "comments" | "replies"): JsonReply {
  const { state } = ctx;
  const isMedia = state.media.has(id);
  if (edge === "comments" ? !isMedia : !state.comments.has(id)) return objectNotFound(id, "get");
  const { names, nested } = parseFieldTree(q.fields ?? "id,text,timestamp");
  const all = [...state.comments.values()].sort((a, b) => a.createdMs - b.createdMs);
  const list = edge === "comments" ? all.filter((c) => c.media_id === id && !c.parent_id) : all.filter((c) => c.parent_id === id);
  return paged(ctx, list, q, (c) => {
    const json = state.itemJson(c, names);
    if (names.includes("replies") && edge === "comments") {
      const replyFields = parseFieldTree(nested.replies ?? "id,text,timestamp").names;
      json.replies = { data: all.filter((r) => r.parent_id === c.id).map((r) => state.itemJson(r, replyFields)) };
    }
    return json;
  });
}

/** `GET /{ig-user-id}?fields=mentioned_comment.comment_id(C){...}` / `mentioned_media.media_id(M){...}`. */
export function getAccount(ctx: IgRouteContext, q: Record<string, string>): JsonReply {
  const { state } = ctx;
  const fields = q.fields ?? "id";
  const mc = /^mentioned_comment\.comment_id\(([^)]+)\)\{(.*)\}$/.exec(fields);
  if (mc) {
    const m = state.mentions.find((x) => x.comment_id === mc[1]);
    if (!m) return objectNotFound(mc[1]!, "get");
    const full: Record<string, unknown> = {
      id: m.comment_id, text: m.text, timestamp: new Date(m.createdMs).toISOString().replace(/\.\d{3}Z$/, "+0000"),
      username: m.from.username, from: m.from, like_count: 0, media: { id: m.media_id, permalink: m.permalink },
    };
    const names = parseFieldTree(mc[2]).names;
    return { status: 200, body: { mentioned_comment: Object.fromEntries(names.filter((n) => full[n] !== undefined).map((n) => [n, full[n]])), id: state.accountId } };
  }
  const mm = /^mentioned_media\.media_id\(([^)]+)\)\{(.*)\}$/.exec(fields);
  if (mm) {
    const m = state.mentions.find((x) => x.media_id === mm[1] && !x.comment_id);
    if (!m) return objectNotFound(mm[1]!, "get");
    const full: Record<string, unknown> = {
      id: m.media_id, caption: m.text, timestamp: new Date(m.createdMs).toISOString().replace(/\.\d{3}Z$/, "+0000"),
      username: m.from.username, owner: { id: m.from.id }, permalink: m.permalink, media_type: "IMAGE",
    };
    const names = parseFieldTree(mm[2]).names;
    return { status: 200, body: { mentioned_media: Object.fromEntries(names.filter((n) => full[n] !== undefined).map((n) => [n, full[n]])), id: state.accountId } };
  }
  return { status: 200, body: { id: state.accountId, username: state.username } };
}

export function postReply(ctx: IgRouteContext, commentId: string, p: Record<string, unknown>): JsonReply {
  const { state } = ctx;
  const target = state.comments.get(commentId);
  if (!target) return objectNotFound(commentId, "post");
  if (typeof p.message !== "string" || p.message.length === 0) return graphError(100, "(#100) Param message must be non-empty");
  const reply = state.addComment({ media_id: target.media_id, parent_id: target.id, text: p.message, from: { id: state.accountId, username: state.username } });
  return { status: 200, body: { id: reply.id } };
}

export function postMentionReply(ctx: IgRouteContext, p: Record<string, unknown>): JsonReply {
  const { state } = ctx;
  const mediaId = typeof p.media_id === "string" ? p.media_id : undefined;
  const commentId = typeof p.comment_id === "string" ? p.comment_id : undefined;
  if (!mediaId || !state.mentions.some((m) => m.media_id === mediaId)) return graphError(100, "(#100) Invalid media_id");
  if (typeof p.message !== "string" || p.message.length === 0) return graphError(100, "(#100) Param message must be non-empty");
  const id = state.nextId();
  state.mentionReplies.push({ id, media_id: mediaId, ...(commentId ? { comment_id: commentId } : {}), message: p.message });
  return { status: 200, body: { id } };
}

export function postHide(ctx: IgRouteContext, id: string, p: Record<string, unknown>): JsonReply {
  const c = ctx.state.comments.get(id);
  if (!c) return objectNotFound(id, "post");
  const v = p.hide;
  if (v !== true && v !== false && v !== "true" && v !== "false") return graphError(100, "(#100) The parameter hide is required");
  c.hidden = v === true || v === "true";
  return { status: 200, body: { success: true } };
}

export function postMessages(ctx: IgRouteContext, p: Record<string, unknown>): JsonReply {
  const { state } = ctx;
  const recipient = (p.recipient ?? {}) as { comment_id?: unknown; id?: unknown };
  const message = (p.message ?? {}) as { text?: unknown };
  if (!recipient.comment_id && !recipient.id) return graphError(100, "(#100) The parameter recipient is required");
  if (typeof message.text !== "string" || message.text.length === 0) return graphError(100, "(#100) The parameter message is required");
  if (message.text.length > 1000) return graphError(100, "(#100) Length of param message[text] must be less than 1000 characters");
  const message_id = `aWdf${randomBytes(18).toString("base64url")}`;
  let sent: IgSent;
  if (recipient.comment_id !== undefined) {
    const id = String(recipient.comment_id);
    const c = state.comments.get(id);
    if (!c) return objectNotFound(id, "post");
    if (state.privatelyReplied.has(id)) return graphError(10900);
    if (Date.now() - c.createdMs > 7 * DAY_MS) return graphError(10, "(#10) This message is sent outside of allowed window.", { subcode: 2534022 });
    state.privatelyReplied.add(id);
    sent = { kind: "private_reply", recipient: { comment_id: id }, text: message.text, message_id };
  } else {
    const igsid = String(recipient.id);
    const type = typeof p.messaging_type === "string" ? p.messaging_type : "RESPONSE";
    const tag = typeof p.tag === "string" ? p.tag : undefined;
    if (type === "MESSAGE_TAG" && tag !== "HUMAN_AGENT") return graphError(100, "(#100) Param tag must be HUMAN_AGENT on Instagram");
    const last = state.lastUserMessageMs.get(igsid);
    const allowed = tag === "HUMAN_AGENT" ? 7 * DAY_MS : DAY_MS;
    if (last !== undefined && Date.now() - last > allowed) return graphError(10, undefined, { subcode: 2018278 });
    sent = { kind: "send", recipient: { id: igsid }, messaging_type: type, tag, text: message.text, message_id };
  }
  state.sent.push(sent);
  return { status: 200, body: { recipient_id: sent.recipient.id ?? state.nextId(), message_id } };
}
