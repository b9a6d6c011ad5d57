"use client";

// The builder's two lists: the conditions ("if") and the actions ("then"), each line added from a menu, changed
// in place and removed, with the server's messages under the line they are about.
import { useState } from "react";
import type { ActionType, ConditionField, RuleAction, RuleCondition } from "@/lib/automation/rule-schema";
import { ActionInput } from "./action-input";
import { BuilderRow } from "./builder-row";
import { fieldClass } from "./choice-inputs";
import { ConditionInput } from "./condition-input";
import type { Label, Lookups } from "./lookups";
import { ACTION_TYPES, CONDITION_FIELDS, newAction, newCondition, removeAt, replaceAt, rowErrors } from "./rule-draft";

// Rows keep their own typing state (a phrase list as typed), so each needs a key that survives a removal above it.
let seq = 0;
function useRowKeys(n: number) {
  const [keys, setKeys] = useState(() => Array.from({ length: n }, () => ++seq));
  return { key: (i: number) => keys[i] ?? `row-${i}`, add: () => setKeys((k) => [...k, ++seq]), remove: (i: number) => setKeys((k) => removeAt(k, i)) };
}

function AddMenu<T extends string>({ label, options, onAdd, testId }: { label: string; options: { value: T; label: string }[]; onAdd: (v: T) => void; testId: string }) {
  return (
    <select aria-label={label} value="" data-testid={testId} className={`${fieldClass} text-brand`}
      onChange={(e) => { if (e.target.value) onAdd(e.target.value as T); }}>
      <option value="">{`+ ${label}`}</option>
      {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
    </select>
  );
}

export function ConditionList({ conditions, onChange, lookups, L, fieldErrors }: {
  conditions: RuleCondition[]; onChange: (c: RuleCondition[]) => void; lookups: Lookups; L: Label; fieldErrors: Record<string, string>;
}) {
  const fields = CONDITION_FIELDS.map((f) => ({ value: f, label: L(`automation.field.${f}`) }));
  const rows = useRowKeys(conditions.length);
  return (
    <div className="space-y-2">
      {conditions.length === 0 && <p className="text-sm text-slate-600">{L("automation.builder.noConditions")}</p>}
      <ol className="space-y-2">
        {conditions.map((c, i) => {
          const errors = rowErrors(fieldErrors, `definition.conditions.${i}`, c, L("automation.builder.chooseOne"));
          return (
            <BuilderRow key={rows.key(i)} kind={c.field} testId="condition" errors={errors} removeLabel={L("automation.builder.removeCondition", { n: i + 1 })}
              onRemove={() => { rows.remove(i); onChange(removeAt(conditions, i)); }}
              selector={
                <select aria-label={L("automation.builder.conditionField", { n: i + 1 })} value={c.field} className={fieldClass} data-testid="condition-field"
                  onChange={(e) => onChange(replaceAt(conditions, i, newCondition(e.target.value as ConditionField)))}>
                  {fields.map((f) => <option key={f.value} value={f.value}>{f.label}</option>)}
                </select>
              }>
              <ConditionInput c={c} lookups={lookups} L={L} invalid={errors.length > 0} onChange={(next) => onChange(replaceAt(conditions, i, next))} />
            </BuilderRow>
          );
        })}
      </ol>
      {conditions.length < 20 && <AddMenu label={L("automation.builder.addCondition")} options={fields} testId="add-condition" onAdd={(f) => { rows.add(); onChange([...conditions, newCondition(f)]); }} />}
    </div>
  );
}

export function ActionList({ actions, onChange, lookups, L, fieldErrors }: {
  actions: RuleAction[]; onChange: (a: RuleAction[]) => void; lookups: Lookups; L: Label; fieldErrors: Record<string, string>;
}) {
  const types = ACTION_TYPES.map((t) => ({ value: t, label: L(`automation.action.${t}`) }));
  const rows = useRowKeys(actions.length);
  return (
    <div className="space-y-2">
      <ol className="space-y-2">
        {actions.map((a, i) => (
          <BuilderRow key={rows.key(i)} kind={a.type} testId="action" errors={rowErrors(fieldErrors, `definition.actions.${i}`, a, L("automation.builder.chooseOne"))}
            removeLabel={L("automation.builder.removeAction", { n: i + 1 })} onRemove={() => { rows.remove(i); onChange(removeAt(actions, i)); }}
            selector={
              <select aria-label={L("automation.builder.actionType", { n: i + 1 })} value={a.type} className={fieldClass} data-testid="action-type"
                onChange={(e) => onChange(replaceAt(actions, i, newAction(e.target.value as ActionType)))}>
                {types.map((t) => <option key={t.value} value={t.value}>{t.label}</option>)}
              </select>
            }>
            <ActionInput a={a} lookups={lookups} L={L} onChange={(next) => onChange(replaceAt(actions, i, next))} />
          </BuilderRow>
        ))}
      </ol>
      {actions.length < 10 && <AddMenu label={L("automation.builder.addAction")} options={types} testId="add-action" onAdd={(t) => { rows.add(); onChange([...actions, newAction(t)]); }} />}
    </div>
  );
}
