// Escalation inputs, shared by the case page, the desk, server actions and /api/v1 routes. No server imports.
import { z } from "zod";

export const ESCALATION_REASONS = ["delivery", "refund", "defect", "billing", "account", "other"] as const;
export type EscalationReason = (typeof ESCALATION_REASONS)[number];
export const SOLUTION_KINDS = ["refund", "redelivery", "replacement", "explanation", "none"] as const;
export const ESCALATION_STATUSES = ["PENDING", "IN_PROGRESS", "DONE", "RETURNED"] as const;

const reference = z.string().trim().min(1).max(100);

/** POST /api/v1/cases/{id}/escalations and the case page's escalate form. */
export const escalateInput = z
  .object({
    reason: z.enum(ESCALATION_REASONS, { error: `reason must be one of ${ESCALATION_REASONS.join(", ")}` }),
    summary: z.string().trim().min(1, "Write a summary for customer service").max(4000),
    references: z.array(reference).max(20).optional(),
    /** Absent: the agent's team, else the workspace's default team for the reason. null: the shared queue. */
    teamId: z.uuid({ error: "teamId must be a team id" }).nullable().optional(),
    assigneeId: z.uuid({ error: "assigneeId must be a user id" }).optional(),
  })
  .strict();
export type EscalateInput = z.infer<typeof escalateInput>;

const solution = z
  .object({
    kind: z.enum(SOLUTION_KINDS, { error: `solution.kind must be one of ${SOLUTION_KINDS.join(", ")}` }),
    text: z.string().trim().min(1, "Describe the solution for the community manager").max(4000),
  })
  .strict();

/** PATCH /api/v1/escalations/{id}: one action at a time. */
export const escalationPatch = z.discriminatedUnion(
  "action",
  [
    z.object({ action: z.literal("pick_up") }).strict(),
    z.object({ action: z.literal("propose_solution"), solution }).strict(),
    z.object({ action: z.literal("return"), reason: z.string().trim().min(1, "Say why this is not for customer service").max(2000) }).strict(),
    z
      .object({
        action: z.literal("reassign"),
        assigneeId: z.uuid({ error: "assigneeId must be a user id" }).nullable().optional(),
        teamId: z.uuid({ error: "teamId must be a team id" }).nullable().optional(),
      })
      .strict()
      .refine((p) => p.assigneeId !== undefined || p.teamId !== undefined, { message: "Say who takes it: assigneeId or teamId" }),
  ],
  { error: "action must be one of pick_up, propose_solution, return, reassign" },
);
export type EscalationPatch = z.infer<typeof escalationPatch>;

/** GET /api/v1/escalations */
export const listEscalationsQuery = z
  .object({
    assignee: z.union([z.literal("me"), z.literal("unassigned"), z.uuid({ error: "assignee must be me, unassigned or a user id" })]).optional(),
    status: z
      .string()
      .transform((s) => s.split(",").map((x) => x.trim().toUpperCase()).filter(Boolean))
      .pipe(z.array(z.enum(ESCALATION_STATUSES, { error: `status must be among ${ESCALATION_STATUSES.join(", ")}` })).min(1))
      .optional(),
    reason: z.enum(ESCALATION_REASONS, { error: `reason must be one of ${ESCALATION_REASONS.join(", ")}` }).optional(),
    /** Only escalations past their clock (pick-up or solution). */
    late: z.literal("true", { error: "late must be true" }).optional(),
    cursor: z.uuid({ error: "cursor is not one this API returned" }).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict();
export type ListEscalationsQuery = z.infer<typeof listEscalationsQuery>;

export const escalationIdParam = z.uuid({ error: "escalation id must be a UUID" });

/** The desk settings' routing form: the default customer-service team per reason (null: the shared queue). */
export const escalationRoutesInput = z
  .object({
    routes: z.partialRecord(
      z.enum(ESCALATION_REASONS, { error: `reason must be one of ${ESCALATION_REASONS.join(", ")}` }),
      z.preprocess((v) => (v === "" ? null : v), z.uuid({ error: "each route is a team id or null" }).nullable()),
    ),
  })
  .strict();
export type EscalationRoutesInput = z.infer<typeof escalationRoutesInput>;
