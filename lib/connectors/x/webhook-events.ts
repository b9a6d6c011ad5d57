// v1.1 account-activity objects → neutral events.
//
// Thread rule for tweets: v1.1 has no conversation_id and a webhook must be answered without extra API
// calls, so the thread is `in_reply_to_status_id_str ?? id_str`. That equals X's conversation_id (what
// polling uses) for a conversation root and for direct replies to it, the common case of a customer
// mention and our answer. For deeper replies the key is the parent tweet instead of the root; the message
// still carries parentExternalId, so ingestion can (and should) put it in its parent's thread.
//
// Our own sends come back as webhook echoes (tweets by the account; DMs whose sender is the account, with
// source_app_id when sent through our app). They are emitted as OUTBOUND messages, not dropped:
// ingestion dedupes them by id against the message it recorded when sending, and an echo of a reply
// typed on x.com itself is how a reply made outside the inbox shows up in the case.
import { WebhookPayloadError } from "../connector";
import type { InboundEvent, InboundMessage } from "../types";
import { snowflakeTime } from "./ids";
import { profileUrl, tweetPermalink } from "./links";
import type { ActivityPayload, V1DmCreate, V1Tweet } from "./webhook-schema";
import { parseMillis, parseV1Date } from "./time";

/** Thread key for DMs: one conversation per customer, matching polling (fetch-dms.ts). */
export function dmThreadKey(customerId: string): string {
  return `dm:${customerId}`;
}

function tweetTime(t: V1Tweet): Date {
  const at = parseV1Date(t.created_at) ?? parseMillis(t.timestamp_ms) ?? snowflakeTime(t.id_str);
  if (!at) throw new WebhookPayloadError(`Invalid X tweet ${t.id_str}: unreadable created_at`);
  return at;
}

function tweetMessage(t: V1Tweet, selfId: string): InboundMessage {
  const body = t.extended_tweet?.full_text ?? t.text;
  const at = tweetTime(t);
  const parent = t.in_reply_to_status_id_str ?? undefined;
  const handle = t.user.screen_name;
  return {
    type: "message",
    externalId: t.id_str,
    kind: "MENTION",
    direction: t.user.id_str === selfId ? "OUTBOUND" : "INBOUND",
    visibility: "PUBLIC",
    // A root tweet is its own conversation, so it can describe the thread; a reply cannot.
    thread: parent
      ? { externalId: parent, kind: "TWEET_CONVERSATION" }
      : { externalId: t.id_str, kind: "TWEET_CONVERSATION", text: body, createdAt: at, permalink: tweetPermalink(t.id_str, handle) },
    parentExternalId: parent,
    author: {
      platformUserId: t.user.id_str,
      handle,
      name: t.user.name,
      followerCount: t.user.followers_count,
      profileUrl: profileUrl(handle),
    },
    body,
    platformCreatedAt: at,
    permalink: tweetPermalink(t.id_str, handle),
  };
}

function dmMessage(d: V1DmCreate, p: ActivityPayload, selfId: string): InboundMessage | undefined {
  const mc = d.message_create;
  const outbound = mc.sender_id === selfId;
  const customerId = outbound ? mc.target.recipient_id : mc.sender_id;
  // A note to self has no customer.
  if (customerId === selfId) return undefined;
  const at = parseMillis(d.created_timestamp);
  if (!at) throw new WebhookPayloadError(`Invalid X DM ${d.id}: unreadable created_timestamp`);
  const sender = p.users[mc.sender_id];
  const handle = sender?.screen_name || undefined;
  return {
    type: "message",
    externalId: d.id,
    kind: "DM",
    direction: outbound ? "OUTBOUND" : "INBOUND",
    visibility: "PRIVATE",
    thread: { externalId: dmThreadKey(customerId), kind: "DM_CONVERSATION" },
    author: {
      platformUserId: mc.sender_id,
      handle,
      name: sender?.name || undefined,
      followerCount: sender?.followers_count,
      profileUrl: profileUrl(handle),
    },
    body: mc.message_data.text,
    platformCreatedAt: at,
  };
}

/** Neutral events of one validated payload. `selfId` is the channel's X user id. */
export function activityToEvents(p: ActivityPayload, selfId: string): InboundEvent[] {
  const events: InboundEvent[] = [];
  for (const t of p.tweets) {
    // A pure retweet has no words of its own to answer; quotes and replies do and are kept.
    if (t.retweeted_status != null) continue;
    events.push(tweetMessage(t, selfId));
  }
  for (const d of p.dms) {
    const m = dmMessage(d, p, selfId);
    if (m) events.push(m);
  }
  for (const del of p.deletes) {
    events.push({ type: "message_event", externalId: del.id, kind: "REMOVED", platformTime: del.at });
  }
  return events;
}
