// Author and direction rules shared by webhook parsing and polling, so both produce identical events.
import type { InboundAuthor } from "../types";

/**
 * Meta leaves `from` out of comments whose author it will not disclose to the app. Those authors get an
 * identity of their own per comment ("fb-anonymous:<comment id>") rather than one shared "unknown" user:
 * a shared id would merge every undisclosed commenter into one contact and thread their complaints into
 * one case. Webhook and polling derive the same id, so both paths still agree on the author.
 */
export function commentAuthor(from: { id: string; name?: string } | undefined, commentId: string): InboundAuthor {
  if (!from) return { platformUserId: `fb-anonymous:${commentId}` };
  return { platformUserId: from.id, ...(from.name ? { name: from.name } : {}) };
}

/** The Page's own comments (replies written on Facebook or by us) are outbound. */
export function commentDirection(from: { id: string } | undefined, pageId: string): "INBOUND" | "OUTBOUND" {
  return from?.id === pageId ? "OUTBOUND" : "INBOUND";
}

/** Messenger threads are one conversation per customer, keyed by the customer's PSID. */
export function dmThreadId(customerPsid: string): string {
  return `dm:${customerPsid}`;
}

/**
 * facebook.com/{post-id} opens any post the viewer may see (ids are `<owner>_<post>`); used when a change
 * carries no permalink of its own. A comment opens with `?comment_id=`.
 */
export function postPermalink(postId: string, commentId?: string): string {
  const base = `https://www.facebook.com/${encodeURIComponent(postId)}`;
  return commentId ? `${base}?comment_id=${encodeURIComponent(commentId)}` : base;
}
