// What a matching rule would do to one case (issue #22), decided without writing: the live run applies the plan
// (./apply-plan.ts) and the preview counts it (./preview-rule.ts), so a preview says what the rule then does.
// Pure. The guards are here, for rules exactly as for people:
//   - a person's change wins: a rule does not reassign, re-prioritise, re-tag or re-link what a person changed;
//   - hide_spam never hides a complaint (R1/R8), nor the message of an author with another open complaint:
//     refused, and the refusal is on the timeline with its code;
//   - the acknowledgement is private, once per case, on a private conversation or outside business hours only.
import { readsAsComplaint } from "../cases/reads-as-complaint";
import type { CaseFacts } from "./case-facts";
import type { CompiledRule } from "./evaluate-rule";
import type { RuleAction } from "./rule-schema";

export type Effect =
  | { kind: "assign_person"; userId: string; name: string }
  | { kind: "assign_team"; teamId: string; strategy: "round_robin" | "least_loaded" | "team_only" }
  | { kind: "add_tags"; tags: string[] }
  | { kind: "set_priority"; priority: string }
  | { kind: "link_incident"; incidentId: string }
  | { kind: "notify"; userIds: string[]; message: string | null }
  | { kind: "add_note"; text: string }
  | { kind: "hide_spam"; messageId: string }
  | { kind: "acknowledge"; cannedReplyId: string; body: string; toMessageId: string }
  /** `code` and `problem` say why for a reader's language (the problem: lib/incidents/taxonomy key); `reason` in English. */
  | { kind: "refused"; action: RuleAction["type"]; code: RefusalCode; problem: string | null; reason: string };

export type RefusalCode = "complaint" | "other_open_complaint" | "platform_refused";

/** What a person did on the case that rules must not undo. */
export interface PersonChanges { assigned: boolean; priority: boolean; removedTags: Set<string>; unlinked: boolean }
export const NO_PERSON_CHANGES: PersonChanges = { assigned: false, priority: false, removedTags: new Set(), unlinked: false };

/** The workspace's objects rules point at, loaded once per run (./rule-references.ts). */
export interface References {
  users: Map<string, { name: string; active: boolean }>;
  teams: Map<string, { name: string; archived: boolean; memberIds: string[] }>;
  leads: string[];
  canned: Map<string, { body: string; archived: boolean }>;
  incidents: Set<string>;
}

export interface PlanContext {
  businessOpen: boolean;
  person: PersonChanges;
  acknowledged: boolean;
  /** Open complaints of the author on other cases (hide_spam refuses then). */
  otherOpenComplaints: number;
  refs: References;
}

/** Why a rule cannot run at all (a removed team, a deactivated agent…), or null. The rule is then paused. */
export function brokenReference(rule: CompiledRule, refs: References): string | null {
  for (const a of rule.definition.actions) {
    if (a.type === "assign_person" && !refs.users.get(a.userId)?.active) return `assign_person: the member ${a.userId} is no longer active`;
    if (a.type === "assign_team" && (!refs.teams.has(a.teamId) || refs.teams.get(a.teamId)!.archived)) return `assign_team: the team ${a.teamId} was removed`;
    if (a.type === "notify" && a.to.kind === "team" && (!refs.teams.has(a.to.teamId) || refs.teams.get(a.to.teamId)!.archived)) return `notify: the team ${a.to.teamId} was removed`;
    if (a.type === "notify" && a.to.kind === "person" && !refs.users.get(a.to.userId)?.active) return `notify: the member ${a.to.userId} is no longer active`;
    if (a.type === "acknowledge" && (!refs.canned.has(a.cannedReplyId) || refs.canned.get(a.cannedReplyId)!.archived)) return `acknowledge: the canned reply ${a.cannedReplyId} was archived`;
    if (a.type === "link_incident" && !refs.incidents.has(a.incidentId)) return `link_incident: the incident ${a.incidentId} does not exist`;
  }
  return null;
}

/** Contract: the rule's references hold (brokenReference is null for ctx.refs): callers pause a broken rule first. */
export function planActions(rule: CompiledRule, f: CaseFacts, ctx: PlanContext): Effect[] {
  const effects: Effect[] = [];
  for (const a of rule.definition.actions) {
    const e = planOne(a, f, ctx);
    if (e) effects.push(e);
  }
  return effects;
}

function planOne(a: RuleAction, f: CaseFacts, ctx: PlanContext): Effect | null {
  const { refs } = ctx;
  switch (a.type) {
    case "assign_person":
      if (ctx.person.assigned || f.assigneeId === a.userId) return null;
      return { kind: "assign_person", userId: a.userId, name: refs.users.get(a.userId)!.name };
    case "assign_team":
      if (ctx.person.assigned || (f.teamId === a.teamId && (f.assigneeId !== null || a.strategy === "team_only"))) return null;
      return { kind: "assign_team", teamId: a.teamId, strategy: a.strategy };
    case "add_tags": {
      const tags = a.tags.filter((t) => !f.tags.includes(t) && !ctx.person.removedTags.has(t));
      return tags.length > 0 ? { kind: "add_tags", tags } : null;
    }
    case "set_priority":
      return ctx.person.priority || f.priority === a.priority ? null : { kind: "set_priority", priority: a.priority };
    case "link_incident":
      return ctx.person.unlinked || f.incidentId !== null ? null : { kind: "link_incident", incidentId: a.incidentId };
    case "notify": {
      const userIds = a.to.kind === "person" ? [a.to.userId] : a.to.kind === "team" ? refs.teams.get(a.to.teamId)!.memberIds : refs.leads;
      return userIds.length > 0 ? { kind: "notify", userIds, message: a.message ?? null } : null;
    }
    case "add_note":
      return { kind: "add_note", text: a.text };
    case "hide_spam": return planHide(f, ctx);
    case "acknowledge": {
      const to = f.messages.at(-1);
      if (ctx.acknowledged || !to) return null;
      const isPrivate = f.messages.some((m) => m.visibility === "PRIVATE");
      if (!isPrivate && ctx.businessOpen) return null;
      return { kind: "acknowledge", cannedReplyId: a.cannedReplyId, body: refs.canned.get(a.cannedReplyId)!.body, toMessageId: to.id };
    }
  }
}

function planHide(f: CaseFacts, ctx: PlanContext): Effect | null {
  const target = [...f.messages].reverse().find((m) => m.visibility === "PUBLIC" && m.externalId);
  if (!target) return null;
  const reading = readsAsComplaint([target.body], target.sentiment ?? f.sentiment, f.language);
  if (reading.complaint) {
    const why = reading.problem ? `it reads as a complaint (${reading.problem})` : "it reads as a complaint (negative)";
    return { kind: "refused", action: "hide_spam", code: "complaint", problem: reading.problem, reason: `Not hidden: ${why}. A complaint is answered, never hidden.` };
  }
  if (ctx.otherOpenComplaints > 0) {
    return { kind: "refused", action: "hide_spam", code: "other_open_complaint", problem: null, reason: "Not hidden: the author has another open complaint. Answer it instead." };
  }
  return { kind: "hide_spam", messageId: target.id };
}

/** A case's tags with some added: each once, sorted (as the timeline shows them). */
export const mergeTags = (tags: readonly string[], added: readonly string[]) => [...new Set([...tags, ...added])].sort();

/**
 * What an effect changes on the case's facts, so the rules after it read the case as it left it: one definition for
 * the live run (./apply-plan.ts) and the preview (./preview-simulation.ts). Who a team's rotation picks is the
 * caller's (a picker live, today's loads in the preview): it sets assigneeId itself.
 */
export function applyEffectToFacts(f: CaseFacts, e: Effect): void {
  switch (e.kind) {
    case "add_tags": f.tags = mergeTags(f.tags, e.tags); break;
    case "hide_spam": f.tags = mergeTags(f.tags, ["spam"]); break;
    case "set_priority": f.priority = e.priority; break;
    case "link_incident": f.incidentId = e.incidentId; break;
    case "assign_person": f.assigneeId = e.userId; break;
    case "assign_team": f.teamId = e.teamId; break;
    default: break;
  }
}
