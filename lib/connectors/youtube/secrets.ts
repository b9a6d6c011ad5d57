// Secrets of a YouTube channel: the Google OAuth client and the channel owner's refresh token. The owner's,
// because comments.setModerationStatus (publish, hold, reject) is refused for anyone else. Shared by the
// channels form and the connector, so no server imports here.
import { z } from "zod";

export const youtubeSecretsSchema = z
  .object({
    clientId: z.string().min(8).max(300),
    clientSecret: z.string().min(8).max(300),
    refreshToken: z.string().min(8).max(2000),
  })
  .strict();

export type YoutubeSecrets = z.infer<typeof youtubeSecretsSchema>;
