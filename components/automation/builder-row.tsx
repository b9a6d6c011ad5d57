"use client";

// One line of the builder's condition or action list: what it is (a select), its value, a remove button, and the
// server's messages for it right under it, so a lead sees which line to mend.
import type { ReactNode } from "react";

export function BuilderRow({ kind, selector, children, removeLabel, onRemove, errors, testId }: {
  /** "condition" or "action": the row's test id and the hook for its data attribute. */
  kind: string;
  selector: ReactNode;
  children: ReactNode;
  removeLabel: string;
  onRemove: () => void;
  errors: string[];
  testId: string;
}) {
  return (
    <li className={`rounded border p-2 ${errors.length ? "border-rose-400 bg-rose-50/40" : "border-slate-200 bg-slate-50"}`} data-testid={testId} data-kind={kind}>
      {/* On a phone the kind sits above its value; from 640 px they share a line. */}
      <div className="flex items-start gap-2">
        <div className="min-w-0 flex-1 space-y-2 sm:flex sm:flex-wrap sm:items-start sm:gap-2 sm:space-y-0">
          <div className="min-w-0 sm:shrink-0">{selector}</div>
          <div className="min-w-0 sm:flex-1">{children}</div>
        </div>
        <button type="button" onClick={onRemove} aria-label={removeLabel} title={removeLabel}
          className="shrink-0 rounded px-2 py-0.5 text-sm text-slate-700 ring-1 ring-slate-300 hover:bg-white">
          ✕
        </button>
      </div>
      {errors.length > 0 && (
        <ul className="mt-1 space-y-0.5 text-xs text-rose-800" data-testid={`${testId}-errors`}>
          {[...new Set(errors)].map((e) => <li key={e}>{e}</li>)}
        </ul>
      )}
    </li>
  );
}
