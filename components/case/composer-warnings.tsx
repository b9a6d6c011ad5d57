"use client";

// The column beside the draft, read out politely by screen readers: the guards' findings (with "switch to a
// private reply" on personal data in a public draft), the composer's own warnings with the span they are about,
// and the last notice (canned reply inserted, sent…).
import type { DraftWarning } from "@/lib/composer/check-draft";
import { GuardFindingList } from "./guard-findings";
import type { GuardWarning } from "@/lib/guards/check-guards";

export function ComposerWarnings({ id, draft, shown, guardWarnings, notice, labels, L, onSwitchPrivate }: {
  id: string;
  draft: string;
  shown: DraftWarning[];
  guardWarnings: GuardWarning[];
  notice: string;
  labels: Record<string, string>;
  L: (key: string) => string;
  onSwitchPrivate?: () => void;
}) {
  return (
    <div id={`${id}-warnings`} role="status" aria-live="polite" data-testid="composer-warnings" className="space-y-1 text-sm">
      <h3 className="text-xs font-medium uppercase text-slate-500">{L("warnings")}</h3>
      {shown.length === 0 && guardWarnings.length === 0 && !notice && <p className="text-slate-500">{L("noWarnings")}</p>}
      {guardWarnings.length > 0 && <GuardFindingList draft={draft} warnings={guardWarnings} labels={labels} onSwitchPrivate={onSwitchPrivate} />}
      <ul className="space-y-1">
        {shown.map((w, i) => (
          <li key={`${w.kind}-${i}`} data-kind={w.kind} className={`rounded px-2 py-1 ${w.blocking ? "bg-rose-50 text-rose-800" : "bg-amber-50 text-amber-900"}`}>
            {w.message}
            {w.span && w.kind !== "too_long" && <q className="ml-1 font-mono text-xs">{draft.slice(w.span.start, w.span.end)}</q>}
          </li>
        ))}
      </ul>
      {notice && <p className="rounded bg-slate-100 px-2 py-1 text-slate-700" data-testid="composer-notice">{notice}</p>}
    </div>
  );
}
