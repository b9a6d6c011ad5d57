// `mention` changes -> neutral events: a post or comment elsewhere on Facebook that @mentions the Page is
// an inbound public message, with a link to where it was written. Edits and removals are events beside it.
import type { InboundEvent } from "../types";
import { postPermalink } from "./authors";
import { changeTime, itemEvent } from "./parse-feed";
import { mentionValueSchema, parseOrThrow } from "./webhook-schema";

export function parseMentionValue(value: unknown, entry: { time: number }, pageId: string): InboundEvent[] {
  const m = parseOrThrow(mentionValueSchema, value, "mention change");
  // A comment mention names its comment; a post mention is the post itself.
  const externalId = m.item === "comment" && m.comment_id ? m.comment_id : m.post_id;
  const when = changeTime(m.created_time, entry.time);
  if (m.verb !== "add") return itemEvent(externalId, m.verb, m.message, when);
  // The Page mentioning itself (a cross-post) is not a customer speaking.
  if (!m.sender_id || m.sender_id === pageId) return [];
  const permalink = postPermalink(m.post_id, externalId !== m.post_id ? externalId : undefined);
  return [
    {
      type: "message",
      externalId,
      kind: "MENTION",
      direction: "INBOUND",
      visibility: "PUBLIC",
      thread: { externalId: m.post_id, kind: "POST", permalink: postPermalink(m.post_id) },
      author: { platformUserId: m.sender_id, ...(m.sender_name ? { name: m.sender_name } : {}) },
      body: m.message ?? "",
      platformCreatedAt: when,
      permalink,
    },
  ];
}
