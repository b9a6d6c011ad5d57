// Pub/Sub push deliveries of Business Profile notifications. The body is Pub/Sub's envelope
// `{ message: { data: base64(JSON), messageId, publishTime, attributes? }, subscription }`; `data` is the
// notification `{ type, review, location }`. Google's reference names these fields reviewName/locationName
// (v4) or review_name/location_name (Notifications API v1) while captured deliveries carry review/location:
// all three spellings are read. Only NEW_REVIEW and UPDATED_REVIEW concern the inbox; other types (media,
// Google updates, Q&A) are acknowledged and ignored. A notification carries only names, so the review is
// returned `incomplete` and read by Connector.completion (completion.ts) before ingestion claims it.
import { z } from "zod";
import { WebhookPayloadError, type ChannelContext, type WebhookPart } from "../connector";
import type { InboundEvent } from "../types";
import { isLocationName, splitReviewName } from "./names";
import { parseGoogleTime } from "./review";
import type { GoogleSecrets } from "./secrets";

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

const envelopeSchema = z.looseObject({
  message: z.looseObject({
    data: z.string().regex(BASE64, "not base64"),
    messageId: z.string().min(1),
    publishTime: z.iso.datetime({ offset: true }),
    attributes: z.record(z.string(), z.string()).optional(),
  }),
  subscription: z.string().min(1),
});

const notificationSchema = z.looseObject({
  type: z.string().min(1),
  review: z.string().optional(),
  reviewName: z.string().optional(),
  review_name: z.string().optional(),
  location: z.string().optional(),
  locationName: z.string().optional(),
  location_name: z.string().optional(),
});

const REVIEW_TYPES = new Set(["NEW_REVIEW", "UPDATED_REVIEW"]);

/** What a part carries to parseWebhook: re-derived from the stored body on every parse, so deterministic. */
const partSchema = z.object({
  type: z.enum(["NEW_REVIEW", "UPDATED_REVIEW"]),
  reviewName: z.string(),
  location: z.string(),
  reviewId: z.string(),
  publishTime: z.string(),
});

function parseOr<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new WebhookPayloadError(`${what}: ${issue ? `${issue.path.join(".")}: ${issue.message}` : "invalid"}`);
}

export function splitWebhook(body: unknown): WebhookPart[] {
  const { message } = parseOr(envelopeSchema, body, "Pub/Sub push envelope");
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(message.data, "base64").toString("utf8")) as unknown;
  } catch {
    throw new WebhookPayloadError("Pub/Sub message data is not base64-encoded JSON");
  }
  const n = parseOr(notificationSchema, data, "Business Profile notification");
  if (!REVIEW_TYPES.has(n.type)) return [];
  const reviewName = n.review ?? n.reviewName ?? n.review_name;
  const named = reviewName === undefined ? undefined : splitReviewName(reviewName);
  if (!reviewName || !named) throw new WebhookPayloadError(`${n.type} notification without a review resource name`);
  const location = n.location ?? n.locationName ?? n.location_name ?? named.location;
  if (!isLocationName(location) || location !== named.location) {
    throw new WebhookPayloadError(`${n.type} notification: the review is not under location ${location}`);
  }
  const payload: z.infer<typeof partSchema> = { type: n.type as "NEW_REVIEW" | "UPDATED_REVIEW", reviewName, location, reviewId: named.reviewId, publishTime: message.publishTime };
  return [{ channelExternalId: location, payload }];
}

export function parseWebhook(part: WebhookPart, channel: ChannelContext<GoogleSecrets>): InboundEvent[] {
  const p = parseOr(partSchema, part.payload, "Google notification part");
  if (p.location !== channel.externalId) {
    throw new WebhookPayloadError(`notification for ${p.location} handed to the channel of ${channel.externalId}`);
  }
  // Placeholders until completion reads the review: only externalId and thread are meaningful here.
  return [
    {
      type: "message",
      externalId: p.reviewId,
      kind: "POST",
      direction: "INBOUND",
      visibility: "PUBLIC",
      thread: { externalId: p.reviewId, kind: "POST" },
      author: { platformUserId: `google:anonymous:${p.reviewId}` },
      body: "",
      platformCreatedAt: parseGoogleTime(p.publishTime),
      incomplete: true,
    },
  ];
}
