// Provider-neutral inbound events: the only shape of platform data the rest of the app sees.
// Connectors (facebook, x, demo) turn webhooks and polling results into these; lib/ingest stores them.

export interface InboundAuthor {
  /** Facebook user id / PSID, X user id. Strings: X ids are 64-bit. */
  platformUserId: string;
  name?: string;
  handle?: string;
  followerCount?: number;
  profileUrl?: string;
}

export interface InboundThread {
  /** Post id (Facebook), conversation id (X), or a DM conversation key. */
  externalId: string;
  kind: "POST" | "DM_CONVERSATION" | "TWEET_CONVERSATION";
  text?: string;
  permalink?: string;
  createdAt?: Date;
}

export interface InboundMessage {
  type: "message";
  /** comment_id, post_id, Messenger mid, tweet id, DM event id: unique per channel, the idempotency key. */
  externalId: string;
  /**
   * POST: a post a customer wrote on the account's own wall (a Facebook visitor post); the post is the message.
   * MENTION: a post or comment elsewhere that names the account; `permalink` says where it was written.
   */
  kind: "COMMENT" | "DM" | "MENTION" | "POST";
  /** OUTBOUND when the page/account itself wrote it (its own comment, a Messenger echo, our tweet). */
  direction: "INBOUND" | "OUTBOUND";
  visibility: "PUBLIC" | "PRIVATE";
  thread: InboundThread;
  parentExternalId?: string;
  author: InboundAuthor;
  body: string;
  /** When the platform says it was posted: SLA clocks start here (R2). */
  platformCreatedAt: Date;
  /** Where the platform shows this message (stored with it; required in practice for mentions). */
  permalink?: string;
  /** A review's stars (Google: 1–5). Absent for everything that is not a review. */
  rating?: number;
  /**
   * The platform holds it back from the public (a YouTube comment held for review or marked likely spam): the
   * owner may publish or reject it. Absent when it is published.
   */
  held?: "review" | "likely_spam";
  /** Only the ids are known yet: Connector.completion reads the rest before ingestion claims the delivery. */
  incomplete?: true;
}

export interface InboundMessageEvent {
  type: "message_event";
  externalId: string;
  kind: "EDITED" | "HIDDEN" | "UNHIDDEN" | "REMOVED";
  newText?: string;
  /** EDITED review: its stars after the edit, when they are known. */
  newRating?: number;
  platformTime: Date;
}

export type InboundEvent = InboundMessage | InboundMessageEvent;
