// Instagram webhooks -> neutral events, with no network call. `changes`: comments and replies on our media
// (`comments`, `live_comments`) and @mentions elsewhere (`mentions`: ids only, returned incomplete and read
// by Connector.completion before ingestion claims the delivery); `messaging`: direct messages, shaped
// like Messenger's. Anything else (story insights, reactions, reads, postbacks, seen receipts) is not a
// message and yields nothing.
import { z } from "zod";
import { WebhookPayloadError, type ChannelContext, type WebhookPart } from "../connector";
import { parseMessagingEvent } from "../facebook/parse-messaging";
import { changeSchema, entryTime, parseOrThrow } from "../facebook/webhook-schema";
import type { InstagramSecrets } from "../secrets-schemas";
import type { InboundEvent, InboundMessage } from "../types";
import { igCommentValueSchema, igEntrySchema, igMentionValueSchema, type IgCommentValue, type IgMentionValue } from "./webhook-schema";

const entriesSchema = z.array(igEntrySchema);
const deletedSchema = z.looseObject({
  timestamp: z.number().optional(),
  message: z.looseObject({ mid: z.string().min(1), is_deleted: z.literal(true) }),
});

export function parseWebhook(part: WebhookPart, channel: ChannelContext<InstagramSecrets>): InboundEvent[] {
  const accountId = channel.externalId;
  const entries = parseOrThrow(entriesSchema, part.payload, "Instagram webhook part");
  const events: InboundEvent[] = [];
  for (const entry of entries) {
    if (entry.id !== accountId) {
      throw new WebhookPayloadError(`webhook entry for account ${entry.id} handed to channel of account ${accountId}`);
    }
    for (const raw of entry.changes ?? []) {
      const change = parseOrThrow(changeSchema, raw, "Instagram change");
      if (change.field === "comments" || change.field === "live_comments") {
        const c = parseOrThrow(igCommentValueSchema, change.value, "Instagram comment");
        events.push(comment(c, entryTime(entry.time), accountId));
      } else if (change.field === "mentions") {
        const m = parseOrThrow(igMentionValueSchema, change.value, "Instagram mention");
        events.push(mentionReference(m, entryTime(entry.time)));
      }
    }
    for (const item of entry.messaging ?? []) events.push(...messagingEvent(item));
  }
  return events;
}

/** Comment webhooks carry no creation time: the entry's `time` (when Meta sent it, seconds) stands in. */
function comment(c: IgCommentValue, when: Date, accountId: string): InboundEvent {
  const own = c.from.id === accountId;
  return {
    type: "message",
    externalId: c.id,
    kind: "COMMENT",
    direction: own ? "OUTBOUND" : "INBOUND",
    visibility: "PUBLIC",
    thread: { externalId: c.media.id, kind: "POST" },
    ...(c.parent_id ? { parentExternalId: c.parent_id } : {}),
    author: { platformUserId: c.from.id, ...(c.from.username ? { handle: c.from.username } : {}) },
    body: c.text ?? "",
    platformCreatedAt: when,
  };
}

/** What the webhook tells of a mention: where it is. Text, author and time come from Connector.completion. */
function mentionReference(m: IgMentionValue, when: Date): InboundMessage {
  return {
    type: "message",
    externalId: m.comment_id ?? m.media_id,
    kind: "MENTION",
    direction: "INBOUND",
    visibility: "PUBLIC",
    thread: { externalId: m.media_id, kind: "POST" },
    author: { platformUserId: `ig-anonymous:${m.comment_id ?? m.media_id}` },
    body: "",
    platformCreatedAt: when,
    incomplete: true,
  };
}

/** An unsent DM (`is_deleted`) is a removal beside the original; everything else reads like Messenger. */
function messagingEvent(item: unknown): InboundEvent[] {
  const deleted = deletedSchema.safeParse(item);
  if (deleted.success) {
    // The event's own time keys the removal (a retry must map to the same event); without one, skip it.
    const t = deleted.data.timestamp;
    if (t === undefined) return [];
    return [{ type: "message_event", externalId: deleted.data.message.mid, kind: "REMOVED", platformTime: new Date(t) }];
  }
  return parseMessagingEvent(item);
}
