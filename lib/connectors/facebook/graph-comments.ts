// Graph GET shapes used by polling (feed posts, comments, paged lists) and their neutral mapping. The
// mapping follows the same author/direction rules as the webhook path: both write through comment_id.
import { z } from "zod";
import { ConnectorError } from "../connector";
import type { InboundMessage, InboundThread } from "../types";
import { commentAuthor, commentDirection, postPermalink } from "./authors";

export const graphPostSchema = z.looseObject({
  id: z.string().min(1),
  message: z.string().optional(),
  from: z.looseObject({ id: z.string().min(1), name: z.string().optional() }).optional(),
  created_time: z.string().optional(),
  permalink_url: z.string().optional(),
});
export type GraphPost = z.infer<typeof graphPostSchema>;

export const graphCommentSchema = z.looseObject({
  id: z.string().min(1),
  message: z.string().optional(),
  created_time: z.string(),
  from: z.looseObject({ id: z.string().min(1), name: z.string().optional() }).optional(),
  parent: z.looseObject({ id: z.string().min(1) }).optional(),
  is_hidden: z.boolean().optional(),
  permalink_url: z.string().optional(),
});
export type GraphComment = z.infer<typeof graphCommentSchema>;

export function pagedSchema<T extends z.ZodType>(item: T) {
  return z.looseObject({
    data: z.array(item),
    // The end of an edge is signalled only by a missing `next`.
    paging: z.looseObject({ next: z.string().optional() }).optional(),
  });
}

/** Validates a Graph GET response; a shape we do not understand is a permanent failure, not a retry. */
export function parseGraph<T extends z.ZodType>(schema: T, body: unknown, what: string): z.output<T> {
  const r = schema.safeParse(body);
  if (r.success) return r.data;
  const first = r.error.issues[0];
  throw new ConnectorError(`Facebook: unexpected ${what} response (${first ? `${first.path.join(".")}: ${first.message}` : "invalid"})`, {
    retryable: false,
  });
}

/** Graph GET times look like `2020-02-19T23:05:53+0000`; the offset needs a colon for Date.parse. */
export function parseGraphTime(value: string): Date {
  const ms = Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));
  if (Number.isNaN(ms)) throw new ConnectorError(`Facebook: unreadable Graph time "${value}"`, { retryable: false });
  return new Date(ms);
}

export function postThread(post: GraphPost): InboundThread {
  return {
    externalId: post.id,
    kind: "POST",
    ...(post.message ? { text: post.message } : {}),
    ...(post.permalink_url ? { permalink: post.permalink_url } : {}),
    ...(post.created_time ? { createdAt: parseGraphTime(post.created_time) } : {}),
  };
}

/**
 * A post on the feed written by someone other than the Page (a visitor post, or a public post tagging the
 * Page) is a message, exactly as the webhook reports it (same id, author and body), or null for the Page's own.
 */
export function polledVisitorPost(post: GraphPost, thread: InboundThread, pageId: string): InboundMessage | null {
  if (!post.from || post.from.id === pageId || !post.created_time) return null;
  return {
    type: "message",
    externalId: post.id,
    kind: "POST",
    direction: "INBOUND",
    visibility: "PUBLIC",
    thread,
    author: commentAuthor(post.from, post.id),
    body: post.message ?? "[post]",
    platformCreatedAt: parseGraphTime(post.created_time),
    permalink: post.permalink_url ?? postPermalink(post.id),
  };
}

export function polledComment(c: GraphComment, thread: InboundThread, createdAt: Date, pageId: string): InboundMessage {
  return {
    type: "message",
    externalId: c.id,
    kind: "COMMENT",
    direction: commentDirection(c.from, pageId),
    visibility: "PUBLIC",
    thread,
    ...(c.parent ? { parentExternalId: c.parent.id } : {}),
    author: commentAuthor(c.from, c.id),
    body: c.message ?? "",
    platformCreatedAt: createdAt,
    ...(c.permalink_url ? { permalink: c.permalink_url } : {}),
  };
}
