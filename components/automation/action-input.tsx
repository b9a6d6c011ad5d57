"use client";

// The settings of one action, shaped by its type: who or which team to assign (and how the team shares cases),
// tags, a priority, an open incident, whom to notify, a note, or the canned reply to acknowledge with.
import { PRIORITIES, type RuleAction } from "@/lib/automation/rule-schema";
import { fieldClass, PhraseInput } from "./choice-inputs";
import type { Label, Lookups } from "./lookups";

type Option = { id: string; label: string };

function Picker({ label, value, options, onChange, choose, testId }: {
  label: string; value: string; options: Option[]; onChange: (id: string) => void; choose: string; testId: string;
}) {
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} className={`${fieldClass} max-w-full`} data-testid={testId}>
      <option value="">{choose}</option>
      {options.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
    </select>
  );
}

export function ActionInput({ a, onChange, lookups, L }: { a: RuleAction; onChange: (a: RuleAction) => void; lookups: Lookups; L: Label }) {
  const choose = L("automation.builder.choose");
  const people = lookups.people.filter((p) => p.active).map((p) => ({ id: p.id, label: p.name }));
  const teams = lookups.teams.filter((t) => !t.archived).map((t) => ({ id: t.id, label: t.name }));
  const help = (key: string) => <p className="mt-1 text-xs text-slate-600">{L(key)}</p>;
  switch (a.type) {
    case "assign_person":
      return <Picker label={L("automation.builder.person")} value={a.userId} options={people} choose={choose} testId="action-person" onChange={(userId) => onChange({ ...a, userId })} />;
    case "assign_team":
      return (
        <div className="flex flex-wrap items-center gap-2">
          <Picker label={L("automation.builder.team")} value={a.teamId} options={teams} choose={choose} testId="action-team" onChange={(teamId) => onChange({ ...a, teamId })} />
          <select aria-label={L("automation.builder.strategy")} value={a.strategy} className={fieldClass} data-testid="action-strategy"
            onChange={(e) => onChange({ ...a, strategy: e.target.value as typeof a.strategy })}>
            {(["round_robin", "least_loaded", "team_only"] as const).map((s) => <option key={s} value={s}>{L(`automation.strategy.${s}`)}</option>)}
          </select>
          <p className="w-full text-xs text-slate-600">{L(`automation.strategyHelp.${a.strategy}`)}</p>
        </div>
      );
    case "add_tags":
      return <PhraseInput label={L("automation.builder.tags")} placeholder={L("automation.builder.tagsPlaceholder")} value={a.tags} testId="action-tags" className="w-full sm:w-72" onChange={(tags) => onChange({ ...a, tags })} />;
    case "set_priority":
      return (
        <select aria-label={L("automation.builder.priority")} value={a.priority} className={fieldClass} data-testid="action-priority"
          onChange={(e) => onChange({ ...a, priority: e.target.value as typeof a.priority })}>
          {PRIORITIES.map((p) => <option key={p} value={p}>{L(`priority.${p}`)}</option>)}
        </select>
      );
    case "link_incident":
      return lookups.incidents.length === 0 ? help("automation.builder.noIncident") : (
        <Picker label={L("automation.builder.incident")} value={a.incidentId} options={lookups.incidents.map((i) => ({ id: i.id, label: i.title }))} choose={choose} testId="action-incident"
          onChange={(incidentId) => onChange({ ...a, incidentId })} />
      );
    case "notify": {
      const to = a.to;
      return (
        <div className="flex flex-wrap items-center gap-2">
          <select aria-label={L("automation.builder.notifyWho")} value={to.kind} className={fieldClass} data-testid="action-notify-kind"
            onChange={(e) => onChange({ ...a, to: e.target.value === "person" ? { kind: "person", userId: "" } : e.target.value === "team" ? { kind: "team", teamId: "" } : { kind: "leads" } })}>
            {(["leads", "person", "team"] as const).map((k) => <option key={k} value={k}>{L(`automation.notifyTo.${k}`)}</option>)}
          </select>
          {to.kind === "person" && <Picker label={L("automation.builder.person")} value={to.userId} options={people} choose={choose} testId="action-notify-person" onChange={(userId) => onChange({ ...a, to: { kind: "person", userId } })} />}
          {to.kind === "team" && <Picker label={L("automation.builder.team")} value={to.teamId} options={teams} choose={choose} testId="action-notify-team" onChange={(teamId) => onChange({ ...a, to: { kind: "team", teamId } })} />}
          <input aria-label={L("automation.builder.notifyMessage")} placeholder={L("automation.builder.notifyMessage")} value={a.message ?? ""} maxLength={300}
            onChange={(e) => onChange({ ...a, message: e.target.value || undefined })} className={`${fieldClass} w-full sm:w-72`} />
        </div>
      );
    }
    case "add_note":
      return (
        <textarea aria-label={L("automation.builder.note")} value={a.text} rows={2} maxLength={2000} data-testid="action-note"
          onChange={(e) => onChange({ ...a, text: e.target.value })} className={`${fieldClass} w-full`} />
      );
    case "hide_spam":
      return help("automation.builder.hideSpamHelp");
    case "acknowledge":
      return (
        <div>
          <Picker label={L("automation.builder.canned")} value={a.cannedReplyId} choose={choose} testId="action-canned"
            options={lookups.canned.filter((c) => !c.archived).map((c) => ({ id: c.id, label: `${c.title} (${c.language.toUpperCase()})` }))}
            onChange={(cannedReplyId) => onChange({ ...a, cannedReplyId })} />
          {help("automation.builder.acknowledgeHelp")}
        </div>
      );
  }
}
