// Route handlers of the Graph fake (after version, token and scripted-failure checks).
import { randomBytes } from "node:crypto";
import type { JsonReply, RecordedRequest } from "./fake-http";
import { graphError, objectNotFound } from "./graph-errors";
import { paginate, parseFields, type GraphState, type SentMessage } from "./graph-state";

export interface RouteContext {
  state: GraphState;
  baseUrl: string;
  /** Request path, used to build absolute `paging.next` / `previous` links. */
  path: string;
}

const DAY_MS = 86_400_000;

/** POST params may arrive in the query, a form body or a JSON body; form values may hold JSON. */
export function postParams(req: RecordedRequest): Record<string, unknown> {
  const body = req.body && typeof req.body === "object" ? (req.body as Record<string, unknown>) : {};
  const out: Record<string, unknown> = { ...req.query, ...body };
  for (const [k, v] of Object.entries(out)) {
    if (typeof v === "string" && /^[[{]/.test(v.trim())) {
      try {
        out[k] = JSON.parse(v) as unknown;
      } catch {
        // Not JSON after all; Graph would keep it as a plain string too.
      }
    }
  }
  return out;
}

function pagedReply<T>(ctx: RouteContext, all: T[], q: Record<string, string>, render: (t: T) => unknown, extra: Record<string, unknown> = {}): JsonReply {
  const page = paginate(all, q);
  if ("error" in page) return graphError(100, `(#100) Invalid ${page.error} parameter`);
  const link = (set: string, drop: string, cursor: string): string => {
    const u = new URL(ctx.baseUrl + ctx.path);
    for (const [k, v] of Object.entries(q)) if (k !== drop && k !== set) u.searchParams.set(k, v);
    u.searchParams.set("limit", q.limit ?? "25");
    u.searchParams.set(set, cursor);
    return u.toString();
  };
  const body: Record<string, unknown> = { data: page.items.map(render), ...extra };
  if (page.items.length && page.before && page.after) {
    body.paging = {
      cursors: { before: page.before, after: page.after },
      // The end of the edge is signalled only by a missing `next`.
      ...(page.hasPrevious ? { previous: link("before", "after", page.before) } : {}),
      ...(page.hasNext ? { next: link("after", "before", page.after) } : {}),
    };
  }
  return { status: 200, body };
}

export function getComments(ctx: RouteContext, objectId: string, q: Record<string, string>): JsonReply {
  const { state } = ctx;
  if (!state.posts.has(objectId) && !state.comments.has(objectId)) return objectNotFound(objectId, "get");
  const filter = q.filter === "stream" ? "stream" : "toplevel";
  const list = state.commentsOf(objectId, filter).sort((a, b) => a.createdMs - b.createdMs);
  if (q.order === "reverse_chronological") list.reverse();
  const fields = parseFields(q.fields);
  const summary = q.summary === "true" || q.summary === "1"
    ? { summary: { order: q.order ?? "chronological", total_count: list.length, can_comment: true } }
    : {};
  return pagedReply(ctx, list, q, (c) => state.commentJson(c, fields), summary);
}

export function getFeed(ctx: RouteContext, q: Record<string, string>): JsonReply {
  const since = q.since ? Number(q.since) * 1000 : -Infinity;
  const until = q.until ? Number(q.until) * 1000 : Infinity;
  // Feeds are newest first.
  const list = [...ctx.state.posts.values()]
    .filter((p) => p.createdMs >= since && p.createdMs <= until)
    .sort((a, b) => b.createdMs - a.createdMs);
  const fields = parseFields(q.fields);
  return pagedReply(ctx, list, q, (p) => ctx.state.postJson(p, fields));
}

export function getObject(ctx: RouteContext, id: string, q: Record<string, string>): JsonReply {
  const fields = parseFields(q.fields);
  const c = ctx.state.comments.get(id);
  if (c) return { status: 200, body: ctx.state.commentJson(c, fields) };
  const p = ctx.state.posts.get(id);
  if (p) return { status: 200, body: ctx.state.postJson(p, fields) };
  if (id === ctx.state.pageId) return { status: 200, body: { id, name: ctx.state.pageName } };
  return objectNotFound(id, "get");
}

export function postComment(ctx: RouteContext, targetId: string, p: Record<string, unknown>): JsonReply {
  const { state } = ctx;
  const target = state.comments.get(targetId);
  const postId = target?.post_id ?? (state.posts.has(targetId) ? targetId : undefined);
  if (!postId) return objectNotFound(targetId, "post");
  if (typeof p.message !== "string" || p.message.length === 0) {
    return graphError(100, "(#100) Missing message or attachment", { type: "OAuthException" });
  }
  const reply = state.addComment({
    post_id: postId,
    parent_id: target?.id,
    message: p.message,
    from: { id: state.pageId, name: state.pageName },
  });
  return { status: 200, body: { id: reply.id } };
}

export function postHide(ctx: RouteContext, id: string, p: Record<string, unknown>): JsonReply {
  const c = ctx.state.comments.get(id);
  if (!c) return objectNotFound(id, "post");
  const v = p.is_hidden;
  if (v !== true && v !== false && v !== "true" && v !== "false") {
    return graphError(100, "(#100) The parameter is_hidden is required");
  }
  c.is_hidden = v === true || v === "true";
  return { status: 200, body: { success: true } };
}

function messageId(): string {
  return `m_${randomBytes(24).toString("base64url")}`;
}

export function postMessages(ctx: RouteContext, p: Record<string, unknown>): JsonReply {
  const { state } = ctx;
  const recipient = (p.recipient ?? {}) as { comment_id?: unknown; post_id?: unknown; id?: unknown };
  const message = (p.message ?? {}) as { text?: unknown };
  if (typeof recipient !== "object" || (!recipient.comment_id && !recipient.post_id && !recipient.id)) {
    return graphError(100, "(#100) The parameter recipient is required");
  }
  if (typeof message.text !== "string" || message.text.length === 0) {
    return graphError(100, "(#100) The parameter message is required");
  }
  if (message.text.length >= 2000) {
    return graphError(100, "(#100) Length of param message[text] must be less than 2000 characters");
  }
  const text = message.text;
  let sent: SentMessage;
  if (recipient.comment_id !== undefined) {
    const commentId = String(recipient.comment_id);
    const c = state.comments.get(commentId);
    if (!c) return objectNotFound(commentId, "post");
    // Private replies are single-use per comment.
    if (state.privatelyReplied.has(commentId)) return graphError(10900);
    state.privatelyReplied.add(commentId);
    sent = { kind: "private_reply", recipient: { comment_id: commentId }, text, message_id: messageId(), recipient_id: state.psidFor(c.from?.id ?? c.id) };
  } else if (recipient.post_id !== undefined) {
    // Private reply to a visitor post: one per post, like comments.
    const postId = String(recipient.post_id);
    const post = state.posts.get(postId);
    if (!post) return objectNotFound(postId, "post");
    if (state.privatelyReplied.has(postId)) return graphError(10900);
    state.privatelyReplied.add(postId);
    sent = { kind: "private_reply", recipient: { post_id: postId }, text, message_id: messageId(), recipient_id: state.psidFor(post.from.id) };
  } else {
    const psid = String(recipient.id);
    const type = typeof p.messaging_type === "string" ? p.messaging_type : "RESPONSE";
    const tag = typeof p.tag === "string" ? p.tag : undefined;
    if (!["RESPONSE", "UPDATE", "MESSAGE_TAG"].includes(type)) return graphError(100, "(#100) Param messaging_type must be one of {RESPONSE, UPDATE, MESSAGE_TAG}");
    if (type === "MESSAGE_TAG" && !tag) return graphError(100, "(#100) Param tag is required for messaging_type MESSAGE_TAG");
    // Outside the window Meta answers code 10 / subcode 2018278; only enforced once the test told us when the user last wrote.
    const last = state.lastUserMessageMs.get(psid);
    const allowedMs = type === "MESSAGE_TAG" && tag === "HUMAN_AGENT" ? 7 * DAY_MS : DAY_MS;
    if (last !== undefined && Date.now() - last > allowedMs) return graphError(10, undefined, { subcode: 2018278 });
    sent = { kind: "send", recipient: { id: psid }, messaging_type: type, tag, text, message_id: messageId(), recipient_id: psid };
  }
  state.sent.push(sent);
  return { status: 200, body: { recipient_id: sent.recipient_id, message_id: sent.message_id } };
}

/**
 * POST /{page-id}/blocked (Meta's Page `blocked` edge): `user`, `uid`, `asid` or `psid`, each a list of ids; the
 * answer maps every id to true. Blocking someone already blocked answers true again.
 */
export function postBlocked(ctx: RouteContext, p: Record<string, unknown>): JsonReply {
  const kinds = ["user", "uid", "asid", "psid"] as const;
  const out: Record<string, boolean> = {};
  for (const kind of kinds) {
    const v = p[kind];
    if (v === undefined) continue;
    const ids = Array.isArray(v) ? v : String(v).split(",");
    for (const raw of ids) {
      const id = String(raw).trim();
      if (!/^\d+$/.test(id)) return graphError(100, `(#100) Param ${kind}[0] must be a valid ID`);
      ctx.state.blocked.set(id, kind);
      out[id] = true;
    }
  }
  if (Object.keys(out).length === 0) return graphError(100, "(#100) At least one of user, uid, asid, psid is required");
  return { status: 200, body: out };
}
