// Follow-up inputs (PATCH /api/v1/follow-ups/{id}, the resolve dialog). No server imports.
import { z } from "zod";

const reason = z.string().trim().min(5, "Say why (5 characters or more)").max(300);

/** One open promise's fate when its case is resolved: done (kept), keep (still to keep), cancel (with a reason). */
export const followUpDecision = z.discriminatedUnion("action", [
  z.object({ id: z.uuid(), action: z.literal("done") }).strict(),
  z.object({ id: z.uuid(), action: z.literal("keep") }).strict(),
  z.object({ id: z.uuid(), action: z.literal("cancel"), reason }).strict(),
]);
export type FollowUpDecision = z.infer<typeof followUpDecision>;
export const followUpDecisions = z.array(followUpDecision).max(50);

/** PATCH /api/v1/follow-ups/{id}: { status: "DONE" } (kept) or { status: "CANCELLED", reason }. */
export const followUpPatch = z.discriminatedUnion("status", [
  z.object({ status: z.literal("DONE") }).strict(),
  z.object({ status: z.literal("CANCELLED"), reason }).strict(),
], { error: "status must be DONE, or CANCELLED with a reason" });
