// A reply from the composer or POST /api/v1/cases/{id}/replies. No server imports here.
import { z } from "zod";

export const replyInput = z
  .object({
    text: z.string().trim().min(1, "Write something first").max(1900, "Keep it under 1,900 characters (Messenger's limit is 2,000)"),
    visibility: z.enum(["public", "private"]),
    /** The message answered; defaults to the customer's latest message of that visibility. */
    inReplyToMessageId: z.uuid().optional(),
  })
  .strict();

export type ReplyInput = z.infer<typeof replyInput>;
