// Outgoing calls: public replies (POST /2/tweets), DMs (POST /2/dm_conversations/with/:id/messages) and
// hiding replies (PUT /2/tweets/:id/hidden). All user context (OAuth 1.0a), all through ./http.
//
// Sends are not idempotent on X. A timeout is reported retryable (the brief's rule for transient
// failures); should the first attempt have gone through, X refuses the identical retried tweet with a
// 403 "duplicate content", and the webhook echo of the first attempt still records the reply.
import { z } from "zod";
import { ConnectorError, type ChannelContext, type OutgoingReply } from "../connector";
import type { XSecrets } from "../secrets-schemas";
import { readBody, xFetch } from "./http";
import { idString, isNumericId } from "./ids";

const tweetCreated = z.object({ data: z.object({ id: idString }) });
const dmCreated = z.object({ data: z.object({ dm_event_id: idString, dm_conversation_id: z.string().optional() }) });
const hiddenResult = z.object({ data: z.object({ hidden: z.boolean() }) });

function invalid(message: string): ConnectorError {
  return new ConnectorError(message, { retryable: false });
}

/** Ids go into paths and bodies: only numeric ids, so nothing can be injected into a URL. */
function requireId(value: string, what: string): string {
  if (isNumericId(value)) return value;
  throw invalid(`Not an X ${what} id: ${JSON.stringify(String(value).slice(0, 40))}`);
}

function requireText(text: string): string {
  if (text.trim() === "") throw invalid("Cannot send an empty message to X");
  return text;
}

export async function sendPublicReply(channel: ChannelContext<XSecrets>, reply: OutgoingReply): Promise<{ externalId: string }> {
  // A DM has no public side: answering it in a tweet would publish a private conversation.
  if (reply.inReplyToKind !== "MENTION") {
    throw invalid(`A public reply on X answers a tweet, not a ${reply.inReplyToKind}`);
  }
  const json = { text: requireText(reply.text), reply: { in_reply_to_tweet_id: requireId(reply.inReplyToExternalId, "tweet") } };
  const res = await xFetch(channel, { method: "POST", path: "/2/tweets", json });
  return { externalId: readBody(tweetCreated, res, "POST /2/tweets").data.id };
}

/** A DM to the customer, whatever was answered (a DM, or a mention taken private). */
export async function sendPrivateReply(channel: ChannelContext<XSecrets>, reply: OutgoingReply): Promise<{ externalId: string }> {
  const recipient = requireId(reply.recipientPlatformUserId, "user");
  const res = await xFetch(channel, {
    method: "POST",
    path: `/2/dm_conversations/with/${recipient}/messages`,
    json: { text: requireText(reply.text) },
  });
  return { externalId: readBody(dmCreated, res, "DM send").data.dm_event_id };
}

/**
 * Hide Replies. X only lets an account hide replies in conversations it started (replies to its own
 * posts); for any other tweet X answers 403, reported as a permanent failure with X's detail. Nothing is
 * ever deleted.
 */
export async function setHidden(channel: ChannelContext<XSecrets>, externalId: string, hidden: boolean): Promise<void> {
  const id = requireId(externalId, "tweet");
  const res = await xFetch(channel, { method: "PUT", path: `/2/tweets/${id}/hidden`, json: { hidden } });
  const result = readBody(hiddenResult, res, "PUT /2/tweets/:id/hidden").data.hidden;
  if (result !== hidden) throw invalid(`X reports the reply ${id} as ${result ? "hidden" : "visible"} after the request`);
}
