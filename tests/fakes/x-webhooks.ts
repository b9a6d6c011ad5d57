// X Account Activity webhook side: CRC handshake, signing, retrying delivery and v1.1 payload builders.
// v1.1 objects carry numeric 64-bit `id`s next to `id_str`; we emit them as bare JSON numbers (bigint)
// so a handler that reads `id` instead of `id_str` gets a rounded value, exactly as in production.
import { createHmac, randomBytes } from "node:crypto";
import { deliverWithRetries, toWireJson, type DeliveryOptions, type DeliveryResult } from "./fake-http";

export interface V1User {
  id: string;
  screen_name: string;
  name: string;
  followers_count?: number;
}

export interface TweetCreateInput {
  id?: string;
  text: string;
  user: V1User;
  in_reply_to_status_id?: string;
  in_reply_to_user_id?: string;
  in_reply_to_screen_name?: string;
  created_at?: Date;
  /** Defaults to true when text is longer than 140 chars: `text` is cut and the full text moves to extended_tweet. */
  truncated?: boolean;
  /** Sets `user_has_blocked` (present on mention deliveries). Defaults to false. */
  user_has_blocked?: boolean;
}

export interface DirectMessageInput {
  id?: string;
  text: string;
  sender: V1User;
  /** Defaults to the account (for_user_id). Required when the sender is the account itself. */
  recipient_id?: string;
  created_timestamp?: Date | number;
  /** Set on messages sent through an app, including our own sends. */
  source_app_id?: string;
}

export interface TweetDeleteInput {
  id: string;
  user_id: string;
  timestamp_ms?: number;
}

export type XWebhookPayload = Record<string, unknown> & { for_user_id: string };

export interface XSendOptions extends DeliveryOptions {
  /** Override the x-twitter-webhooks-signature header. */
  signature?: string;
  /** Send these exact bytes instead of serialising the payload. */
  rawBody?: string;
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** v1.1 format: `Mon May 19 14:01:46 +0000 2025`. */
export function v1Date(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, "0");
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000 ${d.getUTCFullYear()}`;
}

function v1User(u: V1User): Record<string, unknown> {
  return {
    id: BigInt(u.id),
    id_str: u.id,
    name: u.name,
    screen_name: u.screen_name,
    protected: false,
    verified: false,
    followers_count: u.followers_count ?? 0,
    friends_count: 0,
    statuses_count: 0,
    created_at: v1Date(new Date(Date.UTC(2015, 0, 1))),
    profile_image_url_https: `https://pbs.twimg.com/profile_images/${u.id}/normal.jpg`,
  };
}

function mentionEntities(text: string, self: V1User): Record<string, unknown> {
  const mentions: Array<Record<string, unknown>> = [];
  for (const m of text.matchAll(/@(\w{1,15})/g)) {
    if (m[1]?.toLowerCase() !== self.screen_name.toLowerCase() || m.index === undefined) continue;
    mentions.push({ screen_name: self.screen_name, name: self.name, id: BigInt(self.id), id_str: self.id, indices: [m.index, m.index + m[0].length] });
  }
  return { hashtags: [], urls: [], user_mentions: mentions, symbols: [] };
}

export function tweetCreatePayload(self: V1User, id: string, t: TweetCreateInput): XWebhookPayload {
  const created = t.created_at ?? new Date();
  const truncated = t.truncated ?? t.text.length > 140;
  const tweet: Record<string, unknown> = {
    created_at: v1Date(created),
    id: BigInt(id),
    id_str: id,
    text: truncated ? `${t.text.slice(0, 139)}…` : t.text,
    source: '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
    truncated,
    in_reply_to_status_id: t.in_reply_to_status_id ? BigInt(t.in_reply_to_status_id) : null,
    in_reply_to_status_id_str: t.in_reply_to_status_id ?? null,
    in_reply_to_user_id: t.in_reply_to_user_id ? BigInt(t.in_reply_to_user_id) : null,
    in_reply_to_user_id_str: t.in_reply_to_user_id ?? null,
    in_reply_to_screen_name: t.in_reply_to_screen_name ?? null,
    user: v1User(t.user),
    geo: null,
    coordinates: null,
    place: null,
    is_quote_status: false,
    quote_count: 0,
    reply_count: 0,
    retweet_count: 0,
    favorite_count: 0,
    entities: mentionEntities(truncated ? t.text.slice(0, 139) : t.text, self),
    favorited: false,
    retweeted: false,
    filter_level: "low",
    lang: "en",
    timestamp_ms: String(created.getTime()),
  };
  if (truncated) {
    tweet.extended_tweet = { full_text: t.text, display_text_range: [0, t.text.length], entities: mentionEntities(t.text, self) };
  }
  return { for_user_id: self.id, user_has_blocked: t.user_has_blocked ?? false, tweet_create_events: [tweet] };
}

export function directMessagePayload(self: V1User, id: string, d: DirectMessageInput): XWebhookPayload {
  const fromSelf = d.sender.id === self.id;
  const recipient = d.recipient_id ?? (fromSelf ? undefined : self.id);
  if (!recipient) throw new Error("a DM sent by the account itself needs recipient_id");
  const ts = d.created_timestamp instanceof Date ? d.created_timestamp.getTime() : (d.created_timestamp ?? Date.now());
  const messageCreate: Record<string, unknown> = {
    target: { recipient_id: recipient },
    sender_id: d.sender.id,
    ...(d.source_app_id ? { source_app_id: d.source_app_id } : {}),
    message_data: { text: d.text, entities: { hashtags: [], symbols: [], user_mentions: [], urls: [] } },
  };
  const users: Record<string, unknown> = { [d.sender.id]: dmUser(d.sender) };
  if (recipient === self.id) users[self.id] = dmUser(self);
  else users[recipient] = { id: recipient, created_timestamp: "1420070400000", name: "", screen_name: "", protected: false, verified: false, followers_count: 0, friends_count: 0, statuses_count: 0 };
  return {
    for_user_id: self.id,
    direct_message_events: [{ type: "message_create", id, created_timestamp: String(ts), message_create: messageCreate }],
    ...(d.source_app_id ? { apps: { [d.source_app_id]: { id: d.source_app_id, name: "Social Inbox", url: "https://example.org" } } } : {}),
    users,
  };
}

// The DM `users` map is keyed by id and uses string ids, unlike tweets.
function dmUser(u: V1User): Record<string, unknown> {
  return {
    id: u.id,
    created_timestamp: "1420070400000",
    name: u.name,
    screen_name: u.screen_name,
    protected: false,
    verified: false,
    followers_count: u.followers_count ?? 0,
    friends_count: 0,
    statuses_count: 0,
    profile_image_url_https: `https://pbs.twimg.com/profile_images/${u.id}/normal.jpg`,
  };
}

export function tweetDeletePayload(forUserId: string, d: TweetDeleteInput): XWebhookPayload {
  return {
    for_user_id: forUserId,
    tweet_delete_events: [{ status: { id: d.id, user_id: d.user_id }, timestamp_ms: String(d.timestamp_ms ?? Date.now()) }],
  };
}

/** Merges payloads for the same account into one delivery (event arrays concatenated, maps merged). */
export function batchPayloads(...payloads: XWebhookPayload[]): XWebhookPayload {
  const out: XWebhookPayload = { for_user_id: payloads[0]?.for_user_id ?? "" };
  for (const p of payloads) {
    for (const [k, v] of Object.entries(p)) {
      const prev = out[k];
      if (Array.isArray(v)) out[k] = [...(Array.isArray(prev) ? prev : []), ...v];
      else if (v && typeof v === "object") out[k] = { ...(prev && typeof prev === "object" ? prev : {}), ...v };
      else out[k] = v;
    }
  }
  return out;
}

export function signX(consumerSecret: string, body: string): string {
  return `sha256=${createHmac("sha256", consumerSecret).update(body, "utf8").digest("base64")}`;
}

export function sendXWebhook(consumerSecret: string, targetUrl: string, payload: unknown, opts: XSendOptions = {}): Promise<DeliveryResult> {
  const body = opts.rawBody ?? toWireJson(payload);
  return deliverWithRetries(
    targetUrl,
    body,
    { "content-type": "application/json; charset=utf-8", "x-twitter-webhooks-signature": opts.signature ?? signX(consumerSecret, body) },
    opts,
  );
}

export interface CrcResult {
  status: number;
  body: string;
  /** True when the answer was 200 JSON with the right response_token. */
  ok: boolean;
  expected: string;
  token: string;
}

export async function crcCheck(consumerSecret: string, targetUrl: string, token = randomBytes(24).toString("base64url")): Promise<CrcResult> {
  const u = new URL(targetUrl);
  u.searchParams.set("crc_token", token);
  // (?) X has been seen adding a nonce; either way handlers must ignore extra params.
  u.searchParams.set("nonce", randomBytes(8).toString("hex"));
  const expected = signX(consumerSecret, token);
  let res: Response;
  let body: string;
  try {
    // X gives the CRC answer 3 s.
    res = await fetch(u, { signal: AbortSignal.timeout(3_000) });
    body = await res.text();
  } catch (err) {
    return { status: 0, body: err instanceof Error ? err.message : String(err), ok: false, expected, token };
  }
  let got: unknown;
  try {
    got = (JSON.parse(body) as { response_token?: unknown }).response_token;
  } catch {
    got = undefined;
  }
  return { status: res.status, body, ok: res.status === 200 && got === expected, expected, token };
}
