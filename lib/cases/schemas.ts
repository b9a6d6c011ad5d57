// Case query inputs, shared by pages and /api/v1 routes. No server imports here.
import { z } from "zod";
import { PLATFORM_PARAMS } from "../connectors/platforms";
import { CASE_STATUSES } from "./case-status";
import { isoDayOrTime } from "../validation/dates";
import { MAX_SNOOZE_DAYS } from "./snooze-rule";

/** The platforms a list can be filtered on: the one platform list (lib/connectors/platforms.ts). */
export const PLATFORM_FILTERS = PLATFORM_PARAMS;

// `t`: the sort time of the page's last case; a page ranked by relevance also carries that case's score `s` and
// the instant `n` its scores were computed at, so the next page ranks with the same clock.
const cursorPayload = z.object({ t: z.iso.datetime(), id: z.uuid(), s: z.number().optional(), n: z.iso.datetime().optional() });
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

// "snoozed": the cases put to sleep (./snooze-rule.ts), which every other view leaves out while they sleep.
export const SAVED_VIEWS = ["mine", "unassigned", "late", "escalated", "snoozed"] as const;
export type SavedView = (typeof SAVED_VIEWS)[number];

export const CASE_SORTS = ["relevance", "recent"] as const;

export const listCasesQuery = z
  .object({
    status: z
      .string()
      .transform((s) => s.split(",").map((x) => x.trim().toUpperCase()).filter(Boolean))
      .pipe(z.array(z.enum(CASE_STATUSES, { error: `status must be among ${CASE_STATUSES.join(", ")}` })).min(1))
      .optional(),
    q: z.string().trim().min(1).max(200).optional(),
    assignee: z.union([z.literal("me"), z.literal("unassigned"), z.uuid({ error: "assignee must be me, unassigned or a user id" })]).optional(),
    platform: z.enum(PLATFORM_FILTERS, { error: `platform must be among ${PLATFORM_FILTERS.join(", ")}` }).optional(),
    channel: z.uuid({ error: "channel must be a channel id" }).optional(),
    priority: z
      .string()
      .transform((s) => s.split(",").map((x) => x.trim().toUpperCase()).filter(Boolean))
      .pipe(z.array(z.enum(["LOW", "NORMAL", "HIGH", "URGENT"], { error: "priority must be among LOW, NORMAL, HIGH, URGENT" })).min(1))
      .optional(),
    tag: z.string().trim().toLowerCase().min(1).max(40).optional(),
    incident: z.union([z.literal("any"), z.literal("none"), z.uuid({ error: "incident must be any, none or an incident id" })]).optional(),
    language: z.enum(["fr", "en"]).optional(),
    /** Opened in [from, to) (dashboard drill-down): an ISO date or date-time. */
    from: isoDayOrTime("from").optional(),
    to: isoDayOrTime("to").optional(),
    /** SLA state: late now, at risk now, first response within target (met) or not (missed). */
    sla: z.enum(["late", "at_risk", "met", "missed"]).optional(),
    reopened: z.literal("true").transform(() => true).optional(),
    /** Saved views: shortcuts for common filter sets. */
    view: z.enum(SAVED_VIEWS).optional(),
    /** With a search: "relevance" (the default when the search has words: best match first, recent ones ahead)
     *  or "recent" (newest activity first, as without a search). */
    sort: z.enum(CASE_SORTS, { error: `sort must be among ${CASE_SORTS.join(", ")}` }).optional(),
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

export const PRIORITIES = ["LOW", "NORMAL", "HIGH", "URGENT"] as const;

const tag = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}_-]{0,39}$/u, "tags are letters, digits, - and _ (40 at most)");

/** One change to a case (PATCH /api/v1/cases/{id}, the case page, bulk actions). */
export const casePatch = z
  .object({
    status: z.enum(CASE_STATUSES).optional(),
    priority: z.enum(PRIORITIES).optional(),
    /** A user id, "me", or null to unassign. */
    assigneeId: z.union([z.uuid(), z.literal("me"), z.null()]).optional(),
    teamId: z.union([z.uuid(), z.null()]).optional(),
    /** Replaces the tags… */
    tags: z.array(tag).max(20).optional(),
    /** …or adds/removes some (bulk actions). */
    addTags: z.array(tag).max(20).optional(),
    removeTags: z.array(tag).max(20).optional(),
    /** Required to move a case to ESCALATED: what customer service needs to know (R10). */
    escalationReason: z.string().trim().min(5, "Say what customer service must do").max(2000).optional(),
  })
  .strict()
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: "Nothing to change" })
  .refine((p) => p.status !== "ESCALATED" || p.escalationReason, {
    message: "An escalation needs a reason for customer service",
    path: ["escalationReason"],
  });

export type CasePatch = z.infer<typeof casePatch>;

export const bulkPatch = z
  .object({ caseIds: z.array(z.uuid()).min(1).max(200), patch: casePatch })
  .strict();

export const noteInput = z.object({ text: z.string().trim().min(1, "Write the note first").max(5000) }).strict();

export const NO_REPLY_REASONS = ["PRAISE", "SPAM", "OFF_TOPIC", "DUPLICATE"] as const;
/** "No reply needed": why this case needs no answer (issue #26 item 4), with an optional word for the team. */
export const noReplyInput = z
  .object({
    reason: z.enum(NO_REPLY_REASONS, { error: "reason must be PRAISE, SPAM, OFF_TOPIC or DUPLICATE" }),
    note: z.string().trim().max(500).optional(),
  })
  .strict();
export type NoReplyInput = z.infer<typeof noReplyInput>;

/** Snooze a case until an instant (with its offset: the form sends the workspace's local time as one), at most
 *  MAX_SNOOZE_DAYS ahead; an optional word on what we wait for. The future check is the use case's (its `now`). */
export const snoozeInput = z
  .object({
    until: z.iso.datetime({ offset: true, error: "until must be an ISO date-time with its offset" }).transform((s) => new Date(s)),
    note: z.string().trim().max(500).optional(),
  })
  .strict();
export type SnoozeInput = z.infer<typeof snoozeInput>;
export const SNOOZE_MAX_MS = MAX_SNOOZE_DAYS * 86_400_000;
