// A rule in one line of words, for the list of rules and the preview: when it runs, what it looks at, what it does
// ("A case is created · all of: text contains any of “livraison” · then: tag livraison, give to the team
// Logistique (round-robin)"). Pure and shared by server and client; names come from the page's lookups.
import type { RuleAction, RuleCondition, RuleDefinition } from "@/lib/automation/rule-schema";
import type { Effect } from "@/lib/automation/plan-actions";
import { nameOf, titleOf, type Label, type Lookups } from "./lookups";


export function triggerText(def: RuleDefinition, L: Label): string {
  if (def.trigger !== "TIME" || !def.time) return L(`automation.trigger.${def.trigger}`);
  const t = def.time;
  return t.kind === "no_first_reply" ? L("automation.time.no_first_reply", { minutes: t.minutes })
    : t.kind === "pending" ? L("automation.time.pending", { days: t.days }) : L("automation.time.sla_at_risk");
}

export function conditionText(c: RuleCondition, L: Label, lookups: Lookups): string {
  const field = L(`automation.field.${c.field}`);
  const list = (values: string[]) => L("automation.sum.in", { field, values: values.join(", ") });
  switch (c.field) {
    case "platform": return list(c.in.map((p) => L(`platform.${p}`)));
    case "channel": return list(c.in.map((id) => nameOf(lookups.channels, id)));
    case "visibility": return list(c.in.map((v) => L(`automation.visibility.${v}`)));
    case "language": return list(c.in.map((v) => L(`automation.language.${v}`)));
    case "author_mark": return list(c.in.map((m) => L(`automation.mark.${m}`)));
    case "priority": return list(c.in.map((p) => L(`priority.${p}`)));
    case "status": return list(c.in.map((s) => L(`status.${s}`)));
    case "team": return c.in.length === 0 ? L("automation.sum.noTeam") : list(c.in.map((id) => nameOf(lookups.teams, id)));
    case "text": return L(`automation.sum.text.${c.op}`, { words: c.words.map((word) => L("automation.sum.quoted", { word })).join(", ") });
    case "text_pattern": return L("automation.sum.pattern", { pattern: c.pattern });
    case "sentiment": return L(`automation.sum.sentiment.${c.op}`, { value: c.value });
    case "followers": return L(`automation.sum.followers.${c.op}`, { value: c.value });
    case "rating": return L(`automation.sum.rating.${c.op}`, { value: c.value });
    case "tag": return L(`automation.sum.tag.${c.op}`, { tag: c.value });
    case "has_link": case "assigned": case "business_hours": case "incident": return L(`automation.sum.${c.field}.${c.value ? "yes" : "no"}`);
  }
}

export function actionText(a: RuleAction, L: Label, lookups: Lookups): string {
  switch (a.type) {
    case "assign_person": return L("automation.sum.assign_person", { name: nameOf(lookups.people, a.userId) });
    case "assign_team": return L("automation.sum.assign_team", { team: nameOf(lookups.teams, a.teamId), strategy: L(`automation.strategy.${a.strategy}`) });
    case "add_tags": return L("automation.sum.add_tags", { tags: a.tags.join(", ") });
    case "set_priority": return L("automation.sum.set_priority", { priority: L(`priority.${a.priority}`) });
    case "link_incident": return L("automation.sum.link_incident", { title: titleOf(lookups.incidents, a.incidentId) });
    case "notify":
      return a.to.kind === "leads" ? L("automation.sum.notify.leads")
        : a.to.kind === "person" ? L("automation.sum.notify.person", { name: nameOf(lookups.people, a.to.userId) })
        : L("automation.sum.notify.team", { team: nameOf(lookups.teams, a.to.teamId) });
    case "add_note": return L("automation.sum.add_note");
    case "hide_spam": return L("automation.sum.hide_spam");
    case "acknowledge": return L("automation.sum.acknowledge", { title: titleOf(lookups.canned, a.cannedReplyId) });
  }
}

/** "All of: … · …", "Any of: …", or "Every case" when there is no condition. */
export function conditionsText(def: RuleDefinition, L: Label, lookups: Lookups): string {
  if (def.conditions.length === 0) return L("automation.sum.always");
  return L(`automation.sum.${def.match}`, { list: def.conditions.map((c) => conditionText(c, L, lookups)).join(" · ") });
}

export function actionsText(def: RuleDefinition, L: Label, lookups: Lookups): string {
  return L("automation.sum.then", { list: def.actions.map((a) => actionText(a, L, lookups)).join(" · ") });
}

/** What the preview says a rule would have done to one case. */
export function effectText(e: Effect, L: Label, lookups: Lookups): string {
  switch (e.kind) {
    case "assign_person": return L("automation.sum.assign_person", { name: e.name });
    case "notify": return L("automation.effect.notify", { count: e.userIds.length });
    case "refused": return L("automation.effect.refused", { action: L(`automation.action.${e.action}`) });
    case "assign_team": return actionText({ type: "assign_team", teamId: e.teamId, strategy: e.strategy }, L, lookups);
    case "add_tags": return actionText({ type: "add_tags", tags: e.tags }, L, lookups);
    case "set_priority": return L("automation.sum.set_priority", { priority: L(`priority.${e.priority}`) });
    case "link_incident": return actionText({ type: "link_incident", incidentId: e.incidentId }, L, lookups);
    case "add_note": return L("automation.sum.add_note");
    case "hide_spam": return L("automation.sum.hide_spam");
    case "acknowledge": return actionText({ type: "acknowledge", cannedReplyId: e.cannedReplyId }, L, lookups);
  }
}
