// Connecting a channel: shared by the channels form, its server action and POST /api/v1/channels.
// No server imports here.
import { z } from "zod";
import { facebookSecretsSchema, instagramSecretsSchema, xSecretsSchema } from "../connectors/secrets-schemas";

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
]);

export type ConnectChannelInput = z.infer<typeof connectChannelInput>;
