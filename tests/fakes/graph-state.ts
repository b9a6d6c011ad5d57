// In-memory Page state for the Graph fake: posts, comments and what the page has sent, plus the
// Graph representations (ISO "+0000" times, field selection, cursor paging).
import { randomBytes } from "node:crypto";

export type TimeInput = Date | string | number;

export interface GraphUser {
  id: string;
  name: string;
}

export interface PostInput {
  id?: string;
  message?: string;
  from?: GraphUser;
  created_time?: TimeInput;
  permalink_url?: string;
}

export interface CommentInput {
  id?: string;
  post_id: string;
  /** Parent comment id; omit (or pass post_id) for a top-level comment. */
  parent_id?: string;
  message: string;
  /** Omitted on purpose to mimic comments whose author Graph will not disclose. */
  from?: GraphUser;
  created_time?: TimeInput;
  is_hidden?: boolean;
}

export interface StoredPost {
  id: string;
  message?: string;
  from: GraphUser;
  createdMs: number;
  permalink_url: string;
}

export interface StoredComment {
  id: string;
  post_id: string;
  /** Parent comment id, undefined for top-level comments. */
  parent_id?: string;
  message: string;
  from?: GraphUser;
  createdMs: number;
  is_hidden: boolean;
}

export interface SentMessage {
  kind: "private_reply" | "send";
  recipient: { comment_id?: string; post_id?: string; id?: string };
  messaging_type?: string;
  tag?: string;
  text: string;
  message_id: string;
  recipient_id: string;
}

/** Graph GET format: `2020-02-19T23:05:53+0000`. */
export function graphTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "+0000");
}

/** Numbers are unix seconds (webhook style), strings are parsed as dates. */
export function toMs(t: TimeInput | undefined, fallback = Date.now()): number {
  if (t === undefined) return fallback;
  if (t instanceof Date) return t.getTime();
  if (typeof t === "number") return t * 1000;
  const ms = Date.parse(t.replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));
  if (Number.isNaN(ms)) throw new Error(`bad time ${t}`);
  return ms;
}

export class GraphState {
  readonly posts = new Map<string, StoredPost>();
  readonly comments = new Map<string, StoredComment>();
  readonly sent: SentMessage[] = [];
  /** comment and post ids that already received their single private reply. */
  readonly privatelyReplied = new Set<string>();
  /** PSID -> time of the user's last message, for the 24 h / 7 day Messenger windows. */
  readonly lastUserMessageMs = new Map<string, number>();
  /** People blocked from the Page (POST /{page-id}/blocked): id → the parameter it came in (`user` or `psid`). */
  readonly blocked = new Map<string, "user" | "psid" | "uid" | "asid">();
  private seq = 10_000_000_000_000n;

  constructor(readonly pageId: string, readonly pageName = "Fake Page") {}

  private readonly psids = new Map<string, string>();

  /** Page-scoped ids differ from the ids in comment `from`; keep one stable PSID per user. */
  psidFor(userId: string): string {
    let psid = this.psids.get(userId);
    if (!psid) {
      psid = `2${this.nextNumber()}`;
      this.psids.set(userId, psid);
    }
    return psid;
  }

  nextNumber(): string {
    this.seq += 1n;
    return this.seq.toString();
  }

  addPost(input: PostInput): StoredPost {
    const id = input.id ?? `${this.pageId}_${this.nextNumber()}`;
    const post: StoredPost = {
      id,
      message: input.message,
      from: input.from ?? { id: this.pageId, name: this.pageName },
      createdMs: toMs(input.created_time),
      permalink_url: input.permalink_url ?? `https://www.facebook.com/${id.replace("_", "/posts/")}`,
    };
    this.posts.set(id, post);
    return post;
  }

  addComment(input: CommentInput): StoredComment {
    // Replies to replies are attached to the top-level comment, as on Facebook.
    let parent = input.parent_id && input.parent_id !== input.post_id ? this.comments.get(input.parent_id) : undefined;
    if (input.parent_id && input.parent_id !== input.post_id && !parent) {
      throw new Error(`unknown parent comment ${input.parent_id}`);
    }
    if (parent?.parent_id) parent = this.comments.get(parent.parent_id);
    if (!this.posts.has(input.post_id)) this.addPost({ id: input.post_id });
    // Real comment ids are `<post object id>_<comment number>`.
    const objectId = input.post_id.includes("_") ? input.post_id.split("_")[1] : input.post_id;
    const c: StoredComment = {
      id: input.id ?? `${objectId}_${this.nextNumber()}`,
      post_id: input.post_id,
      parent_id: parent?.id,
      message: input.message,
      from: input.from,
      createdMs: toMs(input.created_time),
      is_hidden: input.is_hidden ?? false,
    };
    this.comments.set(c.id, c);
    return c;
  }

  /** Comments under a post or a comment. `stream` includes replies; `toplevel` only direct children. */
  commentsOf(objectId: string, filter: string): StoredComment[] {
    const all = [...this.comments.values()];
    if (this.posts.has(objectId)) {
      return all.filter((c) => c.post_id === objectId && (filter === "stream" || !c.parent_id));
    }
    return all.filter((c) => c.parent_id === objectId);
  }

  pagePermalink(c: StoredComment): string {
    const post = this.posts.get(c.post_id);
    return `${post?.permalink_url ?? "https://www.facebook.com/"}?comment_id=${c.id.split("_")[1] ?? c.id}`;
  }

  commentJson(c: StoredComment, fields: string[] | undefined): Record<string, unknown> {
    const parent = c.parent_id ? this.comments.get(c.parent_id) : undefined;
    const full: Record<string, unknown> = {
      id: c.id,
      message: c.message,
      created_time: graphTime(c.createdMs),
      ...(c.from ? { from: c.from } : {}),
      ...(parent
        ? { parent: { created_time: graphTime(parent.createdMs), ...(parent.from ? { from: parent.from } : {}), message: parent.message, id: parent.id } }
        : {}),
      is_hidden: c.is_hidden,
      permalink_url: this.pagePermalink(c),
      can_reply_privately: !this.privatelyReplied.has(c.id),
    };
    return pick(full, fields ?? ["created_time", "from", "message", "id"]);
  }

  postJson(p: StoredPost, fields: string[] | undefined): Record<string, unknown> {
    const full: Record<string, unknown> = {
      id: p.id,
      ...(p.message !== undefined ? { message: p.message } : {}),
      created_time: graphTime(p.createdMs),
      from: p.from,
      permalink_url: p.permalink_url,
    };
    return pick(full, fields ?? ["created_time", "message", "id"]);
  }
}

/** `fields=id,from{id,name},parent` -> ["id","from","parent"]; id is always returned, as on Graph. */
export function parseFields(param: string | undefined): string[] | undefined {
  if (!param) return undefined;
  const names: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of param) {
    if (ch === "{") depth++;
    else if (ch === "}") depth--;
    else if (ch === "," && depth === 0) {
      names.push(cur.trim());
      cur = "";
    } else if (depth === 0) cur += ch;
  }
  names.push(cur.trim());
  return ["id", ...names.map((n) => n.split(".")[0] ?? n).filter((n) => n && n !== "id")];
}

function pick(obj: Record<string, unknown>, fields: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) if (obj[f] !== undefined) out[f] = obj[f];
  return out;
}

// Opaque cursors like Graph's; they encode the position so paging is stable while items are added.
export function encodeCursor(index: number): string {
  return Buffer.from(`fake-cursor:${index}`).toString("base64").replace(/=+$/, "");
}

export function decodeCursor(cursor: string): number | undefined {
  const m = /^fake-cursor:(\d+)$/.exec(Buffer.from(cursor, "base64").toString("utf8"));
  return m?.[1] !== undefined ? Number(m[1]) : undefined;
}

export interface Page<T> {
  items: T[];
  before?: string;
  after?: string;
  hasNext: boolean;
  hasPrevious: boolean;
}

export function paginate<T>(all: T[], q: Record<string, string>): Page<T> | { error: string } {
  const limit = q.limit ? Number(q.limit) : 25;
  if (!Number.isInteger(limit) || limit < 1) return { error: "limit" };
  let start = 0;
  let end = Math.min(all.length, limit);
  if (q.after !== undefined) {
    const i = decodeCursor(q.after);
    if (i === undefined) return { error: "after" };
    start = i + 1;
    end = Math.min(all.length, start + limit);
  } else if (q.before !== undefined) {
    const i = decodeCursor(q.before);
    if (i === undefined) return { error: "before" };
    end = Math.min(i, all.length);
    start = Math.max(0, end - limit);
  }
  const items = all.slice(start, end);
  return {
    items,
    before: items.length ? encodeCursor(start) : undefined,
    after: items.length ? encodeCursor(end - 1) : undefined,
    hasNext: end < all.length,
    hasPrevious: start > 0,
  };
}

export function fbtraceId(): string {
  return randomBytes(8).toString("base64").replace(/[+/=]/g, "A");
}
