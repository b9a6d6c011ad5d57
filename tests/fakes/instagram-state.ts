// In-memory state of one Instagram professional account for the fake: media, comments and replies,
// mentions of the account elsewhere, and what the account sent. Times render like Graph's ("+0000").
import { graphTime, toMs, type TimeInput } from "./graph-state";

export interface IgUser {
  /** Instagram-scoped id. */
  id: string;
  username: string;
}

export interface IgMedia {
  id: string;
  caption?: string;
  createdMs: number;
  permalink: string;
}

export interface IgComment {
  id: string;
  media_id: string;
  /** Parent comment for a reply (replies are one level deep on Instagram). */
  parent_id?: string;
  text: string;
  from: IgUser;
  createdMs: number;
  hidden: boolean;
}

/** A comment or caption on someone else's media that @mentions the account. */
export interface IgMention {
  media_id: string;
  comment_id?: string;
  text: string;
  from: IgUser;
  createdMs: number;
  permalink: string;
}

export interface IgSent {
  kind: "private_reply" | "send";
  recipient: { comment_id?: string; id?: string };
  messaging_type?: string;
  tag?: string;
  text: string;
  message_id: string;
}

export class InstagramState {
  readonly media = new Map<string, IgMedia>();
  readonly comments = new Map<string, IgComment>();
  readonly mentions: IgMention[] = [];
  readonly sent: IgSent[] = [];
  /** Replies the account posted on mentions (`POST /{ig-id}/mentions`). */
  readonly mentionReplies: Array<{ id: string; media_id: string; comment_id?: string; message: string }> = [];
  readonly privatelyReplied = new Set<string>();
  /** IGSID -> when the user last wrote, for the 24 h / 7 day windows. */
  readonly lastUserMessageMs = new Map<string, number>();
  private seq = 17_900_000_000_000_000n;

  constructor(readonly accountId: string, readonly username: string) {}

  nextId(): string {
    this.seq += 1n;
    return this.seq.toString();
  }

  addMedia(input: { id?: string; caption?: string; created_time?: TimeInput; permalink?: string }): IgMedia {
    const id = input.id ?? this.nextId();
    const m: IgMedia = { id, caption: input.caption, createdMs: toMs(input.created_time), permalink: input.permalink ?? `https://www.instagram.com/p/${id.slice(-11)}/` };
    this.media.set(id, m);
    return m;
  }

  addComment(input: { id?: string; media_id: string; parent_id?: string; text: string; from: IgUser; created_time?: TimeInput; hidden?: boolean }): IgComment {
    if (!this.media.has(input.media_id)) this.addMedia({ id: input.media_id });
    // Replies to replies attach to the top-level comment, as in the app.
    let parent = input.parent_id ? this.comments.get(input.parent_id) : undefined;
    if (input.parent_id && !parent) throw new Error(`unknown parent comment ${input.parent_id}`);
    if (parent?.parent_id) parent = this.comments.get(parent.parent_id);
    const c: IgComment = {
      id: input.id ?? this.nextId(),
      media_id: input.media_id,
      parent_id: parent?.id,
      text: input.text,
      from: input.from,
      createdMs: toMs(input.created_time),
      hidden: input.hidden ?? false,
    };
    this.comments.set(c.id, c);
    return c;
  }

  addMention(input: { media_id?: string; comment_id?: string; text: string; from: IgUser; created_time?: TimeInput }): IgMention {
    const media_id = input.media_id ?? this.nextId();
    const m: IgMention = {
      media_id,
      comment_id: input.comment_id,
      text: input.text,
      from: input.from,
      createdMs: toMs(input.created_time),
      permalink: `https://www.instagram.com/p/${media_id.slice(-11)}/`,
    };
    this.mentions.push(m);
    return m;
  }

  itemJson(c: IgComment, fields: string[]): Record<string, unknown> {
    const full: Record<string, unknown> = {
      id: c.id,
      text: c.text,
      timestamp: graphTime(c.createdMs),
      from: c.from,
      username: c.from.username,
      hidden: c.hidden,
      like_count: 0,
      media: { id: c.media_id },
      ...(c.parent_id ? { parent_id: c.parent_id } : {}),
    };
    const out: Record<string, unknown> = {};
    for (const f of fields) if (full[f] !== undefined) out[f] = full[f];
    return out;
  }

  mediaJson(m: IgMedia, fields: string[]): Record<string, unknown> {
    const full: Record<string, unknown> = {
      id: m.id,
      ...(m.caption !== undefined ? { caption: m.caption } : {}),
      timestamp: graphTime(m.createdMs),
      permalink: m.permalink,
      media_type: "IMAGE",
      media_product_type: "FEED",
    };
    const out: Record<string, unknown> = {};
    for (const f of fields) if (full[f] !== undefined) out[f] = full[f];
    return out;
  }
}

/** `id,text,replies{id,text}` -> top-level names and the nested field lists. */
export function parseFieldTree(param: string | undefined): { names: string[]; nested: Record<string, string> } {
  const names: string[] = [];
  const nested: Record<string, string> = {};
  let depth = 0;
  let cur = "";
  let inner = "";
  const flush = () => {
    const name = cur.trim();
    if (name) names.push(name);
    if (name && inner) nested[name] = inner;
    cur = "";
    inner = "";
  };
  for (const ch of param ?? "") {
    if (ch === "{") {
      if (depth++ > 0) inner += ch;
    } else if (ch === "}") {
      if (--depth > 0) inner += ch;
    } else if (depth > 0) inner += ch;
    else if (ch === ",") flush();
    else cur += ch;
  }
  flush();
  return { names: ["id", ...names.filter((n) => n !== "id")], nested };
}
