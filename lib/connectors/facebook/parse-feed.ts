// `feed` changes -> neutral events. Only comments matter to the inbox; post/status/reaction/share changes
// and unknown verbs are ignored (they are not malformed, just not ours).
import type { InboundEvent, InboundMessageEvent } from "../types";
import { commentAuthor, commentDirection } from "./authors";
import { commentValueSchema, entryTime, feedValueHeadSchema, parseOrThrow, type CommentValue } from "./webhook-schema";

const EVENT_KIND: Record<string, InboundMessageEvent["kind"]> = {
  edited: "EDITED",
  // Meta has been seen sending "edit" for the same action.
  edit: "EDITED",
  remove: "REMOVED",
  hide: "HIDDEN",
  unhide: "UNHIDDEN",
};

export function parseFeedValue(value: unknown, entry: { time: number }, pageId: string): InboundEvent[] {
  const head = parseOrThrow(feedValueHeadSchema, value, "feed change value");
  if (head.item !== "comment") return [];
  const c = parseOrThrow(commentValueSchema, value, "comment change");
  const when = changeTime(c, entry.time);
  if (c.verb === "add") return [commentMessage(c, when, pageId)];
  const kind = EVENT_KIND[c.verb];
  if (!kind) return [];
  return [
    {
      type: "message_event",
      externalId: c.comment_id,
      kind,
      ...(kind === "EDITED" && c.message !== undefined ? { newText: c.message } : {}),
      platformTime: when,
    },
  ];
}

/**
 * The event time is the change's own `created_time` (unix s), which Meta stamps with when the action
 * happened. Ingest keys edits/hides/removals by (comment, kind, platformTime), so the time must be part of
 * the change itself: a retried delivery carries the same change and therefore the same key, while the
 * entry `time` is when the delivery was sent and may differ between retries. Only when a change lacks
 * `created_time` do we fall back to the entry time.
 */
function changeTime(c: CommentValue, entryTimeValue: number): Date {
  return c.created_time !== undefined ? new Date(c.created_time * 1000) : entryTime(entryTimeValue);
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
