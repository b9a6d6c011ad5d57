// Mentions polling: GET /2/users/{id}/mentions, newest first, `since_id` from the cursor (first poll:
// `start_time` = backfillSince), following `meta.next_token` within one sweep.
//
// Pages are bounded (MAX_PAGES × 100): X's mentions timeline only serves the ~800 most recent mentions,
// so the bound never cuts a sweep X would have completed; it only stops a runaway paging loop.
import type { ChannelContext } from "../connector";
import type { XSecrets } from "../secrets-schemas";
import type { InboundEvent, InboundMessage } from "../types";
import { xFetch, readBody } from "./http";
import { compareIds, maxId, snowflakeTime } from "./ids";
import { profileUrl, tweetPermalink } from "./links";
import type { OAuthParam } from "./oauth1";
import { parseIso, toXTime } from "./time";
import { USER_FIELDS, mentionsPageSchema, usersById, type V2Tweet, type V2User } from "./v2-schema";

export const MAX_MENTION_PAGES = 10;

// note_tweet is beyond the documented minimum: without it a post over 280 characters arrives cut.
const TWEET_FIELDS = "author_id,conversation_id,created_at,in_reply_to_user_id,referenced_tweets,note_tweet";

export interface MentionsResult {
  events: InboundEvent[];
  /** The first page's meta.newest_id; undefined when nothing new was returned. */
  newestId?: string;
}

/** Neutral events for one v2 tweet (a message, plus an EDITED event when it is an edit). */
export function mentionEvents(t: V2Tweet, users: Map<string, V2User>, selfId: string): InboundEvent[] {
  // A pure retweet has no words of its own to answer (same rule as the webhook).
  if (!t.author_id || t.referenced_tweets?.some((r) => r.type === "retweeted")) return [];
  const author = users.get(t.author_id);
  const handle = author?.username;
  const at = parseIso(t.created_at) ?? snowflakeTime(t.id) ?? new Date();
  const body = t.note_tweet?.text ?? t.text;
  const conversation = t.conversation_id ?? t.id;
  const isRoot = conversation === t.id;
  const message: InboundMessage = {
    type: "message",
    externalId: t.id,
    kind: "MENTION",
    direction: t.author_id === selfId ? "OUTBOUND" : "INBOUND",
    visibility: "PUBLIC",
    thread: isRoot
      ? { externalId: conversation, kind: "TWEET_CONVERSATION", text: body, createdAt: at, permalink: tweetPermalink(t.id, handle) }
      : { externalId: conversation, kind: "TWEET_CONVERSATION" },
    parentExternalId: t.referenced_tweets?.find((r) => r.type === "replied_to")?.id,
    author: {
      platformUserId: t.author_id,
      handle,
      name: author?.name,
      followerCount: author?.public_metrics?.followers_count,
      profileUrl: profileUrl(handle),
    },
    body,
    platformCreatedAt: at,
    permalink: tweetPermalink(t.id, handle),
  };
  const events: InboundEvent[] = [message];
  // An edit is a new id whose history starts with the original. The new version is kept as a message
  // (the original may never have been stored, and must not be lost); the original also gets an EDITED
  // event so a stored original shows it changed.
  const original = t.edit_history_tweet_ids?.[0];
  if (original && original !== t.id) {
    events.push({ type: "message_event", externalId: original, kind: "EDITED", newText: body, platformTime: at });
  }
  return events;
}

/** `pageSize` (5..100) is lowered only by tests, to exercise paging with a handful of tweets. */
export async function fetchMentions(
  channel: ChannelContext<XSecrets>,
  sinceId: string | undefined,
  backfillSince: Date,
  pageSize = 100,
): Promise<MentionsResult> {
  const selfId = channel.externalId;
  const events: InboundEvent[] = [];
  let newestId: string | undefined;
  let token: string | undefined;
  for (let page = 0; page < MAX_MENTION_PAGES; page++) {
    const query: OAuthParam[] = [
      ["max_results", String(pageSize)],
      ["tweet.fields", TWEET_FIELDS],
      ["expansions", "author_id"],
      ["user.fields", USER_FIELDS],
      sinceId ? ["since_id", sinceId] : ["start_time", toXTime(backfillSince)],
    ];
    if (token) query.push(["pagination_token", token]);
    const res = await xFetch(channel, { method: "GET", path: `/2/users/${selfId}/mentions`, query });
    const body = readBody(mentionsPageSchema, res, "mentions");
    if (page === 0 && body.data?.length) newestId = body.meta?.newest_id ?? body.data.map((t) => t.id).reduce<string | undefined>(maxId, undefined);
    const users = usersById(body.includes?.users);
    for (const t of body.data ?? []) events.push(...mentionEvents(t, users, selfId));
    token = body.meta?.next_token;
    if (!token) break;
  }
  // Never move the cursor backwards (a since_id below the stored one would only refetch).
  if (newestId && sinceId && compareIds(newestId, sinceId) <= 0) newestId = undefined;
  return { events, newestId };
}
