// Splits a parsed Page webhook body into one part per addressed Page: a batched delivery (up to 1,000
// updates) may carry entries of several Pages, each handled by its own channel.
import { WebhookPayloadError, type WebhookPart } from "../connector";
import { envelopeSchema, parseOrThrow, type WebhookEntry } from "./webhook-schema";

export function splitWebhook(body: unknown): WebhookPart[] {
  const object = body && typeof body === "object" ? (body as { object?: unknown }).object : undefined;
  // Instagram, WhatsApp and other objects reach the same app webhook: not ours to parse.
  if (object !== "page") {
    throw new WebhookPayloadError(`unsupported webhook object ${typeof object === "string" ? `"${object}"` : typeof object}`);
  }
  const envelope = parseOrThrow(envelopeSchema, body, "Page webhook envelope");
  const byPage = new Map<string, WebhookEntry[]>();
  for (const entry of envelope.entry) {
    const list = byPage.get(entry.id);
    if (list) list.push(entry);
    else byPage.set(entry.id, [entry]);
  }
  // Payload = that Page's entries, in delivery order; parseWebhook validates their contents.
  return [...byPage].map(([channelExternalId, entries]) => ({ channelExternalId, payload: entries }));
}
