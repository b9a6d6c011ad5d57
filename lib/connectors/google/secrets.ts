// Secrets of Google channels: a Business Profile location here, a YouTube channel in ../youtube/secrets.ts. Both
// hold the same OAuth client and offline grant (what ./oauth.ts trades for access tokens). Shared by the channels
// form and the connectors, so no server imports here.
import { z } from "zod";

/** OAuth client of our Google Cloud project (Web application type) and the owner's offline refresh token. */
export const googleOAuthFields = {
  clientId: z.string().min(8).max(300),
  clientSecret: z.string().min(8).max(300),
  refreshToken: z.string().min(8).max(2000),
};

/** What ./oauth.ts needs of any Google channel's secrets. */
export type GoogleOAuthSecrets = { [K in keyof typeof googleOAuthFields]: z.infer<(typeof googleOAuthFields)[K]> };

export const googleSecretsSchema = z
  .object({
    // The grant's scope: https://www.googleapis.com/auth/business.manage.
    ...googleOAuthFields,
    /** The `aud` the Pub/Sub push subscription puts in its OIDC token (by default the push endpoint URL). */
    pushAudience: z.url().max(2000),
    /** The service account the push subscription authenticates as: the token's `email` claim. */
    pushServiceAccountEmail: z.email().max(320),
  })
  .strict();

export type GoogleSecrets = z.infer<typeof googleSecretsSchema>;
