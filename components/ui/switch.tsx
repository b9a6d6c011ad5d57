"use client";

// An on/off switch: a button with role="switch", so screen readers say "on"/"off" and the label says what it turns
// on. The visible state word sits beside the track, so the switch does not rely on colour alone (WCAG 1.4.1).
export function Switch({ checked, onChange, label, stateLabel, disabled, testId }: {
  checked: boolean;
  onChange: (next: boolean) => void;
  /** What the switch turns on, for screen readers and the tooltip ("Available for new cases"). */
  label: string;
  /** The word shown beside the track ("On" / "Off", "Available" / "Away"). */
  stateLabel?: string;
  disabled?: boolean;
  testId?: string;
}) {
  return (
    <button type="button" role="switch" aria-checked={checked} aria-label={label} title={label} disabled={disabled} data-testid={testId}
      onClick={() => onChange(!checked)}
      className="inline-flex items-center gap-1.5 rounded text-sm disabled:opacity-60">
      <span aria-hidden className={`relative inline-block h-5 w-9 shrink-0 rounded-full transition-colors ${checked ? "bg-emerald-700" : "bg-slate-400"}`}>
        <span className={`absolute top-0.5 h-4 w-4 rounded-full bg-white shadow transition-all ${checked ? "left-[1.125rem]" : "left-0.5"}`} />
      </span>
      {stateLabel && <span className={checked ? "text-emerald-800" : "text-slate-600"}>{stateLabel}</span>}
    </button>
  );
}
