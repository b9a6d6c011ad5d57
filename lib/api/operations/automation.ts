// Automation rules (issue #22): list, create, read, change (enabled, definition, order, archive) and preview a
// rule; agents' load, availability and caps. Rules are JSON validated by lib/automation/rule-schema.ts, the same
// schema the builder's form uses. Never deleted (DELETE answers 405).
import { z } from "zod";
import { listAgentLoad } from "../../automation/agent-load";
import { createRule } from "../../automation/create-rule";
import { getRule, listRules } from "../../automation/list-rules";
import { previewSavedRule } from "../../automation/preview-rule";
import { availabilityInput, previewInput, ruleInput, rulePatch } from "../../automation/rule-schema";
import { setAvailability } from "../../automation/set-availability";
import { updateRule } from "../../automation/update-rule";
import { getPrisma } from "../../server/db";
import { jsonOperation } from "../operation";
import { dataOf, id, isoDate, nullableDate } from "./wire";

const ruleParams = z.object({ id: z.uuid({ error: "rule id must be a UUID" }) });

const rule = z.looseObject({
  id, name: z.string(), trigger: z.enum(["CASE_CREATED", "MESSAGE_RECEIVED", "CASE_CHANGED", "TIME"]), version: z.number().int(),
  position: z.number().int(), enabled: z.boolean(), state: z.enum(["enabled", "disabled", "paused", "archived"]),
  pausedReason: z.string().nullable(), pausedAt: nullableDate, archivedAt: nullableDate,
  definition: z.looseObject({ trigger: z.string(), match: z.enum(["all", "any"]), conditions: z.array(z.looseObject({ field: z.string() })), actions: z.array(z.looseObject({ type: z.string() })), stop: z.boolean() }).nullable(),
  createdAt: isoDate, updatedAt: isoDate,
});

export const listRulesOp = jsonOperation({
  method: "GET", path: "/api/v1/rules", tag: "Automation", summary: "The workspace's automation rules in their order (archived ones too with ?archived=true)",
  access: { permission: "automation.manage" }, query: z.object({ archived: z.enum(["true", "false"]).optional() }), status: 200,
  response: dataOf(z.array(rule)),
  handler: async ({ member, query }) => ({ data: await listRules(await getPrisma(), member, { archived: query.archived === "true" }) }),
});

export const createRuleOp = jsonOperation({
  method: "POST", path: "/api/v1/rules", tag: "Automation",
  summary: "Add a rule (when · if · then), last in the order, disabled unless enabled: true; an unknown field, a removed team or a pattern that could run away is a 400 naming the field",
  access: { permission: "automation.manage" }, body: ruleInput, status: 201, response: dataOf(rule),
  handler: async ({ member, body }) => ({ data: await createRule(await getPrisma(), member, body) }),
});

export const getRuleOp = jsonOperation({
  method: "GET", path: "/api/v1/rules/{id}", tag: "Automation", summary: "One rule, with its last 20 versions",
  access: { permission: "automation.manage" }, params: ruleParams, status: 200,
  response: dataOf(rule.extend({ versions: z.array(z.looseObject({ version: z.number().int(), name: z.string(), createdAt: isoDate })) })),
  handler: async ({ member, params }) => ({ data: await getRule(await getPrisma(), member, params.id) }),
});

export const patchRuleOp = jsonOperation({
  method: "PATCH", path: "/api/v1/rules/{id}", tag: "Automation",
  summary: "Change a rule: enabled (true also lifts a pause), name or definition (a new version), position in the order, or archived: true; never deleted",
  access: { permission: "automation.manage" }, params: ruleParams, body: rulePatch, status: 200, response: dataOf(rule),
  handler: async ({ member, params, body }) => ({ data: await updateRule(await getPrisma(), member, params.id, body) }),
});

const effect = z.looseObject({ kind: z.string() });
export const previewRuleOp = jsonOperation({
  method: "POST", path: "/api/v1/rules/{id}/preview", tag: "Automation",
  summary: "What the rule would have done over the last 7 or 30 days: cases matched, a sample with what it would do to each, the count of each action, and the cases a guard would refuse; nothing is written",
  access: { permission: "automation.manage" }, params: ruleParams, body: previewInput, status: 200,
  response: dataOf(z.looseObject({
    days: z.number().int(), scanned: z.number().int(), matched: z.number().int(), actions: z.record(z.string(), z.number().int()),
    assignees: z.array(z.looseObject({ userId: id.nullable(), name: z.string().nullable(), cases: z.number().int() })), broken: z.string().nullable(),
    sample: z.array(z.looseObject({ id, number: z.number().int(), preview: z.string(), platform: z.string(), openedAt: isoDate, effects: z.array(effect) })),
    refused: z.array(z.looseObject({
      id, number: z.number().int(), action: z.string(), code: z.enum(["complaint", "other_open_complaint", "platform_refused"]),
      problem: z.string().nullable(), reason: z.string(),
    })),
  })),
  handler: async ({ member, params, body }) => ({ data: await previewSavedRule(await getPrisma(), member, params.id, body.days) }),
});

export const agentLoadOp = jsonOperation({
  method: "GET", path: "/api/v1/agents/load", tag: "Automation", summary: "Open cases held by each active member, with their cap, availability and team",
  access: { permission: "automation.manage" }, status: 200,
  response: dataOf(z.array(z.looseObject({
    userId: id, name: z.string(), role: z.string(), teamId: id.nullable(), teamName: z.string().nullable(), available: z.boolean(),
    caseCap: z.number().int().nullable(), open: z.number().int(),
  }))),
  handler: async ({ member }) => ({ data: await listAgentLoad(await getPrisma(), member) }),
});

const availability = dataOf(z.looseObject({ userId: id, available: z.boolean(), caseCap: z.number().int().nullable() }));

export const setAgentOp = jsonOperation({
  method: "PATCH", path: "/api/v1/agents/{id}", tag: "Automation",
  summary: "A lead sets a member's availability for new cases and open-case cap (null: none); round-robin and least-loaded skip who is unavailable or full",
  access: { permission: "automation.manage" }, params: z.object({ id: z.uuid({ error: "user id must be a UUID" }) }), body: availabilityInput, status: 200,
  response: availability,
  handler: async ({ member, params, body }) => ({ data: await setAvailability(await getPrisma(), member, params.id, body) }),
});

export const setMyAvailabilityOp = jsonOperation({
  method: "PUT", path: "/api/v1/me/availability", tag: "Automation",
  summary: "Say whether you are available for new cases (round-robin skips you when not)",
  access: { permission: "presence.set_own" }, body: z.object({ available: z.boolean() }).strict(), status: 200, response: availability,
  handler: async ({ member, body }) => ({ data: await setAvailability(await getPrisma(), member, member.userId, body) }),
});

export const AUTOMATION_OPERATIONS = [listRulesOp, createRuleOp, getRuleOp, patchRuleOp, previewRuleOp, agentLoadOp, setAgentOp, setMyAvailabilityOp];
