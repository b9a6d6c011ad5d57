"use client";

// Replies the team wrote for the same problem (lib/replies/suggest-replies.ts), offered above the reply box with
// where each came from and how that case ended. "Use" puts one in the draft, where the guards check it like any
// text; placeholders ("[order number]") are left for the agent to fill.
export interface SuggestedReply {
  text: string;
  sourceCaseId: string;
  sourceCaseNumber: number;
  sentAt: string;
  outcome: "confirmed" | "resolved" | "answered";
  csat: number | null;
}

export function SuggestedReplies({ suggestions, locale, L, onInsert }: {
  suggestions: SuggestedReply[];
  locale: string;
  L: (key: string, vars?: Record<string, string | number>) => string;
  onInsert: (text: string, notice: string) => void;
}) {
  if (suggestions.length === 0) return null;
  const date = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(new Date(iso));
  return (
    <details className="rounded bg-slate-50 p-2 ring-1 ring-slate-200" data-testid="suggested-replies" open>
      <summary className="cursor-pointer text-xs font-medium text-slate-600">{L("suggested", { count: suggestions.length })}</summary>
      <ul className="mt-2 space-y-2">
        {suggestions.map((s) => (
          <li key={`${s.sourceCaseId}-${s.sentAt}`} data-testid="suggested-reply" className="rounded bg-white p-2 text-sm ring-1 ring-slate-200">
            <p className="line-clamp-3 text-slate-800">{s.text}</p>
            <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-500">
              <a href={`/cases/${s.sourceCaseId}`} className="hover:underline">{L("suggestedFrom", { number: s.sourceCaseNumber, date: date(s.sentAt) })}</a>
              <span className={s.outcome === "confirmed" ? "text-emerald-700" : ""}>{L(`suggestedOutcome.${s.outcome}`)}</span>
              {s.csat != null && <span>{L("suggestedCsat", { csat: s.csat })}</span>}
              <button type="button" data-testid="suggested-use" onClick={() => onInsert(s.text, L("suggestedInserted", { number: s.sourceCaseNumber }))}
                className="ml-auto rounded px-2 py-0.5 font-medium text-brand ring-1 ring-brand hover:bg-brand/10">
                {L("suggestedUse")}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </details>
  );
}
