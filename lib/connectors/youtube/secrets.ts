// Secrets of a YouTube channel: the Google OAuth client and the channel owner's refresh token (the fields of
// ../google/secrets.ts). The owner's, because comments.setModerationStatus (publish, hold, reject) is refused for
// anyone else. Shared by the channels form and the connector, so no server imports here.
import { z } from "zod";
import { googleOAuthFields } from "../google/secrets";

export const youtubeSecretsSchema = z.object(googleOAuthFields).strict();

export type YoutubeSecrets = z.infer<typeof youtubeSecretsSchema>;
