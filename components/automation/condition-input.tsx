"use client";

// The value part of one condition, shaped by its field: pills for lists (platform, language, team…), phrases for
// "text contains", a pattern box for text_pattern, numbers for sentiment and followers, yes/no for the rest.
import { AUTHOR_MARKS, CASE_STATUSES, PLATFORMS, PRIORITIES, type RuleCondition } from "@/lib/automation/rule-schema";
import { CheckboxGroup, fieldClass, NumberInput, PhraseInput, YesNo } from "./choice-inputs";
import type { Label, Lookups } from "./lookups";

export function ConditionInput({ c, onChange, lookups, L, invalid }: {
  c: RuleCondition; onChange: (c: RuleCondition) => void; lookups: Lookups; L: Label; invalid: boolean;
}) {
  const name = L(`automation.field.${c.field}`);
  const pills = <T extends string>(options: { value: T; label: string }[], value: T[]) => (
    <CheckboxGroup legend={name} options={options} value={value} invalid={invalid} testId="condition-choices"
      onChange={(next) => onChange({ ...c, in: next } as RuleCondition)} />
  );
  const op = <T extends string>(ops: readonly T[], prefix: string, value: T) => (
    <select aria-label={L("automation.builder.operator", { field: name })} value={value} className={fieldClass} data-testid="condition-op"
      onChange={(e) => onChange({ ...c, op: e.target.value } as RuleCondition)}>
      {ops.map((o) => <option key={o} value={o}>{L(`${prefix}.${o}`)}</option>)}
    </select>
  );
  const yesNo = (value: boolean) => (
    <YesNo label={name} value={value} yes={L("automation.yes")} no={L("automation.no")} testId="condition-yes-no"
      onChange={(v) => onChange({ ...c, value: v } as RuleCondition)} />
  );
  switch (c.field) {
    case "platform": return pills(PLATFORMS.map((p) => ({ value: p, label: L(`platform.${p}`) })), c.in);
    case "channel": return pills(lookups.channels.map((ch) => ({ value: ch.id, label: ch.name })), c.in);
    case "visibility": return pills((["PUBLIC", "PRIVATE"] as const).map((v) => ({ value: v, label: L(`automation.visibility.${v}`) })), c.in);
    case "language": return pills((["fr", "en"] as const).map((v) => ({ value: v, label: L(`automation.language.${v}`) })), c.in);
    case "author_mark": return pills(AUTHOR_MARKS.map((m) => ({ value: m, label: L(`automation.mark.${m}`) })), c.in);
    case "priority": return pills(PRIORITIES.map((p) => ({ value: p, label: L(`priority.${p}`) })), c.in);
    case "status": return pills(CASE_STATUSES.map((s) => ({ value: s, label: L(`status.${s}`) })), c.in);
    case "team":
      return (
        <div className="space-y-1">
          {pills(lookups.teams.filter((t) => !t.archived).map((t) => ({ value: t.id, label: t.name })), c.in)}
          <p className="text-xs text-slate-600">{L("automation.builder.teamNone")}</p>
        </div>
      );
    case "text":
      return (
        <div className="flex min-w-0 flex-1 flex-wrap items-center gap-2">
          {op(["any", "all", "none"] as const, "automation.textOp", c.op)}
          <PhraseInput label={L("automation.builder.words")} placeholder={L("automation.builder.wordsPlaceholder")} value={c.words} invalid={invalid}
            testId="condition-words" className="w-full sm:w-72" onChange={(words) => onChange({ ...c, words })} />
        </div>
      );
    case "text_pattern":
      return (
        <input aria-label={name} value={c.pattern} placeholder="https?://\S+" spellCheck={false} aria-invalid={invalid || undefined} data-testid="condition-pattern"
          onChange={(e) => onChange({ ...c, pattern: e.target.value })} className={`${fieldClass} w-full font-mono sm:w-72`} />
      );
    case "sentiment":
      return (
        <div className="flex flex-wrap items-center gap-2">
          {op(["below", "above"] as const, "automation.sentimentOp", c.op)}
          <NumberInput label={name} value={c.value} min={-100} max={100} onChange={(value) => onChange({ ...c, value })} testId="condition-number" />
          <span className="text-xs text-slate-600">{L("automation.builder.sentimentScale")}</span>
        </div>
      );
    case "followers":
      return (
        <div className="flex flex-wrap items-center gap-2">
          {op(["at_least", "below"] as const, "automation.followersOp", c.op)}
          <NumberInput label={name} value={c.value} min={0} onChange={(value) => onChange({ ...c, value })} testId="condition-number" />
        </div>
      );
    case "rating":
      return (
        <div className="flex flex-wrap items-center gap-2">
          {op(["at_most", "at_least"] as const, "automation.ratingOp", c.op)}
          <NumberInput label={name} value={c.value} min={1} max={5} onChange={(value) => onChange({ ...c, value })} testId="condition-number" />
          <span className="text-xs text-slate-600">{L("automation.builder.ratingScale")}</span>
        </div>
      );
    case "tag":
      return (
        <div className="flex flex-wrap items-center gap-2">
          {op(["has", "lacks"] as const, "automation.tagOp", c.op)}
          <input aria-label={name} value={c.value} maxLength={40} aria-invalid={invalid || undefined} data-testid="condition-tag"
            onChange={(e) => onChange({ ...c, value: e.target.value })} className={`${fieldClass} w-40`} />
        </div>
      );
    case "has_link": case "assigned": case "business_hours": case "incident":
      return yesNo(c.value);
  }
}
