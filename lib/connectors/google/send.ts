// Outgoing calls on a Business Profile location. A location has one public answer per review, which
// `PUT …/reviews/{id}/reply` creates or replaces; there is no private channel to a reviewer, and an owner can
// neither hide nor delete a customer's review (only report it in Google's own tools): both are refused here,
// for good, with a platformCode the UI can explain.
import { z } from "zod";
import { ConnectorError, type ChannelContext, type OutgoingReply } from "../connector";
import { googleFetch, readBody, type GoogleDeps } from "./http";
import { locationOf, reviewPath } from "./names";
import { replyExternalId } from "./review";
import type { GoogleSecrets } from "./secrets";

/** Google caps a review reply at 4,096 bytes of UTF-8. */
export const MAX_GOOGLE_REPLY_BYTES = 4096;

const replySchema = z.looseObject({ comment: z.string(), updateTime: z.string().min(1) });

/** The review a reply answers: the review itself, or (answering our earlier reply) its review. */
function answeredReviewId(reply: OutgoingReply): string {
  const own = /^(.+)\/reply@/.exec(reply.inReplyToExternalId);
  return own ? own[1]! : reply.inReplyToExternalId;
}

export async function sendPublicReply(channel: ChannelContext<GoogleSecrets>, reply: OutgoingReply, deps: GoogleDeps): Promise<{ externalId: string }> {
  if (reply.text.trim().length === 0) throw new ConnectorError("Google: empty reply", { retryable: false });
  const bytes = Buffer.byteLength(reply.text, "utf8");
  if (bytes > MAX_GOOGLE_REPLY_BYTES) {
    throw new ConnectorError(`Google: a review reply is limited to ${MAX_GOOGLE_REPLY_BYTES} bytes (got ${bytes})`, { retryable: false });
  }
  const reviewId = answeredReviewId(reply);
  const path = `${reviewPath(locationOf(channel.externalId), reviewId)}/reply`;
  const res = await googleFetch(channel, { method: "PUT", path, json: { comment: reply.text } }, deps);
  const saved = readBody(replySchema, res, "review reply");
  return { externalId: replyExternalId(reviewId, saved.updateTime) };
}

export function sendPrivateReply(): Promise<{ externalId: string }> {
  return Promise.reject(
    new ConnectorError("Google: a review can only be answered publicly; Google offers no private message to a reviewer", {
      retryable: false,
      platformCode: "no_private_channel",
    }),
  );
}

export function setHidden(): Promise<void> {
  return Promise.reject(
    new ConnectorError("Google: the owner of a location cannot hide a customer's review (report it in Google's own tools)", {
      retryable: false,
      platformCode: "cannot_hide_review",
    }),
  );
}
