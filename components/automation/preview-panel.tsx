"use client";

// What a draft rule would have done over the last 7 or 30 days (issue #22 item 2): how many cases it matches out
// of those read, the count of each action, how round-robin / least-loaded would have shared the cases between
// agents, a sample with what it would do to each, and the cases a guard would refuse, with the reason. It is
// what makes a lead confident enough to turn the rule on, so it reads as sentences, not as raw counts.
import Link from "next/link";
import type { RulePreview } from "@/lib/automation/preview-rule";
import { STACKED_CELL, STACKED_ROW } from "@/components/ui/stacked-table";
import type { Label, Lookups } from "./lookups";
import { effectText } from "./rule-summary";

export function PreviewPanel({ preview, L, lookups }: { preview: RulePreview; L: Label; lookups: Lookups }) {
  const counts = Object.entries(preview.actions).filter(([, n]) => (n ?? 0) > 0) as [string, number][];
  const split = preview.assignees; // by member, most cases first
  const most = Math.max(1, ...split.map((a) => a.cases));
  return (
    <section aria-labelledby="preview-title" className="space-y-3 rounded-lg bg-white p-3 ring-1 ring-slate-200" data-testid="preview-result">
      <h3 id="preview-title" className="font-medium">
        {L("automation.preview.matched", { matched: preview.matched, scanned: preview.scanned, days: preview.days })}
        <span className="sr-only" data-testid="preview-matched">{preview.matched}</span>
      </h3>
      {preview.broken && <p role="alert" className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">{L("automation.preview.broken", { reason: preview.broken })}</p>}
      {counts.length > 0 && (
        <dl className="flex flex-wrap gap-2 text-sm" data-testid="preview-counts">
          {counts.map(([kind, n]) => (
            <div key={kind} className={`rounded px-2 py-1 ring-1 ${kind === "refused" ? "bg-rose-50 ring-rose-200" : "bg-slate-50 ring-slate-200"}`}>
              <dt className="inline">{kind === "refused" ? L("automation.preview.refusedKind") : L(`automation.action.${kind}`)}</dt>{" "}
              <dd className="inline font-semibold tabular-nums">{n}</dd>
            </div>
          ))}
        </dl>
      )}
      {split.length > 0 && (
        <div data-testid="preview-split">
          <h4 className="mb-1 text-sm font-medium">{L("automation.preview.split")}</h4>
          <ul className="space-y-1 text-sm">
            {split.map((a) => (
              <li key={a.userId ?? "nobody"} className="grid grid-cols-[minmax(0,10rem)_minmax(0,1fr)_3rem] items-center gap-2">
                <span className="truncate">{a.name ?? L("automation.preview.nobody")}</span>
                <span aria-hidden className="h-2 rounded bg-slate-100"><span className="block h-2 rounded bg-brand" style={{ width: `${(a.cases / most) * 100}%` }} /></span>
                <span className="text-right tabular-nums">{a.cases}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {preview.sample.length > 0 && (
        <div>
          <h4 className="mb-1 text-sm font-medium">{L("automation.preview.sample", { count: preview.sample.length })}</h4>
          <table className="w-full text-left text-sm" data-testid="preview-sample">
            <thead className="text-xs uppercase text-slate-600 max-sm:sr-only">
              <tr><th className="py-1 pr-2">{L("automation.preview.case")}</th><th className="pr-2">{L("automation.preview.message")}</th><th>{L("automation.preview.wouldDo")}</th></tr>
            </thead>
            <tbody>
              {preview.sample.map((s) => (
                <tr key={s.id} className={`${STACKED_ROW} align-top`}>
                  <td className="py-1 pr-2 max-sm:col-span-2">
                    <Link href={`/cases/${s.id}`} className="font-medium text-brand hover:underline">#{s.number}</Link>
                    <span className="block text-xs text-slate-600">{L(`platform.${s.platform}`)}</span>
                  </td>
                  <td data-label={L("automation.preview.message")} className={`${STACKED_CELL} py-1 pr-2 max-sm:col-span-2`}><span className="line-clamp-2 break-words">{s.preview}</span></td>
                  <td data-label={L("automation.preview.wouldDo")} className={`${STACKED_CELL} py-1 max-sm:col-span-2`}>
                    {s.effects.length === 0 ? <span className="text-slate-600">{L("automation.preview.nothing")}</span> : s.effects.map((e) => effectText(e, L, lookups)).join(" · ")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {preview.refused.length > 0 && (
        <div data-testid="preview-refused">
          <h4 className="mb-1 text-sm font-medium text-rose-900">{L("automation.preview.refused", { count: preview.refused.length })}</h4>
          <ul className="space-y-1 text-sm">
            {preview.refused.map((r) => (
              <li key={`${r.id}-${r.action}`}>
                <Link href={`/cases/${r.id}`} className="font-medium text-brand hover:underline">#{r.number}</Link>{" "}
                <span className="text-slate-600">{L(`automation.action.${r.action}`)}</span> — {r.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      {preview.matched === 0 && !preview.broken && <p className="text-sm text-slate-600">{L("automation.preview.none")}</p>}
    </section>
  );
}
