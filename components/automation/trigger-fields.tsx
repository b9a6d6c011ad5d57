"use client";

// "When" a rule runs: on a new case, a customer's message, a change of the case, or a time condition (no first
// reply after N business minutes, waiting on the customer N days, an SLA clock at risk) with its number.
import { RULE_TRIGGERS, type RuleDefinition, type RuleTriggerCode, type TimeCondition } from "@/lib/automation/rule-schema";
import { fieldClass, NumberInput } from "./choice-inputs";
import type { Label } from "./lookups";
import { newTime, TIME_KINDS, withTrigger } from "./rule-draft";

export function TriggerFields({ def, onChange, L, errors }: { def: RuleDefinition; onChange: (d: RuleDefinition) => void; L: Label; errors: string[] }) {
  const time = def.time;
  const setTime = (t: TimeCondition) => onChange({ ...def, time: t });
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <select aria-label={L("automation.builder.trigger")} value={def.trigger} className={fieldClass} data-testid="rule-trigger"
          onChange={(e) => onChange(withTrigger(def, e.target.value as RuleTriggerCode))}>
          {RULE_TRIGGERS.map((t) => <option key={t} value={t}>{L(`automation.trigger.${t}`)}</option>)}
        </select>
        {time && (
          <>
            <select aria-label={L("automation.builder.timeKind")} value={time.kind} className={fieldClass} data-testid="rule-time-kind"
              onChange={(e) => setTime(newTime(e.target.value as TimeCondition["kind"]))}>
              {TIME_KINDS.map((k) => <option key={k} value={k}>{L(`automation.timeKind.${k}`)}</option>)}
            </select>
            {time.kind === "no_first_reply" && (
              <span className="inline-flex items-center gap-1 text-sm">
                <NumberInput label={L("automation.builder.minutes")} value={time.minutes} min={1} onChange={(minutes) => setTime({ ...time, minutes })} testId="rule-time-number" className="w-24" />
                {L("automation.builder.minutes")}
              </span>
            )}
            {time.kind === "pending" && (
              <span className="inline-flex items-center gap-1 text-sm">
                <NumberInput label={L("automation.builder.days")} value={time.days} min={1} max={365} onChange={(days) => setTime({ ...time, days })} testId="rule-time-number" className="w-24" />
                {L("automation.builder.days")}
              </span>
            )}
          </>
        )}
      </div>
      <p className="text-xs text-slate-600">{L(`automation.triggerHelp.${def.trigger}`)}</p>
      {errors.length > 0 && <ul className="text-xs text-rose-800">{[...new Set(errors)].map((e) => <li key={e}>{e}</li>)}</ul>}
    </div>
  );
}
