// Inputs of the ingest domain. No server imports here.
import { z } from "zod";

/** `npm run replay -- --channel <id> --since <ISO time>` (and the internal route it calls while the app runs). */
export const replayInput = z
  .object({
    channelId: z.uuid("--channel must be a channel id"),
    since: z.iso.datetime({ offset: true, message: "--since must be an ISO time, e.g. 2026-11-30T05:00:00Z" }).transform((s) => new Date(s)),
  })
  .strict();

export type ReplayInput = z.infer<typeof replayInput>;
