"use client";

// The inputs the rule builder is made of: a group of checkable pills (platforms, teams, priorities…), a phrase list
// typed with commas (words to look for, tags), and a yes/no choice. Each takes the field's accessible name and
// says when the server found it wrong (aria-invalid), so the message under the row is tied to the control.
import { useState } from "react";

// max-w-full: a select as wide as its longest option must not push a phone's page sideways.
export const fieldClass = "max-w-full rounded border border-slate-400 bg-white px-2 py-1 text-sm aria-[invalid=true]:border-rose-600";

export function CheckboxGroup<T extends string>({ legend, options, value, onChange, invalid, testId }: {
  legend: string;
  options: { value: T; label: string }[];
  value: T[];
  onChange: (next: T[]) => void;
  invalid?: boolean;
  testId?: string;
}) {
  const toggle = (v: T) => onChange(value.includes(v) ? value.filter((x) => x !== v) : [...value, v]);
  return (
    <fieldset className="min-w-0" data-testid={testId}>
      <legend className="sr-only">{legend}</legend>
      <div className="flex flex-wrap gap-1">
        {options.map((o) => (
          <label key={o.value} className={`inline-flex cursor-pointer items-center gap-1 rounded-full px-2 py-0.5 text-sm ring-1 ${value.includes(o.value) ? "bg-brand/10 ring-brand" : invalid ? "ring-rose-500" : "ring-slate-300"}`}>
            <input type="checkbox" checked={value.includes(o.value)} onChange={() => toggle(o.value)} className="accent-brand" />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Phrases separated by commas ("pas reçu, jamais livré"). The text is kept as typed; the list follows it. */
export function PhraseInput({ value, onChange, label, placeholder, invalid, testId, className = "w-full" }: {
  value: string[];
  onChange: (next: string[]) => void;
  label: string;
  placeholder?: string;
  invalid?: boolean;
  testId?: string;
  className?: string;
}) {
  const [text, setText] = useState(value.join(", "));
  return (
    <input value={text} aria-label={label} placeholder={placeholder} aria-invalid={invalid || undefined} data-testid={testId}
      onChange={(e) => {
        setText(e.target.value);
        onChange(e.target.value.split(",").map((w) => w.trim()).filter(Boolean));
      }}
      className={`${fieldClass} min-w-0 ${className}`} />
  );
}

export function YesNo({ value, onChange, label, yes, no, testId }: {
  value: boolean; onChange: (v: boolean) => void; label: string; yes: string; no: string; testId?: string;
}) {
  return (
    <select aria-label={label} value={value ? "yes" : "no"} onChange={(e) => onChange(e.target.value === "yes")} className={fieldClass} data-testid={testId}>
      <option value="yes">{yes}</option>
      <option value="no">{no}</option>
    </select>
  );
}

/** A whole number; an emptied box is sent as it is (NaN) so the server names the field rather than guessing. */
export function NumberInput({ value, onChange, label, min, max, testId, className = "w-28" }: {
  value: number; onChange: (v: number) => void; label: string; min?: number; max?: number; testId?: string; className?: string;
}) {
  return (
    <input type="number" inputMode="numeric" aria-label={label} min={min} max={max} step={1} data-testid={testId}
      value={Number.isFinite(value) ? value : ""} onChange={(e) => onChange(e.target.value === "" ? Number.NaN : Number(e.target.value))}
      className={`${fieldClass} ${className}`} />
  );
}
