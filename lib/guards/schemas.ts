// Inputs of the guard endpoints and forms. No server imports here.
import { z } from "zod";

/** POST /api/v1/drafts/check — keep this contract exactly (issue 9). */
export const draftCheckInput = z
  .object({
    caseId: z.uuid({ error: "caseId must be a UUID" }).optional(),
    text: z.string().max(5000, "Keep the draft under 5,000 characters"),
    visibility: z.enum(["public", "private"]),
    locale: z.enum(["en", "fr"]).optional(),
  })
  .strict();
export type DraftCheckInput = z.infer<typeof draftCheckInput>;

/** Sending despite a `high` finding: the person says why (kept in the audit trail). */
export const guardOverride = z
  .object({ reason: z.string().trim().min(5, "Give a reason of at least 5 characters").max(500) })
  .strict();
export type GuardOverride = z.infer<typeof guardOverride>;

const phrase = z.string().trim().min(2).max(120);
/** One of the workspace's own public contact details: a phone, an e-mail, a web or postal address. */
const contact = z.string().trim().min(3).max(200);
export const guardSettingsInput = z
  .object({
    flagPhrases: z.array(phrase).max(200).default([]),
    allowPhrases: z.array(phrase).max(200).default([]),
    publicContacts: z.array(contact).max(50).default([]),
    orderNumberPattern: z
      .string()
      .trim()
      .max(200)
      .nullable()
      .default(null)
      .refine((p) => {
        if (!p) return true;
        try {
          new RegExp(p, "u");
          return true;
        } catch {
          return false;
        }
      }, "Not a valid pattern (JavaScript regular expression)"),
  })
  .strict();
export type GuardSettingsInput = z.infer<typeof guardSettingsInput>;

export const approvalDecisionInput = z
  .object({
    decision: z.enum(["approve", "return"]),
    comment: z.string().trim().max(1000).optional(),
  })
  .strict()
  .refine((d) => d.decision === "approve" || (d.comment ?? "").length >= 3, { message: "Say why you return it (a comment of 3 characters or more)", path: ["comment"] });
export type ApprovalDecisionInput = z.infer<typeof approvalDecisionInput>;
