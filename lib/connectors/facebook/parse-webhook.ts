// One Page's part of a webhook -> neutral events, in delivery order (ingest re-orders by platform time).
import { z } from "zod";
import { WebhookPayloadError, type ChannelContext, type WebhookPart } from "../connector";
import type { FacebookSecrets } from "../secrets-schemas";
import type { InboundEvent } from "../types";
import { parseFeedValue } from "./parse-feed";
import { parseMentionValue } from "./parse-mention";
import { parseMessagingEvent } from "./parse-messaging";
import { changeSchema, entrySchema, parseOrThrow } from "./webhook-schema";

const entriesSchema = z.array(entrySchema);

export function parseWebhook(part: WebhookPart, channel: ChannelContext<FacebookSecrets>): InboundEvent[] {
  const pageId = channel.externalId;
  const entries = parseOrThrow(entriesSchema, part.payload, "Page webhook part");
  const events: InboundEvent[] = [];
  for (const entry of entries) {
    // Direction (the Page's own comments) is decided against this page id: refuse a misrouted part.
    if (entry.id !== pageId) {
      throw new WebhookPayloadError(`webhook entry for page ${entry.id} handed to channel of page ${pageId}`);
    }
    for (const raw of entry.changes ?? []) {
      const change = parseOrThrow(changeSchema, raw, "feed change");
      if (change.field === "feed") events.push(...parseFeedValue(change.value, entry, pageId));
      else if (change.field === "mention") events.push(...parseMentionValue(change.value, entry, pageId));
    }
    for (const item of entry.messaging ?? []) events.push(...parseMessagingEvent(item));
  }
  return events;
}
