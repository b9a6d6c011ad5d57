// Pub/Sub push deliveries of Business Profile notifications, as a push subscription with authentication sends
// them: the envelope (with both the camelCase and snake_case copies of messageId and publishTime that real push
// bodies carry), base64 JSON `data`, and `Authorization: Bearer <OIDC JWT>`.
import { randomInt } from "node:crypto";
import { deliverWithRetries, type DeliveryOptions, type DeliveryResult } from "./fake-http";

export type NotificationType = "NEW_REVIEW" | "UPDATED_REVIEW" | "NEW_CUSTOMER_MEDIA" | "GOOGLE_UPDATE" | "NEW_QUESTION";

export interface PushEnvelope {
  message: { attributes?: Record<string, string>; data: string; messageId: string; message_id: string; publishTime: string; publish_time: string };
  subscription: string;
}

/** The notification JSON Business Profile publishes: `{ type, review, location }` (no review for other types). */
export function notificationData(location: string, n: { type: NotificationType; reviewId?: string }): Record<string, string> {
  return { type: n.type, location, ...(n.reviewId ? { review: `${location}/reviews/${n.reviewId}` } : {}) };
}

export function pushEnvelope(data: unknown, publishTime: Date, subscription = "projects/inbox-test/subscriptions/business-reviews-push"): PushEnvelope {
  const id = String(randomInt(1_000_000_000, 2_000_000_000)) + String(randomInt(100_000, 999_999));
  const time = publishTime.toISOString();
  return {
    message: { data: Buffer.from(JSON.stringify(data)).toString("base64"), messageId: id, message_id: id, publishTime: time, publish_time: time },
    subscription,
  };
}

/** POSTs a push like Pub/Sub: JSON body, the token as a Bearer header (none when `jwt` is null). */
export function sendPush(targetUrl: string, envelope: PushEnvelope, jwt: string | null, opts?: DeliveryOptions): Promise<DeliveryResult> {
  const headers: Record<string, string> = { "content-type": "application/json", "user-agent": "APIs-Google; (+https://developers.google.com/webmasters/APIs-Google.html)" };
  if (jwt) headers.authorization = `Bearer ${jwt}`;
  return deliverWithRetries(targetUrl, JSON.stringify(envelope), headers, opts);
}
