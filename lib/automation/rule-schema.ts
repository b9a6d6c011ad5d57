// An automation rule as JSON (issue #22): when (trigger) · if (all/any conditions) · then (ordered actions).
// Shared by the rule builder, its server actions and the API; no server imports. Unknown fields are refused
// (strict objects), so a typo is a 400 naming the field, never a rule that silently does less. What a rule can do
// is only what is listed here: there is no delete, no ban and no hide of a complaint among the actions (R1/R8);
// `hide_spam` is refused on a complaint when it runs (lib/automation/plan-actions.ts).
import { z } from "zod";
import safeRegex from "safe-regex2";
import { PLATFORMS } from "../connectors/platforms";

export const RULE_TRIGGERS = ["CASE_CREATED", "MESSAGE_RECEIVED", "CASE_CHANGED", "TIME"] as const;
export type RuleTriggerCode = (typeof RULE_TRIGGERS)[number];
export { PLATFORMS };
export const PRIORITIES = ["LOW", "NORMAL", "HIGH", "URGENT"] as const;
export const AUTHOR_MARKS = ["vip", "journalist", "professional", "high_reach", "troll", "spam"] as const;
export const CASE_STATUSES = ["NEW", "OPEN", "WAITING_ON_CUSTOMER", "ESCALATED", "RESOLVED", "CLOSED"] as const;
export const MAX_RULE_WORDS = 50;
export const PATTERN_MAX = 200;

const uuid = (what: string) => z.uuid({ error: `${what} must be a UUID` });
const tag = z.string().trim().min(1, "A tag cannot be empty").max(40, "Keep a tag under 40 characters").regex(/^[^,]+$/, "A tag has no comma");

/** A regular expression that compiles and cannot run away (no nested or overlapping repetition: safe-regex2). */
const pattern = z.string().min(1).max(PATTERN_MAX, `Keep the pattern under ${PATTERN_MAX} characters`)
  .refine((p) => { try { new RegExp(p, "iu"); return true; } catch { return false; } }, "This pattern is not a valid regular expression")
  .refine((p) => safeRegex(p), "This pattern could run away (nested repetition): simplify it");

export const condition = z.discriminatedUnion("field", [
  z.object({ field: z.literal("platform"), in: z.array(z.enum(PLATFORMS)).min(1) }).strict(),
  z.object({ field: z.literal("channel"), in: z.array(uuid("channel id")).min(1) }).strict(),
  z.object({ field: z.literal("visibility"), in: z.array(z.enum(["PUBLIC", "PRIVATE"])).min(1) }).strict(),
  z.object({ field: z.literal("language"), in: z.array(z.enum(["fr", "en"])).min(1) }).strict(),
  // Words or phrases, matched through the shared text module: accents and case do not matter, and a word
  // matches its inflections and derivations ("livraison" matches "livrée", "delivery" matches "delivered").
  z.object({ field: z.literal("text"), op: z.enum(["any", "all", "none"]), words: z.array(z.string().trim().min(2).max(80)).min(1).max(MAX_RULE_WORDS) }).strict(),
  z.object({ field: z.literal("text_pattern"), pattern }).strict(),
  z.object({ field: z.literal("has_link"), value: z.boolean() }).strict(),
  z.object({ field: z.literal("sentiment"), op: z.enum(["below", "above"]), value: z.number().int().min(-100).max(100) }).strict(),
  z.object({ field: z.literal("followers"), op: z.enum(["at_least", "below"]), value: z.number().int().min(0) }).strict(),
  // A review's stars (Google): "at most 2" is the complaint a lead wants answered first. Not a review: no match.
  z.object({ field: z.literal("rating"), op: z.enum(["at_most", "at_least"]), value: z.number().int().min(1).max(5) }).strict(),
  z.object({ field: z.literal("author_mark"), in: z.array(z.enum(AUTHOR_MARKS)).min(1) }).strict(),
  z.object({ field: z.literal("tag"), op: z.enum(["has", "lacks"]), value: tag }).strict(),
  z.object({ field: z.literal("priority"), in: z.array(z.enum(PRIORITIES)).min(1) }).strict(),
  z.object({ field: z.literal("status"), in: z.array(z.enum(CASE_STATUSES)).min(1) }).strict(),
  z.object({ field: z.literal("team"), in: z.array(uuid("team id")) }).strict(), // [] = no team
  z.object({ field: z.literal("assigned"), value: z.boolean() }).strict(),
  z.object({ field: z.literal("business_hours"), value: z.boolean() }).strict(),
  z.object({ field: z.literal("incident"), value: z.boolean() }).strict(),
], { error: (i) => (i.code === "invalid_union" ? "Unknown condition field" : undefined) });
export type RuleCondition = z.infer<typeof condition>;
export type ConditionField = RuleCondition["field"];

const notifyTarget = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("person"), userId: uuid("user id") }).strict(),
  z.object({ kind: z.literal("team"), teamId: uuid("team id") }).strict(),
  z.object({ kind: z.literal("leads") }).strict(),
]);

export const action = z.discriminatedUnion("type", [
  z.object({ type: z.literal("assign_person"), userId: uuid("user id") }).strict(),
  // round_robin / least_loaded pick among the team's members who are available and under their cap.
  z.object({ type: z.literal("assign_team"), teamId: uuid("team id"), strategy: z.enum(["round_robin", "least_loaded", "team_only"]) }).strict(),
  z.object({ type: z.literal("add_tags"), tags: z.array(tag).min(1).max(10) }).strict(),
  z.object({ type: z.literal("set_priority"), priority: z.enum(PRIORITIES) }).strict(),
  z.object({ type: z.literal("link_incident"), incidentId: uuid("incident id") }).strict(),
  z.object({ type: z.literal("notify"), to: notifyTarget, message: z.string().trim().max(300).optional() }).strict(),
  z.object({ type: z.literal("add_note"), text: z.string().trim().min(1).max(2000) }).strict(),
  // Hides a public comment as spam on the platform; never a complaint, never an author with an open complaint.
  z.object({ type: z.literal("hide_spam") }).strict(),
  // A workspace-approved canned reply, sent privately, once per case, on a private conversation or outside
  // business hours only (a public auto-reply is the pasted canned answer of the seeds).
  z.object({ type: z.literal("acknowledge"), cannedReplyId: uuid("canned reply id") }).strict(),
], { error: (i) => (i.code === "invalid_union" ? "Unknown action type" : undefined) });
export type RuleAction = z.infer<typeof action>;
export type ActionType = RuleAction["type"];

export const timeCondition = z.discriminatedUnion("kind", [
  // No answer the customer can see, N business minutes after they wrote (the SLA policy's calendar).
  z.object({ kind: z.literal("no_first_reply"), minutes: z.number().int().min(1).max(60 * 24 * 30) }).strict(),
  // Waiting on the customer for N days.
  z.object({ kind: z.literal("pending"), days: z.number().int().min(1).max(365) }).strict(),
  // A running SLA clock past the policy's at-risk share.
  z.object({ kind: z.literal("sla_at_risk") }).strict(),
]);
export type TimeCondition = z.infer<typeof timeCondition>;

export const ruleDefinition = z.object({
  trigger: z.enum(RULE_TRIGGERS),
  /** Only for trigger TIME. */
  time: timeCondition.optional(),
  match: z.enum(["all", "any"]).default("all"),
  conditions: z.array(condition).max(20).default([]),
  actions: z.array(action).min(1, "A rule needs at least one action").max(10),
  /** Later rules do not run on a case this rule acted on. */
  stop: z.boolean().default(false),
}).strict().superRefine((d, ctx) => {
  if (d.trigger === "TIME" && !d.time) ctx.addIssue({ code: "custom", path: ["time"], message: "A time rule needs its time condition" });
  if (d.trigger !== "TIME" && d.time) ctx.addIssue({ code: "custom", path: ["time"], message: "Only a time rule has a time condition" });
  const assigns = d.actions.filter((a) => a.type === "assign_person" || a.type === "assign_team").length;
  if (assigns > 1) ctx.addIssue({ code: "custom", path: ["actions"], message: "A rule assigns at most once" });
});
export type RuleDefinition = z.infer<typeof ruleDefinition>;

const name = z.string().trim().min(2, "Give the rule a name").max(100, "Keep the name under 100 characters");

export const ruleInput = z.object({ name, enabled: z.boolean().default(false), definition: ruleDefinition }).strict();
export type RuleInput = z.infer<typeof ruleInput>;

export const rulePatch = z.object({
  name: name.optional(),
  enabled: z.boolean().optional(),
  definition: ruleDefinition.optional(),
  /** 0-based place among the workspace's rules; the others shift. */
  position: z.number().int().min(0).max(1000).optional(),
  archived: z.literal(true).optional(),
}).strict().refine((p) => Object.values(p).some((v) => v !== undefined), { message: "Nothing to change" });
export type RulePatch = z.infer<typeof rulePatch>;

export const previewInput = z.object({ days: z.union([z.literal(7), z.literal(30)]).default(30) }).strict();
export const ruleId = uuid("rule id");

/** An agent's presence and cap (issue #22 item 4): anyone sets their own availability; a lead sets anyone's, and caps. */
export const availabilityInput = z.object({
  available: z.boolean().optional(),
  caseCap: z.number().int().min(1, "A cap is at least 1 (or null: no cap)").max(1000).nullable().optional(),
}).strict().refine((p) => p.available !== undefined || p.caseCap !== undefined, { message: "Nothing to change: send available or caseCap" });
export type AvailabilityInput = z.infer<typeof availabilityInput>;
