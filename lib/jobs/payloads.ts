// Job payloads, parsed with zod when a job is picked up: a malformed job fails loudly instead of half-running.
import { z } from "zod";

export const deliverPayload = z.object({ messageId: z.uuid() }).strict();
export const pollPayload = z.object({ channelId: z.uuid() }).strict();
export const banPayload = z.object({ banId: z.uuid() }).strict();
