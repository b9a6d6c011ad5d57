// DM polling: GET /2/dm_events lists the account's DM events (both directions, last 30 days), newest
// first, with no since_id. So the sweep pages back with pagination_token until it reaches an event at or
// below the stored newest id (ids are time-ordered snowflakes, compared as BigInt) or, on the first poll,
// one older than backfillSince.
//
// Pages are bounded (MAX_PAGES × 100 events) because DM reads are limited to 15 per 15 minutes; more than
// that since the last sweep (or in a 30-day backfill) means the oldest of them are not fetched.
import type { ChannelContext } from "../connector";
import type { XSecrets } from "../secrets-schemas";
import type { InboundMessage } from "../types";
import { xFetch, readBody } from "./http";
import { compareIds, isNumericId, maxId, snowflakeTime } from "./ids";
import { profileUrl } from "./links";
import type { OAuthParam } from "./oauth1";
import { parseIso } from "./time";
import { USER_FIELDS, dmPageSchema, usersById, type V2DmEvent, type V2User } from "./v2-schema";
import { dmThreadKey } from "./webhook-events";

export const MAX_DM_PAGES = 10;

const DM_EVENT_FIELDS = "id,text,event_type,created_at,dm_conversation_id,sender_id";

export interface DmsResult {
  events: InboundMessage[];
  /** Newest event seen this sweep; undefined when there was nothing new. */
  newest?: { id: string; at?: string };
}

/**
 * The customer of a one-to-one conversation. Its id is "<smaller id>-<larger id>"; group conversations
 * (a single id) are not customer conversations and give undefined.
 */
function customerOf(e: V2DmEvent, selfId: string): string | undefined {
  const parts = e.dm_conversation_id?.split("-");
  if (parts?.length === 2 && parts.every(isNumericId)) {
    const other = parts.find((p) => p !== selfId);
    return parts.includes(selfId) ? other : undefined;
  }
  // Without a conversation id only an inbound event tells us who the customer is.
  return e.dm_conversation_id === undefined && e.sender_id !== selfId ? e.sender_id : undefined;
}

export function dmMessage(e: V2DmEvent, users: Map<string, V2User>, selfId: string): InboundMessage | undefined {
  if (e.event_type !== "MessageCreate" || !e.sender_id) return undefined;
  const customerId = customerOf(e, selfId);
  if (!customerId) return undefined;
  const sender = users.get(e.sender_id);
  const handle = sender?.username;
  return {
    type: "message",
    externalId: e.id,
    kind: "DM",
    direction: e.sender_id === selfId ? "OUTBOUND" : "INBOUND",
    visibility: "PRIVATE",
    thread: { externalId: dmThreadKey(customerId), kind: "DM_CONVERSATION" },
    author: {
      platformUserId: e.sender_id,
      handle,
      name: sender?.name,
      followerCount: sender?.public_metrics?.followers_count,
      profileUrl: profileUrl(handle),
    },
    body: e.text ?? "",
    platformCreatedAt: parseIso(e.created_at) ?? snowflakeTime(e.id) ?? new Date(),
  };
}

/** True once the sweep has reached what the previous one saw (or the backfill horizon). */
function reachedEnd(e: V2DmEvent, stopAtId: string | undefined, backfillSince: Date): boolean {
  if (stopAtId) return compareIds(e.id, stopAtId) <= 0;
  const at = parseIso(e.created_at) ?? snowflakeTime(e.id);
  return at !== undefined && at.getTime() < backfillSince.getTime();
}

/** `pageSize` (1..100) is lowered only by tests, to exercise paging with a handful of events. */
export async function fetchDms(
  channel: ChannelContext<XSecrets>,
  stopAtId: string | undefined,
  backfillSince: Date,
  pageSize = 100,
): Promise<DmsResult> {
  const selfId = channel.externalId;
  const events: InboundMessage[] = [];
  let newest: DmsResult["newest"];
  let token: string | undefined;
  for (let page = 0; page < MAX_DM_PAGES; page++) {
    const query: OAuthParam[] = [
      ["max_results", String(pageSize)],
      ["event_types", "MessageCreate"],
      ["dm_event.fields", DM_EVENT_FIELDS],
      ["expansions", "sender_id"],
      ["user.fields", USER_FIELDS],
    ];
    if (token) query.push(["pagination_token", token]);
    const res = await xFetch(channel, { method: "GET", path: "/2/dm_events", query });
    const body = readBody(dmPageSchema, res, "DM events");
    const users = usersById(body.includes?.users);
    let done = false;
    for (const e of body.data ?? []) {
      if (reachedEnd(e, stopAtId, backfillSince)) {
        done = true;
        break;
      }
      if (!newest || maxId(newest.id, e.id) === e.id) newest = { id: e.id, at: e.created_at };
      const m = dmMessage(e, users, selfId);
      if (m) events.push(m);
    }
    token = body.meta?.next_token;
    if (done || !token) break;
  }
  if (newest && newest.id === stopAtId) newest = undefined;
  return { events, newest };
}
