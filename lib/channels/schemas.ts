// Connecting a channel: shared by the channels form, its server action and POST /api/v1/channels.
// No server imports here.
import { z } from "zod";
import { facebookSecretsSchema, googleSecretsSchema, instagramSecretsSchema, xSecretsSchema, youtubeSecretsSchema } from "../connectors/secrets-schemas";

const name = z.string().trim().min(1, "Give the channel a name").max(100);
const apiBaseUrl = z
  .url({ protocol: /^https?$/, error: "apiBaseUrl must be an http(s) URL" })
  .transform((u) => u.replace(/\/+$/, ""))
  .optional();

export const connectChannelInput = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("facebook_page"),
      externalId: z.string().regex(/^\d{1,30}$/, "A Facebook Page id is digits only"),
      name,
      secrets: facebookSecretsSchema,
      apiBaseUrl,
    })
    .strict(),
  z
    .object({
      kind: z.literal("instagram_account"),
      externalId: z.string().regex(/^\d{1,30}$/, "An Instagram account id is digits only"),
      name,
      secrets: instagramSecretsSchema,
      apiBaseUrl,
    })
    .strict(),
  z
    .object({
      kind: z.literal("x_account"),
      externalId: z.string().regex(/^\d{1,25}$/, "An X user id is digits only"),
      name,
      secrets: xSecretsSchema,
      apiBaseUrl,
    })
    .strict(),
  z
    .object({
      kind: z.literal("google_business_location"),
      // The location's resource name: reviews and notifications name it so.
      externalId: z.string().regex(/^accounts\/\d{1,30}\/locations\/\d{1,30}$/, "A location is written accounts/ACCOUNT_ID/locations/LOCATION_ID"),
      name,
      secrets: googleSecretsSchema,
      apiBaseUrl,
    })
    .strict(),
  z
    .object({
      kind: z.literal("youtube_channel"),
      externalId: z.string().regex(/^UC[A-Za-z0-9_-]{22}$/, "A YouTube channel id starts with UC and has 24 characters"),
      name,
      secrets: youtubeSecretsSchema,
      apiBaseUrl,
    })
    .strict(),
]);

export type ConnectChannelInput = z.infer<typeof connectChannelInput>;

/** How an X channel's webhook is registered (issue #23 item 3), as stored on the channel and shown on the Channels page. */
export const webhookRegistration = z.object({
  via: z.literal("x_v2"),
  webhookId: z.string().nullable(),
  url: z.string(),
  /** X's CRC check passed (X sends nothing to a webhook it holds invalid). */
  valid: z.boolean(),
  /** The channel's account is subscribed: its mentions and DMs come to the webhook. */
  subscribed: z.boolean(),
  checkedAt: z.iso.datetime(),
  /** What X answered when the registration failed. */
  error: z.string().optional(),
});
export type WebhookRegistration = z.infer<typeof webhookRegistration>;

/** POST /api/v1/channels/{id}/x-webhook: our webhook URL as X must call it (HTTPS in production). */
export const registerXWebhookInput = z.object({
  url: z.url({ protocol: /^https?$/, error: "url must be an http(s) URL" })
    // zod runs a refinement even after the URL check failed: a text that is no URL must not throw here.
    .refine((u) => URL.canParse(u) && new URL(u).pathname.replace(/\/+$/, "").endsWith("/api/webhooks/x"), "url must be this app's X webhook (…/api/webhooks/x)"),
}).strict();

export const channelIdParam = z.uuid({ error: "channel id must be a UUID" });
