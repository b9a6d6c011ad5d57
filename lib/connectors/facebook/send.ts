// Outgoing calls: public replies, private replies (comment -> Messenger, DM -> Send API) and hiding.
// Nothing here ever issues DELETE: removal is not something this inbox does on the platform.
import { z } from "zod";
import { ConnectorError, type ChannelContext, type OutgoingReply } from "../connector";
import type { FacebookSecrets } from "../secrets-schemas";
import type { ResolvedOptions } from "./config";
import { graphClient } from "./graph-client";
import { parseGraph } from "./graph-comments";
import { checkMessengerText, messengerRoute } from "./messenger-window";

// Unreadable success answers are permanent failures (parseGraph): the action may have happened, and a
// retry could post the reply twice.
const createdSchema = z.looseObject({ id: z.string().min(1) });
const sentSchema = z.looseObject({ message_id: z.string().min(1) });
const successSchema = z.looseObject({ success: z.boolean() });

export async function sendPublicReply(
  channel: ChannelContext<FacebookSecrets>,
  reply: OutgoingReply,
  o: ResolvedOptions,
): Promise<{ externalId: string }> {
  if (reply.inReplyToKind === "DM") {
    throw new ConnectorError("Facebook: a Messenger conversation cannot be answered publicly; send a private reply instead", {
      retryable: false,
    });
  }
  if (reply.text.trim().length === 0) throw new ConnectorError("Facebook: empty reply", { retryable: false });
  // Comments, visitor posts and mentions are all answered with a comment on them: replying to a comment's
  // id nests the reply under it (Graph attaches replies-to-replies to the top comment); a post's id
  // puts it under the post.
  const body = await graphClient(channel, o).post([reply.inReplyToExternalId, "comments"], { message: reply.text });
  return { externalId: parseGraph(createdSchema, body, "comment creation").id };
}

export async function sendPrivateReply(
  channel: ChannelContext<FacebookSecrets>,
  reply: OutgoingReply,
  o: ResolvedOptions,
): Promise<{ externalId: string }> {
  checkMessengerText(reply.text);
  let payload: Record<string, unknown>;
  if (reply.inReplyToKind === "DM") {
    // Decided before calling: outside the window there is nothing to send.
    const route = messengerRoute(reply.lastCustomerMessageAt, o.now());
    payload = { recipient: { id: reply.recipientPlatformUserId }, ...route, message: { text: reply.text } };
  } else {
    // Private reply: opens a Messenger thread from the comment, visitor post or mention. One per item (Graph
    // error 10900) and within 7 days of it; Graph enforces both and errors.ts maps its verdict.
    payload = { recipient: privateReplyRecipient(reply), message: { text: reply.text } };
  }
  const body = await graphClient(channel, o).post([channel.externalId, "messages"], payload);
  return { externalId: parseGraph(sentSchema, body, "Send API").message_id };
}

/** A post (a visitor post, or a mention that is a post) is addressed by post_id, anything else by comment_id. */
function privateReplyRecipient(reply: OutgoingReply): { post_id: string } | { comment_id: string } {
  const isPost =
    reply.inReplyToKind === "POST" ||
    (reply.inReplyToKind === "MENTION" && reply.inReplyToThreadExternalId === reply.inReplyToExternalId);
  return isPost ? { post_id: reply.inReplyToExternalId } : { comment_id: reply.inReplyToExternalId };
}

export async function setHidden(
  channel: ChannelContext<FacebookSecrets>,
  externalId: string,
  hidden: boolean,
  o: ResolvedOptions,
): Promise<void> {
  const body = await graphClient(channel, o).post([externalId], { is_hidden: hidden });
  if (!parseGraph(successSchema, body, "hide").success) {
    throw new ConnectorError(`Facebook: Graph did not confirm ${hidden ? "hiding" : "unhiding"} the comment`, { retryable: false });
  }
}
