// The rule builder's working copy: a rule definition as lib/automation/rule-schema.ts describes it, which may be
// incomplete while the lead edits it (an empty list, a picker not chosen yet). The server parses it with the same
// schema and names what is wrong field by field, so nothing is validated twice in two ways. Pure: no React.
import type { ActionType, ConditionField, RuleAction, RuleCondition, RuleDefinition, RuleTriggerCode, TimeCondition } from "@/lib/automation/rule-schema";

export interface Draft { name: string; definition: RuleDefinition }

/** In the order the "Add a condition" menu offers them: what leads reach for first comes first. */
export const CONDITION_FIELDS: ConditionField[] = [
  "text", "text_pattern", "platform", "channel", "visibility", "language", "sentiment", "followers", "rating", "author_mark",
  "tag", "priority", "status", "team", "assigned", "business_hours", "has_link", "incident",
];
export const ACTION_TYPES: ActionType[] = [
  "assign_person", "assign_team", "add_tags", "set_priority", "link_incident", "notify", "add_note", "hide_spam", "acknowledge",
];
export const TIME_KINDS: TimeCondition["kind"][] = ["no_first_reply", "pending", "sla_at_risk"];

export const EMPTY_DRAFT: Draft = { name: "", definition: { trigger: "CASE_CREATED", match: "all", conditions: [], actions: [], stop: false } };

/** A new condition of `field` with a value that reads sensibly (lists start empty: the lead picks). */
export function newCondition(field: ConditionField): RuleCondition {
  switch (field) {
    case "text": return { field, op: "any", words: [] };
    case "text_pattern": return { field, pattern: "" };
    case "sentiment": return { field, op: "below", value: -30 };
    case "followers": return { field, op: "at_least", value: 10_000 };
    case "rating": return { field, op: "at_most", value: 2 };
    case "tag": return { field, op: "has", value: "" };
    case "has_link": case "incident": return { field, value: true };
    case "assigned": case "business_hours": return { field, value: false };
    case "platform": case "channel": case "visibility": case "language": case "author_mark": case "priority": case "status": case "team":
      return { field, in: [] } as RuleCondition;
  }
}

/** A new action of `type`; pickers start on "Choose…" (an empty id) so nothing is chosen for the lead. */
export function newAction(type: ActionType): RuleAction {
  switch (type) {
    case "assign_person": return { type, userId: "" };
    case "assign_team": return { type, teamId: "", strategy: "round_robin" };
    case "add_tags": return { type, tags: [] };
    case "set_priority": return { type, priority: "HIGH" };
    case "link_incident": return { type, incidentId: "" };
    case "notify": return { type, to: { kind: "leads" } };
    case "add_note": return { type, text: "" };
    case "hide_spam": return { type };
    case "acknowledge": return { type, cannedReplyId: "" };
  }
}

export function newTime(kind: TimeCondition["kind"]): TimeCondition {
  return kind === "no_first_reply" ? { kind, minutes: 30 } : kind === "pending" ? { kind, days: 3 } : { kind };
}

/** Changing the trigger adds or drops the time condition, which only a time rule has. */
export function withTrigger(def: RuleDefinition, trigger: RuleTriggerCode): RuleDefinition {
  const { time, ...rest } = def;
  return trigger === "TIME" ? { ...rest, trigger, time: time ?? newTime("no_first_reply") } : { ...rest, trigger };
}

export const replaceAt = <T,>(list: T[], i: number, item: T) => list.map((x, j) => (j === i ? item : x));
export const removeAt = <T,>(list: T[], i: number) => list.filter((_, j) => j !== i);

/** The messages of the fields at or under `path` ("definition.conditions.2"), keys as the server action sends them. */
export function errorsAt(fieldErrors: Record<string, string>, path: string): string[] {
  return Object.entries(fieldErrors).filter(([k]) => k === path || k.startsWith(`${path}.`)).map(([, v]) => v);
}

/** A row's messages; a picker left on "Choose…" reads "choose one" rather than the schema's "team id must be a UUID". */
export function rowErrors(fieldErrors: Record<string, string>, path: string, item: object, chooseOne: string): string[] {
  return Object.entries(fieldErrors).filter(([k]) => k === path || k.startsWith(`${path}.`)).map(([k, message]) => {
    const sub = k.slice(path.length + 1);
    const value = sub.split(".").reduce<unknown>((v, part) => (v && typeof v === "object" ? (v as Record<string, unknown>)[part] : undefined), item);
    return /Id$/.test(sub) && value === "" ? chooseOne : message;
  });
}
