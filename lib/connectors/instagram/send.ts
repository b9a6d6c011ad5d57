// Outgoing calls on Instagram: public replies under comments (or on mentions), private replies to a
// comment (one, within 7 days), direct messages (24 h window, HUMAN_AGENT up to 7 days) and hiding.
// Nothing here ever issues DELETE.
import { z } from "zod";
import { ConnectorError, type ChannelContext, type OutgoingReply } from "../connector";
import type { ResolvedOptions } from "../facebook/config";
import { messengerRoute } from "../facebook/messenger-window";
import type { InstagramSecrets } from "../secrets-schemas";
import { instagramGraph, parseGraph } from "./graph";

const createdSchema = z.looseObject({ id: z.string().min(1) });
const sentSchema = z.looseObject({ message_id: z.string().min(1) });
const successSchema = z.looseObject({ success: z.boolean() });

/** Instagram messages: at most 1,000 characters of text. */
export const MAX_INSTAGRAM_TEXT = 1000;
const PRIVATE_REPLY_WINDOW_MS = 7 * 86_400_000;

function checkText(text: string, max: number): void {
  if (text.trim().length === 0) throw new ConnectorError("Instagram: empty message", { retryable: false });
  if (text.length > max) {
    throw new ConnectorError(`Instagram: messages are limited to ${max} characters (got ${text.length})`, { retryable: false });
  }
}

export async function sendPublicReply(
  channel: ChannelContext<InstagramSecrets>,
  reply: OutgoingReply,
  o: ResolvedOptions,
): Promise<{ externalId: string }> {
  checkText(reply.text, 2200);
  const client = instagramGraph(channel, o);
  if (reply.inReplyToKind === "COMMENT" || reply.inReplyToKind === "POST") {
    // Replies nest under the top-level comment, as in the Instagram app.
    const body = await client.post([reply.inReplyToExternalId, "replies"], { message: reply.text });
    return { externalId: parseGraph(createdSchema, body, "comment reply").id };
  }
  if (reply.inReplyToKind === "MENTION") {
    // A mention lives on someone else's media: comment through our account's mentions edge.
    const media = reply.inReplyToThreadExternalId ?? reply.inReplyToExternalId;
    const onComment = reply.inReplyToExternalId !== media;
    const body = await client.post([channel.externalId, "mentions"], {
      media_id: media,
      ...(onComment ? { comment_id: reply.inReplyToExternalId } : {}),
      message: reply.text,
    });
    return { externalId: parseGraph(createdSchema, body, "mention reply").id };
  }
  throw new ConnectorError("Instagram: a direct message cannot be answered publicly; send a private reply instead", { retryable: false });
}

export async function sendPrivateReply(
  channel: ChannelContext<InstagramSecrets>,
  reply: OutgoingReply,
  o: ResolvedOptions,
): Promise<{ externalId: string }> {
  checkText(reply.text, MAX_INSTAGRAM_TEXT);
  let payload: Record<string, unknown>;
  if (reply.inReplyToKind === "DM") {
    // 24 h standard window, HUMAN_AGENT tag up to 7 days, refused beyond (decided before any call).
    const route = instagramRoute(reply.lastCustomerMessageAt, o.now());
    payload = { recipient: { id: reply.recipientPlatformUserId }, ...route, message: { text: reply.text } };
  } else if (reply.inReplyToKind === "COMMENT") {
    // One private reply per comment (Graph refuses a second with 10900), within 7 days of the comment: refused
    // here before any call when we know its age (Graph's own refusal, code 10/2534022, maps to the same reason).
    const age = reply.inReplyToCreatedAt ? o.now().getTime() - reply.inReplyToCreatedAt.getTime() : 0;
    if (age > PRIVATE_REPLY_WINDOW_MS) {
      throw new ConnectorError(
        `Instagram: a private reply to a comment is accepted within 7 days of it; this comment is ${Math.floor(age / 86_400_000)} days old: answer it publicly`,
        { retryable: false },
      );
    }
    payload = { recipient: { comment_id: reply.inReplyToExternalId }, message: { text: reply.text } };
  } else {
    throw new ConnectorError(`Instagram: cannot reply privately to a ${reply.inReplyToKind.toLowerCase()}; answer publicly`, { retryable: false });
  }
  const body = await instagramGraph(channel, o).post([channel.externalId, "messages"], payload);
  return { externalId: parseGraph(sentSchema, body, "Instagram Send API").message_id };
}

function instagramRoute(last: Date, now: Date) {
  try {
    return messengerRoute(last, now);
  } catch (err) {
    if (!(err instanceof ConnectorError)) throw err;
    throw new ConnectorError(
      "Instagram: outside the 7-day window: the customer last wrote more than 7 days ago, so Instagram accepts no message until they write again",
      { retryable: false },
    );
  }
}

export async function setHidden(
  channel: ChannelContext<InstagramSecrets>,
  externalId: string,
  hidden: boolean,
  o: ResolvedOptions,
): Promise<void> {
  const body = await instagramGraph(channel, o).post([externalId], { hide: hidden });
  if (!parseGraph(successSchema, body, "hide").success) {
    throw new ConnectorError(`Instagram: Graph did not confirm ${hidden ? "hiding" : "unhiding"} the comment`, { retryable: false });
  }
}
