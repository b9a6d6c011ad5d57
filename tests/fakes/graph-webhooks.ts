// Meta webhook side of the Graph fake: payload builders with the real envelope shapes, Meta's
// signing (HMAC over the \uXXXX-escaped bytes), retrying delivery and the hub.challenge handshake.
import { createHmac, randomInt } from "node:crypto";
import { deliverWithRetries, toWireJson, type DeliveryResult } from "./fake-http";
import type { GraphUser, TimeInput } from "./graph-state";

export type FeedVerb = "add" | "edited" | "remove" | "hide" | "unhide";

export interface FeedCommentInput {
  verb: FeedVerb;
  comment_id: string;
  post_id: string;
  /** Defaults to post_id (top-level comment). */
  parent_id?: string;
  /** Omit to mimic Meta leaving `from` out. */
  from?: GraphUser;
  message?: string;
  /** Unix seconds, or a Date. Defaults to now. */
  created_time?: TimeInput;
  is_hidden?: boolean;
}

export interface FeedPostInput {
  verb: FeedVerb;
  post_id: string;
  /** A visitor's post is `status` (text), `photo`, `video` or `share`; `post` is seen too. */
  item?: "post" | "status" | "photo" | "video" | "share";
  from?: GraphUser;
  message?: string;
  created_time?: TimeInput;
}

export interface MessengerInput {
  /** PSID of the user, or the page id for an echo. */
  sender: string;
  /** Defaults to the page id; set it to the PSID for echoes. */
  recipient?: string;
  text: string;
  mid: string;
  /** Milliseconds. Defaults to now. */
  timestamp?: number;
  /** mid of the message being replied to. */
  reply_to?: string;
  is_echo?: boolean;
  app_id?: number;
}

export interface WebhookEnvelope {
  object: "page";
  entry: Array<Record<string, unknown>>;
}

export interface SendOptions {
  retries?: number;
  /** Override the X-Hub-Signature-256 header (e.g. a forged one). */
  signature?: string;
  /** Send these exact bytes instead of serialising `payload` (signed unless `signature` is set). */
  rawBody?: string;
  backoffMs?: number;
  timeoutMs?: number;
}

function unixSeconds(t: TimeInput | undefined): number {
  if (t === undefined) return Math.floor(Date.now() / 1000);
  if (typeof t === "number") return t;
  return Math.floor((t instanceof Date ? t.getTime() : Date.parse(t)) / 1000);
}

export function feedCommentValue(c: FeedCommentInput): Record<string, unknown> {
  const created = unixSeconds(c.created_time);
  return {
    ...(c.from ? { from: c.from } : {}),
    post: { status_type: "mobile_status_update", is_published: true, updated_time: new Date(created * 1000).toISOString().replace(/\.\d{3}Z$/, "+0000"), permalink_url: `https://www.facebook.com/${c.post_id.replace("_", "/posts/")}`, promotion_status: "inactive", id: c.post_id },
    ...(c.message !== undefined && c.verb !== "remove" ? { message: c.message } : {}),
    post_id: c.post_id,
    comment_id: c.comment_id,
    created_time: created,
    item: "comment",
    parent_id: c.parent_id ?? c.post_id,
    verb: c.verb,
    ...(c.is_hidden !== undefined ? { is_hidden: c.is_hidden } : {}),
  };
}

export function feedPostValue(p: FeedPostInput): Record<string, unknown> {
  return {
    ...(p.from ? { from: p.from } : {}),
    item: p.item ?? "status",
    post_id: p.post_id,
    verb: p.verb,
    published: 1,
    created_time: unixSeconds(p.created_time),
    ...(p.message !== undefined ? { message: p.message } : {}),
  };
}

/** A post or comment elsewhere that @mentions the Page (`mention` field). */
export interface MentionInput {
  verb: "add" | "edited" | "remove";
  item: "post" | "comment";
  post_id: string;
  comment_id?: string;
  sender: GraphUser;
  message?: string;
  created_time?: TimeInput;
}

export function mentionValue(m: MentionInput): Record<string, unknown> {
  return {
    item: m.item,
    verb: m.verb,
    post_id: m.post_id,
    ...(m.comment_id ? { comment_id: m.comment_id } : {}),
    sender_id: m.sender.id,
    sender_name: m.sender.name,
    ...(m.message !== undefined && m.verb !== "remove" ? { message: m.message } : {}),
    created_time: unixSeconds(m.created_time),
  };
}

/** One entry with one change per value; several values model a batched delivery. */
export function feedEnvelope(pageId: string, values: Array<Record<string, unknown>>, field = "feed"): WebhookEnvelope {
  return {
    object: "page",
    entry: [{ id: pageId, time: Math.floor(Date.now() / 1000), changes: values.map((value) => ({ field, value })) }],
  };
}

export function messengerEnvelope(pageId: string, m: MessengerInput): WebhookEnvelope {
  const timestamp = m.timestamp ?? Date.now();
  if (m.is_echo && !m.recipient) throw new Error("echo events need recipient (the user's PSID)");
  const message: Record<string, unknown> = { mid: m.mid, text: m.text };
  if (m.reply_to) message.reply_to = { mid: m.reply_to };
  if (m.is_echo) Object.assign(message, { is_echo: true, app_id: m.app_id ?? 1_000_000_000_000 });
  return {
    object: "page",
    // Messenger puts exactly one event in `messaging` per entry.
    entry: [{ id: pageId, time: timestamp, messaging: [{ sender: { id: m.sender }, recipient: { id: m.recipient ?? pageId }, timestamp, message }] }],
  };
}

/** Merges envelopes into one POST, as Meta may batch up to 1,000 updates. */
export function batchEnvelopes(...envelopes: WebhookEnvelope[]): WebhookEnvelope {
  return { object: "page", entry: envelopes.flatMap((e) => e.entry) };
}

/** Bytes exactly as Meta sends them: non-ASCII as lower-case \uXXXX and "/" as "\/". */
export function metaJson(payload: unknown): string {
  return toWireJson(payload, { escapeNonAscii: true, escapeSlashes: true });
}

export function signMeta(appSecret: string, body: string): string {
  return `sha256=${createHmac("sha256", appSecret).update(body, "utf8").digest("hex")}`;
}

export function sendMetaWebhook(appSecret: string, targetUrl: string, payload: unknown, opts: SendOptions = {}): Promise<DeliveryResult> {
  const body = opts.rawBody ?? metaJson(payload);
  return deliverWithRetries(
    targetUrl,
    body,
    {
      "content-type": "application/json",
      "user-agent": "facebookexternalua",
      "x-hub-signature-256": opts.signature ?? signMeta(appSecret, body),
      // Legacy SHA-1 header Meta still sends alongside; a handler must not rely on it.
      "x-hub-signature": `sha1=${createHmac("sha1", appSecret).update(body, "utf8").digest("hex")}`,
    },
    opts,
  );
}

export async function verifyChallenge(
  targetUrl: string,
  verifyToken: string,
  challenge: number = randomInt(1, 2 ** 31 - 1),
): Promise<{ status: number; body: string; challenge: string }> {
  const u = new URL(targetUrl);
  u.searchParams.set("hub.mode", "subscribe");
  u.searchParams.set("hub.challenge", String(challenge));
  u.searchParams.set("hub.verify_token", verifyToken);
  const res = await fetch(u, { headers: { "user-agent": "facebookplatform/1.0 (+http://developers.facebook.com)" } });
  return { status: res.status, body: await res.text(), challenge: String(challenge) };
}
