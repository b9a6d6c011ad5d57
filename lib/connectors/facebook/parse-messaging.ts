// Messenger `messaging[]` events -> neutral DM messages. Only events with `message` count; deliveries,
// reads, postbacks, reactions and the like are ignored.
import type { InboundEvent } from "../types";
import { WebhookPayloadError } from "../connector";
import { dmThreadId } from "./authors";
import { messagingEventSchema, messengerMessageSchema, parseOrThrow } from "./webhook-schema";

export function parseMessagingEvent(item: unknown): InboundEvent[] {
  const ev = parseOrThrow(messagingEventSchema, item, "messaging event");
  if (ev.message === undefined) return [];
  const msg = parseOrThrow(messengerMessageSchema, ev.message, "messaging message");
  if (!ev.sender || !ev.recipient || ev.timestamp === undefined) {
    throw new WebhookPayloadError("malformed messaging event: message without sender, recipient or timestamp");
  }
  // An echo is the Page's own send: the customer is the recipient. Otherwise the customer wrote.
  const echo = msg.is_echo === true;
  const customer = echo ? ev.recipient.id : ev.sender.id;
  return [
    {
      type: "message",
      externalId: msg.mid,
      kind: "DM",
      direction: echo ? "OUTBOUND" : "INBOUND",
      visibility: "PRIVATE",
      thread: { externalId: dmThreadId(customer), kind: "DM_CONVERSATION" },
      ...(msg.reply_to ? { parentExternalId: msg.reply_to.mid } : {}),
      // The sender is the customer's PSID, or the Page for an echo. Messenger sends no names.
      author: { platformUserId: ev.sender.id },
      body: messageBody(msg.text, msg.attachments),
      platformCreatedAt: new Date(ev.timestamp),
    },
  ];
}

/** Attachment-only messages get a readable placeholder ("[image]") instead of an empty body. */
function messageBody(text: string | undefined, attachments: Array<{ type: string }> | undefined): string {
  if (text !== undefined && text.length > 0) return text;
  return (attachments ?? []).map((a) => `[${a.type}]`).join(" ");
}
