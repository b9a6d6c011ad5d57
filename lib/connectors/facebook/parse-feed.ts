// Page `feed` changes -> neutral events. Comments and posts written by visitors on the Page are messages;
// edits, hides and removals are events beside the original (keyed by the item's own time, see changeTime).
// The Page's own posts stay threads: their comments carry the thread (post_id), not a message of ours.
import type { InboundEvent, InboundMessageEvent } from "../types";
import { commentAuthor, commentDirection, postPermalink } from "./authors";
import {
  commentValueSchema,
  entryTime,
  feedValueHeadSchema,
  parseOrThrow,
  POST_ITEMS,
  postValueSchema,
  type CommentValue,
  type PostValue,
} from "./webhook-schema";

export const EVENT_KIND: Record<string, InboundMessageEvent["kind"]> = {
  edited: "EDITED",
  // Meta has been seen sending "edit" for the same action.
  edit: "EDITED",
  remove: "REMOVED",
  hide: "HIDDEN",
  unhide: "UNHIDDEN",
};

export function parseFeedValue(value: unknown, entry: { time: number }, pageId: string): InboundEvent[] {
  const head = parseOrThrow(feedValueHeadSchema, value, "feed change value");
  if ((POST_ITEMS as readonly string[]).includes(head.item ?? "")) return parsePostValue(value, entry, pageId);
  if (head.item !== "comment") return [];
  const c = parseOrThrow(commentValueSchema, value, "comment change");
  const when = changeTime(c.created_time, entry.time);
  if (c.verb === "add") return [commentMessage(c, when, pageId)];
  return itemEvent(c.comment_id, c.verb, c.message, when);
}

/** A post on the Page: a visitor's post is an inbound message; the Page's own posts are not messages. */
function parsePostValue(value: unknown, entry: { time: number }, pageId: string): InboundEvent[] {
  const p = parseOrThrow(postValueSchema, value, "post change");
  // Removal changes may come without `from`: an event about a post we never stored is parked by ingest.
  if (p.from?.id === pageId) return [];
  const when = changeTime(p.created_time, entry.time);
  if (p.verb === "add") return p.from ? [visitorPost(p, p.from, when)] : [];
  return itemEvent(p.post_id, p.verb, p.message, when);
}

export function itemEvent(externalId: string, verb: string, message: string | undefined, when: Date): InboundEvent[] {
  const kind = EVENT_KIND[verb];
  if (!kind) return [];
  return [
    {
      type: "message_event",
      externalId,
      kind,
      ...(kind === "EDITED" && message !== undefined ? { newText: message } : {}),
      platformTime: when,
    },
  ];
}

/**
 * The event time is the change's own `created_time` (unix s), which Meta stamps with when the action
 * happened. Ingest keys edits/hides/removals by (item, kind, platformTime), so the time must be part of
 * the change itself: a retried delivery carries the same change and therefore the same key, while the
 * entry `time` is when the delivery was sent and may differ between retries. Only when a change lacks
 * `created_time` do we fall back to the entry time.
 */
export function changeTime(createdTime: number | undefined, entryTimeValue: number): Date {
  return createdTime !== undefined ? new Date(createdTime * 1000) : entryTime(entryTimeValue);
}

function visitorPost(p: PostValue, from: { id: string; name?: string }, createdAt: Date): InboundEvent {
  const permalink = postPermalink(p.post_id);
  return {
    type: "message",
    externalId: p.post_id,
    kind: "POST",
    direction: "INBOUND",
    visibility: "PUBLIC",
    thread: { externalId: p.post_id, kind: "POST", ...(p.message ? { text: p.message } : {}), permalink, createdAt },
    author: commentAuthor(from, p.post_id),
    // A photo or video without words still is the customer's post: say what it was.
    body: p.message ?? `[${p.item}]`,
    platformCreatedAt: createdAt,
    permalink,
  };
}

function commentMessage(c: CommentValue, createdAt: Date, pageId: string): InboundEvent {
  const permalink = c.post?.permalink_url;
  return {
    type: "message",
    externalId: c.comment_id,
    kind: "COMMENT",
    direction: commentDirection(c.from, pageId),
    visibility: "PUBLIC",
    thread: { externalId: c.post_id, kind: "POST", ...(permalink ? { permalink } : {}) },
    // parent_id equals post_id for a top-level comment: only a comment parent is a parent message.
    ...(c.parent_id && c.parent_id !== c.post_id ? { parentExternalId: c.parent_id } : {}),
    author: commentAuthor(c.from, c.comment_id),
    // A photo- or sticker-only comment has no message.
    body: c.message ?? "",
    platformCreatedAt: createdAt,
  };
}
