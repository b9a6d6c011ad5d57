// Channel secrets per platform, shared by the channels form, POST /api/v1/channels and the connectors.
// No server imports here.
import { z } from "zod";

export const facebookSecretsSchema = z
  .object({
    appSecret: z.string().min(8).max(200),
    pageAccessToken: z.string().min(8).max(1000),
    verifyToken: z.string().min(8).max(200),
  })
  .strict();

export const xSecretsSchema = z
  .object({
    consumerKey: z.string().min(8).max(200),
    consumerSecret: z.string().min(8).max(200),
    accessToken: z.string().min(8).max(500),
    accessTokenSecret: z.string().min(8).max(200),
    bearerToken: z.string().min(8).max(1000).optional(),
  })
  .strict();

export type FacebookSecrets = z.infer<typeof facebookSecretsSchema>;
export type XSecrets = z.infer<typeof xSecretsSchema>;

/** Instagram professional account: the Meta app's secret, the account's token, our webhook verify token. */
export const instagramSecretsSchema = z
  .object({
    appSecret: z.string().min(8).max(200),
    accessToken: z.string().min(8).max(1000),
    verifyToken: z.string().min(8).max(200),
  })
  .strict();

export type InstagramSecrets = z.infer<typeof instagramSecretsSchema>;

// Google Business Profile and YouTube (issue #23): defined beside their connectors, listed here with the rest.
export { googleSecretsSchema, type GoogleSecrets } from "./google/secrets";
export { youtubeSecretsSchema, type YoutubeSecrets } from "./youtube/secrets";
