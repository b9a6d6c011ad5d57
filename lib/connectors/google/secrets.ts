// Secrets of a Google Business Profile location channel. Shared by the channels form and the connector, so no
// server imports here.
import { z } from "zod";

export const googleSecretsSchema = z
  .object({
    /** OAuth client of our Google Cloud project (Web application type). */
    clientId: z.string().min(8).max(300),
    clientSecret: z.string().min(8).max(300),
    /** Offline refresh token granted with scope https://www.googleapis.com/auth/business.manage. */
    refreshToken: z.string().min(8).max(2000),
    /** The `aud` the Pub/Sub push subscription puts in its OIDC token (by default the push endpoint URL). */
    pushAudience: z.url().max(2000),
    /** The service account the push subscription authenticates as: the token's `email` claim. */
    pushServiceAccountEmail: z.email().max(320),
  })
  .strict();

export type GoogleSecrets = z.infer<typeof googleSecretsSchema>;
