// Splits an Instagram webhook body by addressed account (`entry[].id`, the professional account id).
import { WebhookPayloadError, type WebhookPart } from "../connector";
import { parseOrThrow } from "../facebook/webhook-schema";
import { igEnvelopeSchema, type IgEntry } from "./webhook-schema";

export function splitWebhook(body: unknown): WebhookPart[] {
  const object = body && typeof body === "object" ? (body as { object?: unknown }).object : undefined;
  if (object !== "instagram") {
    throw new WebhookPayloadError(`unsupported webhook object ${typeof object === "string" ? `"${object}"` : typeof object}`);
  }
  const envelope = parseOrThrow(igEnvelopeSchema, body, "Instagram webhook envelope");
  const byAccount = new Map<string, IgEntry[]>();
  for (const entry of envelope.entry) {
    const list = byAccount.get(entry.id);
    if (list) list.push(entry);
    else byAccount.set(entry.id, [entry]);
  }
  return [...byAccount].map(([channelExternalId, entries]) => ({ channelExternalId, payload: entries }));
}
