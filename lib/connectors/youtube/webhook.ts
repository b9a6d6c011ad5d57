// YouTube has no push for comments (its PubSubHubbub feed announces new videos only): the connector is polled.
// These answer the webhook route as a platform without webhooks: no handshake, no signature, no parts.
import { WebhookPayloadError, type WebhookPart } from "../connector";
import type { InboundEvent } from "../types";

export function answerHandshake(): Response | null {
  return null;
}

export function splitWebhook(): WebhookPart[] {
  throw new WebhookPayloadError("youtube has no comment webhooks");
}

export function verifySignature(): boolean {
  return false;
}

export function parseWebhook(): InboundEvent[] {
  throw new WebhookPayloadError("youtube has no comment webhooks");
}
