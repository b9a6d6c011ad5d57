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

/**
 * POST /api/v1/messages/{id}/moderate: publish or reject a comment the platform holds for review (YouTube).
 * Rejecting takes a reason, with the same R1 rule as hiding: never a complaint as troll or spam while it is open.
 */
export const moderateHeldInput = z
  .object({
    decision: z.enum(["publish", "reject"]),
    reason: z.enum(HIDE_REASONS, { error: `reason must be one of ${HIDE_REASONS.join(", ")}` }).optional(),
    note: z.string().trim().max(500).optional(),
  })
  .strict()
  .refine((m) => m.decision === "publish" || m.reason !== undefined, { path: ["reason"], message: "Say why it is rejected" });
export type ModerateHeldInput = z.infer<typeof moderateHeldInput>;

/** POST /api/v1/contacts/{id}/ban: a team lead bans a troll or a spammer, saying why (R1, R8). */
export const banInput = z
  .object({ reason: z.string().trim().min(5, "Say why (5 characters or more)").max(500) })
  .strict();
export type BanInput = z.infer<typeof banInput>;

/** Marks a contact as a troll or a spammer (or removes the mark): what hiding and banning then allow. Putting a
 * mark on takes a reason (issue #19): it is what a team lead reads before approving it on an open complaint.
 * "vip" (issue #22: rules route and watch VIPs) silences nobody, so it never waits for a lead's approval. */
export const contactMarkInput = z
  .object({
    mark: z.enum(["troll", "spam", "vip"]),
    on: z.boolean().default(true),
    reason: z.string().trim().min(5, "Say why (5 characters or more)").max(500).optional(),
  })
  .strict()
  .refine((m) => !m.on || m.reason !== undefined, { path: ["reason"], message: "Say why (5 characters or more)" });
export type ContactMarkInput = z.infer<typeof contactMarkInput>;

/** POST /api/v1/mark-requests/{id}/decision: a team lead approves or refuses a requested troll/spam mark. */
export const markDecisionInput = z
  .object({ decision: z.enum(["approve", "refuse"]), comment: z.string().trim().max(500).optional() })
  .strict()
  .refine((d) => d.decision === "approve" || (d.comment ?? "").length >= 5, {
    path: ["comment"],
    message: "Tell the community manager why (5 characters or more)",
  });
export type MarkDecisionInput = z.infer<typeof markDecisionInput>;
