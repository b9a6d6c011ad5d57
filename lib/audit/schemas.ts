// Filters of the audit-log viewer and its API/CSV export. No server imports.
import { z } from "zod";
import { AuditAction } from "../generated/prisma/enums";
import { isoDay } from "../validation/dates";

export const AUDIT_ACTIONS = Object.values(AuditAction) as [AuditAction, ...AuditAction[]];

const empty = (v: unknown) => (v === "" ? undefined : v);

export const auditQuery = z
  .object({
    actor: z.preprocess(empty, z.uuid({ error: "actor must be a user id" }).optional()),
    action: z.preprocess(empty, z.enum(AUDIT_ACTIONS, { error: "action: unknown audit action" }).optional()),
    case: z.preprocess(empty, z.coerce.number({ error: "case must be a case number" }).int().positive().optional()),
    from: z.preprocess(empty, isoDay("from").optional()),
    to: z.preprocess(empty, isoDay("to").optional()),
    cursor: z.preprocess(empty, z.string().regex(/^\d{1,19}$/, "cursor comes from nextCursor").optional()),
    limit: z.preprocess(empty, z.coerce.number().int().min(1).max(500).default(100)),
    format: z.preprocess(empty, z.enum(["json", "csv"]).default("json")),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from must not be after to" });
export type AuditQuery = z.infer<typeof auditQuery>;
