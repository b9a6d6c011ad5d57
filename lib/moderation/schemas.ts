// Hiding a public message: only for spam, trolls, abuse, or personal data posted publicly (R1, R5).
// A complaint is never hidden to silence it. No server imports here.
import { z } from "zod";

export const HIDE_REASONS = ["spam", "troll", "abuse", "personal_data"] as const;

export const hideInput = z
  .object({
    hidden: z.boolean().default(true),
    reason: z.enum(HIDE_REASONS, { error: `reason must be one of ${HIDE_REASONS.join(", ")}` }),
    note: z.string().trim().max(500).optional(),
  })
  .strict();

export type HideInput = z.infer<typeof hideInput>;
