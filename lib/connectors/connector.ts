// The connector contract. One implementation per platform (facebook, x, instagram); everything downstream of a
// connector sees only the provider-neutral events of ./types.ts. Connectors do no database work: they
// verify, parse, fetch and send, and report failures as ConnectorError.
import type { InboundEvent } from "./types";

/** What a connector needs to talk to one channel. Secrets arrive decrypted; never log them. */
export interface ChannelContext<S> {
  id: string;
  /** Facebook Page id, X user id, or Instagram professional account id. */
  externalId: string;
  /** Base URL of the platform API; a local fake in tests. No trailing slash. */
  apiBaseUrl: string;
  secrets: S;
}

export interface WebhookRequest {
  url: URL;
  headers: Headers;
  /** The exact bytes received: signatures are computed over these, never over re-serialised JSON. */
  rawBody: Buffer;
}

/** One part of a webhook body addressed to one channel (a Page's `entry`, an X `for_user_id` payload). */
export interface WebhookPart {
  channelExternalId: string;
  payload: unknown;
}

export interface OutgoingReply {
  text: string;
  /** Platform id of the message answered (comment id, post id, tweet id, Messenger mid, DM event id). */
  inReplyToExternalId: string;
  /** What we answer: decides the route (comment under a post, private reply to a comment or post, DM). */
  inReplyToKind: "COMMENT" | "DM" | "MENTION" | "POST";
  /**
   * Platform id of the thread (post, media, conversation) the answered message hangs on, when known. A
   * mention may be a post or a comment; equal to inReplyToExternalId means the answered message is the post.
   */
  inReplyToThreadExternalId?: string;
  /** Platform user id of the customer (PSID, X user id). */
  recipientPlatformUserId: string;
  /** When the customer last wrote to us privately: Messenger's 24 h / 7 day windows depend on it. */
  lastCustomerMessageAt: Date;
  /** Platform time of the answered message: Instagram takes a private reply to a comment within 7 days of it. */
  inReplyToCreatedAt?: Date;
}

/** Who to block on the platform (a ban, R1/R8), and how we know them. */
export interface BlockTarget {
  /** Platform user id of the identity (page-scoped user id or PSID on Facebook, user id on X). */
  platformUserId: string;
  /**
   * "private": the id came from private messages (a Messenger PSID); "public": from comments, posts or mentions.
   * Facebook gives the same person different ids in the two and names them differently when blocking.
   */
  via: "private" | "public";
}

export interface FetchResult {
  events: InboundEvent[];
  /** Opaque, JSON-serialisable; stored per channel and handed back on the next fetch. */
  cursor: unknown;
}

/**
 * Completing what a webhook only referenced, in two steps so that no database transaction waits on a platform
 * (lib/ingest/complete-delivery.ts): `fetch` reads from the platform before ingestion claims the delivery, and
 * its result is stored with the raw delivery (evidence, like the body: set once, never changed); `apply` then
 * completes the events from that stored result inside the ingestion transaction, with no network call.
 */
export interface Completion<S> {
  /**
   * Reads what the `incomplete` messages among `events` lack. Returns plain JSON (what the platform answered,
   * validated). A failed read throws ConnectorError: the delivery is retried later, never stored half.
   */
  fetch(channel: ChannelContext<S>, events: InboundEvent[]): Promise<Record<string, unknown>>;
  /** `events` with every incomplete message completed from `fetched` (what `fetch` returned, read back). */
  apply(events: InboundEvent[], fetched: unknown): InboundEvent[];
}

export interface Connector<S> {
  kind: "FACEBOOK_PAGE" | "X_ACCOUNT" | "INSTAGRAM_ACCOUNT" | "GOOGLE_BUSINESS_LOCATION" | "YOUTUBE_CHANNEL";
  /** Parses and validates stored secrets (zod); throws on a bad shape. */
  parseSecrets(value: unknown): S;
  /**
   * GET handshakes: Facebook `hub.challenge` (checked against each candidate's verify token), X `crc_token`.
   * Returns the response to send, or null when no candidate matches (the route answers 403).
   */
  answerHandshake(url: URL, candidates: S[]): Response | null;
  /** Splits a parsed webhook body by addressed channel. Throws WebhookPayloadError on an unknown shape. */
  splitWebhook(body: unknown): WebhookPart[];
  /**
   * Constant-time signature check over req.rawBody with this channel's secret. Google's push carries a signed
   * JWT instead, checked against keys that may have to be read first (from the channel's platform, hence
   * `channel`): hence the promise.
   */
  verifySignature(req: WebhookRequest, secrets: S, channel?: ChannelContext<S>): boolean | Promise<boolean>;
  /**
   * Neutral events for one part, with no network call (the route parses before acknowledging). Unknown extra
   * fields are ignored; a malformed part throws WebhookPayloadError.
   */
  parseWebhook(part: WebhookPart, channel: ChannelContext<S>): InboundEvent[];
  /**
   * Some platforms send only ids (an Instagram mention): parseWebhook returns such messages with
   * `incomplete: true`, and this reads the rest (text, author, time). Connectors whose payloads are complete
   * leave it out.
   */
  completion?: Completion<S>;
  /** Everything new since `cursor` (null: first poll, go back to `backfillSince`), following paging to the end. */
  fetchSince(channel: ChannelContext<S>, cursor: unknown, opts: { backfillSince: Date }): Promise<FetchResult>;
  sendPublicReply(channel: ChannelContext<S>, reply: OutgoingReply): Promise<{ externalId: string }>;
  sendPrivateReply(channel: ChannelContext<S>, reply: OutgoingReply): Promise<{ externalId: string }>;
  /** Hides (or unhides) a public item on the platform. Never deletes. */
  setHidden(channel: ChannelContext<S>, externalId: string, hidden: boolean): Promise<void>;
  /**
   * Optional capability: blocks a person from the channel on the platform, after a ban was committed here
   * (lib/moderation/apply-ban-on-platform.ts calls it from a job, with retries). Blocking someone already
   * blocked must succeed (a retry after a lost answer). Failures are ConnectorError like any call. A
   * connector without it leaves bans recorded in the inbox only (shown as such).
   */
  blockUser?(channel: ChannelContext<S>, target: BlockTarget): Promise<void>;
  /**
   * Optional capability (YouTube): publishes or rejects an item the platform holds for review. Rejecting never
   * bans its author here (a ban goes through the lead's ban flow). The R1/R8 guards run before this is called.
   */
  moderateHeld?(channel: ChannelContext<S>, externalId: string, decision: "publish" | "reject"): Promise<void>;
}

export class WebhookPayloadError extends Error {}

/**
 * A failed platform call. `retryable` decides between another attempt and a permanent failure shown on the
 * message; `retryAt` honours the platform's rate-limit reset; `tokenInvalid` marks the channel disconnected.
 */
export class ConnectorError extends Error {
  readonly retryable: boolean;
  readonly retryAt?: Date;
  readonly httpStatus?: number;
  readonly platformCode?: string;
  readonly tokenInvalid: boolean;
  constructor(
    message: string,
    opts: { retryable: boolean; retryAt?: Date; httpStatus?: number; platformCode?: string; tokenInvalid?: boolean },
  ) {
    super(message);
    this.retryable = opts.retryable;
    this.retryAt = opts.retryAt;
    this.httpStatus = opts.httpStatus;
    this.platformCode = opts.platformCode;
    this.tokenInvalid = opts.tokenInvalid ?? false;
  }
}
