"use client";

// What the tact and safety guards found in a draft (lib/guards/check-guards.ts): the list beside the
// composer, each with its span quoted, and the highlight layer drawn behind the text box.
import type { GuardWarning } from "@/lib/guards/check-guards";

const TONE: Record<GuardWarning["severity"], string> = {
  high: "bg-rose-50 text-rose-900 ring-rose-300",
  warning: "bg-amber-50 text-amber-900 ring-amber-300",
  info: "bg-slate-50 text-slate-700 ring-slate-200",
};
const MARK: Record<GuardWarning["severity"], string> = {
  high: "bg-rose-200/80",
  warning: "bg-amber-200/80",
  info: "bg-sky-100",
};

export function GuardFindingList({ draft, warnings, labels, onSwitchPrivate }: {
  draft: string;
  warnings: GuardWarning[];
  labels: Record<string, string>;
  onSwitchPrivate?: () => void;
}) {
  const L = (k: string) => labels[`guards.composer.${k}`] ?? k;
  return (
    <ul className="space-y-1" data-testid="guard-findings">
      {warnings.map((w, i) => (
        <li key={`${w.kind}-${w.start ?? i}-${i}`} data-kind={w.kind} data-category={w.category} data-severity={w.severity}
          className={`rounded px-2 py-1 ring-1 ${TONE[w.severity]}`}>
          <span className="mr-1 rounded bg-white/70 px-1 text-[10px] font-semibold uppercase">{L(`severity.${w.severity}`)}</span>
          {w.message}
          {w.start !== undefined && w.end !== undefined && w.kind !== "duplicate" && (
            <q className="ml-1 font-mono text-xs" data-testid="guard-span">{draft.slice(w.start, w.end)}</q>
          )}
          {w.kind === "personal-data" && onSwitchPrivate && (
            <button type="button" onClick={onSwitchPrivate} data-testid="guard-switch-private"
              className="mt-1 block rounded bg-white px-2 py-0.5 text-xs font-medium text-brand ring-1 ring-brand hover:bg-brand/10">
              {L("switchPrivate")}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The draft again, transparent, with <mark> where findings are: sits exactly behind the textarea. */
export function GuardHighlights({ draft, warnings, scrollTop }: { draft: string; warnings: GuardWarning[]; scrollTop: number }) {
  const spans = warnings
    .filter((w) => w.start !== undefined && w.end !== undefined && w.kind !== "duplicate" && w.end! > w.start!)
    .sort((a, b) => a.start! - b.start!);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const w of spans) {
    if (w.start! < at) continue;
    parts.push(draft.slice(at, w.start));
    parts.push(<mark key={`${w.start}-${w.end}`} data-testid="guard-highlight" className={`rounded-sm text-transparent ${MARK[w.severity]}`}>{draft.slice(w.start, w.end)}</mark>);
    at = w.end!;
  }
  parts.push(draft.slice(at) + "\n");
  return (
    <div aria-hidden className="pointer-events-none absolute inset-0 overflow-hidden rounded border border-transparent px-3 py-2 text-sm">
      <div style={{ transform: `translateY(${-scrollTop}px)` }} className="whitespace-pre-wrap break-words text-transparent">{parts}</div>
    </div>
  );
}
