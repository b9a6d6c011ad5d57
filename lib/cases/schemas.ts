// Case query inputs, shared by pages and /api/v1 routes. No server imports here.
import { z } from "zod";
import { CASE_STATUSES } from "./case-status";

const cursorPayload = z.object({ t: z.iso.datetime(), id: z.uuid() });
export type CaseCursor = z.infer<typeof cursorPayload>;

export function encodeCursor(c: CaseCursor): string {
  return Buffer.from(JSON.stringify(c)).toString("base64url");
}

const cursorSchema = z.string().max(200).transform((s, ctx) => {
  try {
    return cursorPayload.parse(JSON.parse(Buffer.from(s, "base64url").toString("utf8")));
  } catch {
    ctx.addIssue({ code: "custom", message: "cursor is not one this API returned" });
    return z.NEVER;
  }
});

export const listCasesQuery = z
  .object({
    status: z
      .string()
      .transform((s) => s.split(",").map((x) => x.trim().toUpperCase()).filter(Boolean))
      .pipe(z.array(z.enum(CASE_STATUSES, { error: `status must be among ${CASE_STATUSES.join(", ")}` })).min(1))
      .optional(),
    q: z.string().trim().min(1).max(200).optional(),
    assignee: z.union([z.literal("me"), z.literal("unassigned"), z.uuid({ error: "assignee must be me, unassigned or a user id" })]).optional(),
    platform: z.enum(["facebook", "x"]).optional(),
    cursor: cursorSchema.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict();

export type ListCasesQuery = z.infer<typeof listCasesQuery>;

/** URLSearchParams → plain object; a repeated key is an error rather than silently dropped. */
export function searchParamsObject(sp: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of sp) {
    if (k in out) throw new z.ZodError([{ code: "custom", path: [k], message: "given more than once", input: v }]);
    out[k] = v;
  }
  return out;
}

export const caseIdParam = z.uuid({ error: "case id must be a UUID" });
