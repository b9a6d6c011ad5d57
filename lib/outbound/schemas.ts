// A reply from the composer or POST /api/v1/cases/{id}/replies. No server imports here.
import { z } from "zod";
import { guardOverride } from "../guards/schemas";

export const replyInput = z
  .object({
    text: z.string().trim().min(1, "Write something first").max(1900, "Keep it under 1,900 characters (Messenger's limit is 2,000)"),
    visibility: z.enum(["public", "private"]),
    /** The message answered; defaults to the customer's latest message of that visibility. */
    inReplyToMessageId: z.uuid().optional(),
    /** Send despite a `high` guard finding, saying why (kept in the audit trail). */
    override: guardOverride.optional(),
    /** R8: the one humorous answer to a contact marked troll (tracked; refused a second time). */
    humorous: z.boolean().optional(),
  })
  .strict();

export type ReplyInput = z.infer<typeof replyInput>;
