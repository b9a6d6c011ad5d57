// Outgoing calls on YouTube: public replies (comments.insert, 50 units) and moderation
// (comments.setModerationStatus, 50 units, owner only). YouTube has no private channel to a commenter.
// Rejecting never passes banAuthor: a ban goes through the lead's ban flow, after its guards, never as a side
// effect of moderating one comment. Nothing here deletes.
import { ConnectorError, type ChannelContext, type OutgoingReply } from "../connector";
import { readBody, youtubeFetch } from "./http";
import { topLevelId } from "./map";
import type { ResolvedYoutubeOptions } from "./options";
import type { YoutubeSecrets } from "./secrets";
import { insertedCommentSchema } from "./wire-schema";

/** YouTube refuses comments longer than this. */
export const MAX_YOUTUBE_COMMENT = 10_000;

export async function sendPublicReply(channel: ChannelContext<YoutubeSecrets>, reply: OutgoingReply, o: ResolvedYoutubeOptions): Promise<{ externalId: string }> {
  if (reply.text.trim().length === 0) throw new ConnectorError("YouTube: empty reply", { retryable: false });
  if (reply.text.length > MAX_YOUTUBE_COMMENT) {
    throw new ConnectorError(`YouTube: comments are limited to ${MAX_YOUTUBE_COMMENT} characters (got ${reply.text.length})`, { retryable: false });
  }
  if (reply.inReplyToKind !== "COMMENT") {
    throw new ConnectorError(`YouTube: only comments can be answered (not a ${reply.inReplyToKind.toLowerCase()})`, { retryable: false });
  }
  // Replies nest one level: answering a reply (`PARENT.REPLY`) means replying under its top-level comment.
  const parentId = topLevelId(reply.inReplyToExternalId);
  const res = await youtubeFetch(
    channel,
    { method: "POST", path: "/comments", query: { part: "snippet" }, json: { snippet: { parentId, textOriginal: reply.text } } },
    o,
  );
  return { externalId: readBody(insertedCommentSchema, res, "comments.insert").id };
}

export async function sendPrivateReply(): Promise<{ externalId: string }> {
  throw new ConnectorError("YouTube has no private messages: answer the comment publicly", { retryable: false, platformCode: "no_private_channel" });
}

type ModerationStatus = "published" | "heldForReview" | "rejected";

async function setModerationStatus(channel: ChannelContext<YoutubeSecrets>, commentId: string, status: ModerationStatus, o: ResolvedYoutubeOptions) {
  if (!/^[\w.-]{1,200}$/.test(commentId)) throw new ConnectorError(`YouTube: "${commentId.slice(0, 50)}" is not a comment id`, { retryable: false });
  // The query carries id and moderationStatus only: banAuthor is deliberately never sent.
  await youtubeFetch(channel, { method: "POST", path: "/comments/setModerationStatus", query: { id: commentId, moderationStatus: status } }, o);
}

/** Hiding holds the comment for review (the owner can still publish it); unhiding publishes it. */
export function setHidden(channel: ChannelContext<YoutubeSecrets>, externalId: string, hidden: boolean, o: ResolvedYoutubeOptions): Promise<void> {
  return setModerationStatus(channel, externalId, hidden ? "heldForReview" : "published", o);
}

export function moderateHeld(channel: ChannelContext<YoutubeSecrets>, externalId: string, decision: "publish" | "reject", o: ResolvedYoutubeOptions): Promise<void> {
  return setModerationStatus(channel, externalId, decision === "publish" ? "published" : "rejected", o);
}
