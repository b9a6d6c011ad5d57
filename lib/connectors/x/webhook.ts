// Account Activity webhook entry points: the CRC handshake, the POST signature check, and splitting /
// parsing bodies. Both checks use the app's consumer secret, not any user token.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { ChannelContext, WebhookPart, WebhookRequest } from "../connector";
import type { XSecrets } from "../secrets-schemas";
import type { InboundEvent } from "../types";
import { activityToEvents } from "./webhook-events";
import { parseActivity } from "./webhook-schema";

const SIGNATURE_HEADER = "x-twitter-webhooks-signature";

function hmacSha256(secret: string, data: string | Buffer): Buffer {
  return createHmac("sha256", secret).update(data).digest();
}

/**
 * CRC: `GET ?crc_token=T` → 200 `{"response_token":"sha256=<base64 HMAC-SHA256(consumer secret, T)>"}`.
 * The request does not say which account it is for; a webhook URL is registered per X app and every
 * account subscribed to it shares that app's consumer secret, so the first candidate's secret answers for
 * all. (Channels of different X apps behind one URL would need one URL per app.)
 */
export function answerHandshake(url: URL, candidates: XSecrets[]): Response | null {
  const token = url.searchParams.get("crc_token");
  const secrets = candidates[0];
  if (!token || !secrets) return null;
  const responseToken = `sha256=${hmacSha256(secrets.consumerSecret, token).toString("base64")}`;
  return new Response(JSON.stringify({ response_token: responseToken }), {
    status: 200,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  });
}

const SIGNATURE_FORMAT = /^sha256=([A-Za-z0-9+/]{43}=)$/;

/**
 * `x-twitter-webhooks-signature: sha256=<base64 HMAC-SHA256(consumer secret, raw body)>`, over the exact
 * received bytes (never re-serialised JSON). Constant-time compare; anything malformed is false.
 */
export function verifySignature(req: WebhookRequest, secrets: XSecrets): boolean {
  const header = req.headers.get(SIGNATURE_HEADER);
  const m = header ? SIGNATURE_FORMAT.exec(header.trim()) : null;
  if (!m?.[1]) return false;
  const given = Buffer.from(m[1], "base64");
  const expected = hmacSha256(secrets.consumerSecret, req.rawBody);
  // timingSafeEqual throws on a length mismatch; a 43-char base64 body always decodes to 32 bytes,
  // but the check stays so the compare can never throw.
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** One X delivery concerns one account (`for_user_id`): always exactly one part. */
export function splitWebhook(body: unknown): WebhookPart[] {
  const p = parseActivity(body);
  return [{ channelExternalId: p.forUserId, payload: body }];
}

export function parseWebhook(part: WebhookPart, channel: ChannelContext<XSecrets>): InboundEvent[] {
  return activityToEvents(parseActivity(part.payload), channel.externalId);
}
