// In-memory account state for the X fake: users, tweets (mentions and our own), DM events, 64-bit
// string ids, v2 field selection and opaque pagination tokens.

export interface XUserInput {
  id: string;
  username: string;
  name: string;
  public_metrics?: { followers_count: number; following_count: number; tweet_count: number; listed_count: number };
  [extra: string]: unknown;
}

export interface ReferencedTweet {
  type: "replied_to" | "quoted" | "retweeted";
  id: string;
}

export interface MentionInput {
  id?: string;
  text: string;
  author: XUserInput;
  created_at?: Date | string;
  conversation_id?: string;
  in_reply_to_user_id?: string;
  referenced_tweets?: ReferencedTweet[];
  /** Set for an edit: the ids of earlier versions, oldest first (this id is appended). */
  edit_history_tweet_ids?: string[];
}

export interface StoredTweet {
  id: string;
  text: string;
  author_id: string;
  created_at: string;
  conversation_id: string;
  in_reply_to_user_id?: string;
  referenced_tweets?: ReferencedTweet[];
  edit_history_tweet_ids: string[];
  mentionsSelf: boolean;
}

export interface DmInput {
  id?: string;
  text: string;
  /** The other user, or the account itself for our own sends (dm_events lists both directions). */
  sender: XUserInput;
  created_at?: Date | string;
  /** Required when the sender is the account itself. */
  recipient_id?: string;
}

export interface StoredDm {
  id: string;
  event_type: "MessageCreate";
  text: string;
  sender_id: string;
  participant_ids: string[];
  dm_conversation_id: string;
  created_at: string;
}

export function iso(t: Date | string | undefined): string {
  return (t === undefined ? new Date() : new Date(t)).toISOString();
}

export function isNumericId(s: string | undefined): s is string {
  return s !== undefined && /^\d{1,19}$/.test(s);
}

/** One-to-one conversation ids are "<smaller id>-<larger id>". */
export function conversationId(a: string, b: string): string {
  return BigInt(a) < BigInt(b) ? `${a}-${b}` : `${b}-${a}`;
}

export class XState {
  readonly users = new Map<string, XUserInput>();
  readonly tweets = new Map<string, StoredTweet>();
  readonly dms = new Map<string, StoredDm>();
  /** User ids our account blocked (POST /2/users/:id/blocking). */
  readonly blocked = new Set<string>();
  // Snowflake-like ids well above 2^53 so precision bugs show up.
  private seq = 1_790_000_000_000_000_000n;

  constructor(readonly self: XUserInput) {
    this.users.set(self.id, self);
  }

  /** Next id, always above every id seen so far (ids are time-ordered on X). */
  nextId(): string {
    this.seq += 1n;
    return this.seq.toString();
  }

  private claim(id: string | undefined): string {
    if (id === undefined) return this.nextId();
    if (!isNumericId(id)) throw new Error(`X ids are numeric strings, got ${id}`);
    if (BigInt(id) > this.seq) this.seq = BigInt(id);
    return id;
  }

  addMention(m: MentionInput): StoredTweet {
    this.users.set(m.author.id, { ...this.users.get(m.author.id), ...m.author });
    const id = this.claim(m.id);
    const t: StoredTweet = {
      id,
      text: m.text,
      author_id: m.author.id,
      created_at: iso(m.created_at),
      conversation_id: m.conversation_id ?? id,
      in_reply_to_user_id: m.in_reply_to_user_id,
      referenced_tweets: m.referenced_tweets,
      edit_history_tweet_ids: [...(m.edit_history_tweet_ids ?? []), id],
      mentionsSelf: true,
    };
    this.tweets.set(id, t);
    return t;
  }

  addOwnTweet(text: string, inReplyTo?: StoredTweet): StoredTweet {
    const id = this.nextId();
    const t: StoredTweet = {
      id,
      text,
      author_id: this.self.id,
      created_at: iso(undefined),
      conversation_id: inReplyTo?.conversation_id ?? id,
      in_reply_to_user_id: inReplyTo?.author_id,
      referenced_tweets: inReplyTo ? [{ type: "replied_to", id: inReplyTo.id }] : undefined,
      edit_history_tweet_ids: [id],
      mentionsSelf: false,
    };
    this.tweets.set(id, t);
    return t;
  }

  addDm(d: DmInput): StoredDm {
    this.users.set(d.sender.id, { ...this.users.get(d.sender.id), ...d.sender });
    const other = d.sender.id === this.self.id ? d.recipient_id : d.sender.id;
    if (!other) throw new Error("a DM sent by the account itself needs recipient_id");
    const id = this.claim(d.id);
    const dm: StoredDm = {
      id,
      event_type: "MessageCreate",
      text: d.text,
      sender_id: d.sender.id,
      participant_ids: [this.self.id, other],
      dm_conversation_id: conversationId(this.self.id, other),
      created_at: iso(d.created_at),
    };
    this.dms.set(id, dm);
    return dm;
  }

  /** Newest first, as X returns timelines. */
  mentions(): StoredTweet[] {
    return [...this.tweets.values()].filter((t) => t.mentionsSelf).sort(byIdDesc);
  }

  dmEvents(): StoredDm[] {
    return [...this.dms.values()].sort(byIdDesc);
  }
}

export function byIdDesc(a: { id: string }, b: { id: string }): number {
  const x = BigInt(a.id);
  const y = BigInt(b.id);
  return x === y ? 0 : x > y ? -1 : 1;
}

// Pagination tokens are opaque lowercase strings on X; ours wrap "continue below id N".
export function encodeToken(id: string): string {
  return `7140d${BigInt(id).toString(36)}`;
}

export function decodeToken(token: string): string | undefined {
  const m = /^7140d([0-9a-z]+)$/.exec(token);
  if (!m?.[1]) return undefined;
  let n = 0n;
  for (const ch of m[1]) n = n * 36n + BigInt(parseInt(ch, 36));
  return n.toString();
}

export const TWEET_FIELDS = [
  "article", "attachments", "author_id", "card_uri", "community_id", "context_annotations", "conversation_id",
  "created_at", "display_text_range", "edit_controls", "edit_history_tweet_ids", "entities", "geo", "id",
  "in_reply_to_user_id", "lang", "media_metadata", "non_public_metrics", "note_tweet", "organic_metrics",
  "possibly_sensitive", "promoted_metrics", "public_metrics", "referenced_tweets", "reply_settings", "scopes",
  "source", "text", "withheld",
];
export const USER_FIELDS = [
  "affiliation", "connection_status", "created_at", "description", "entities", "id", "is_identity_verified",
  "location", "most_recent_tweet_id", "name", "parody", "pinned_tweet_id", "profile_banner_url",
  "profile_image_url", "protected", "public_metrics", "receives_your_dm", "subscription", "subscription_type",
  "url", "username", "verified", "verified_followers_count", "verified_type", "withheld",
];
export const DM_EVENT_FIELDS = [
  "attachments", "created_at", "dm_conversation_id", "entities", "event_type", "id", "participant_ids",
  "referenced_tweets", "sender_id", "text",
];
