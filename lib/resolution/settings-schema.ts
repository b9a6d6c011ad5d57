// The desk's workspace settings: the satisfaction question (FR + EN), how long to wait for an answer, and the
// escalation clocks, and whether replying assigns an unassigned case. No server imports.
import { z } from "zod";

export const deskSettingsInput = z
  .object({
    satisfactionQuestionFr: z.string().trim().min(10, "Write the French question (10 characters at least)").max(600),
    satisfactionQuestionEn: z.string().trim().min(10, "Write the English question (10 characters at least)").max(600),
    confirmationTimeoutHours: z.coerce.number().int().min(1, "Wait at least 1 hour").max(24 * 30, "Wait at most 30 days"),
    escalationPickupMinutes: z.coerce.number().int().min(5).max(7 * 24 * 60),
    escalationSolutionHours: z.coerce.number().int().min(1).max(24 * 30),
    /** A checkbox: present ("on") when ticked, absent when not. */
    assignOnReply: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
  })
  .strict();
export type DeskSettingsInput = z.infer<typeof deskSettingsInput>;
