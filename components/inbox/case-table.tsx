"use client";

// The inbox table, kept live: the first rows come from the server, later ones from the stream (use-live-rows).
// While the agent triages, new cases wait behind the "N new cases" pill (click it or press "."), and screen
// readers hear one polite sentence per batch. Rows render through CaseRow, shared with nothing else.
import { useCallback, useMemo, useEffect, type ReactNode } from "react";
import type { ListCasesQuery } from "@/lib/cases/schemas";
import type { LiveRow } from "@/lib/live/events";
import { compareRows, rowMatches } from "@/lib/live/row-matches";
import { useLiveRows, type Announcement } from "../live/use-live-rows";
import { shortcutFrom } from "../ui/shortcuts-dialog";
import { CaseRow, type RowLabels } from "./case-row";

const fmt = (s: string, count: number) => s.replace("{count}", String(count));

export function CaseTable({ cases, more, query, selfId, locale, serverNow, empty, labels, highlight }: {
  cases: LiveRow[];
  /** The server has later pages: a case whose place is below the last row is not shown live (apply-rows.ts). */
  more: boolean; query: Partial<ListCasesQuery>; selfId: string; locale: string; serverNow: string;
  /** Match keys of the search (lib/search/highlight.ts), computed on the server. */
  highlight?: string[];
  /** What an empty list says, rendered by the page (components/inbox/inbox-empty.tsx). */
  empty: ReactNode; labels: RowLabels;
}) {
  const t = (k: string) => labels[k] ?? k;
  const plural = (k: string, n: number) => fmt(t(`${k}.${n === 1 ? "one" : "other"}`), n);
  const matches = useCallback((r: LiveRow) => rowMatches(r, query, selfId), [query, selfId]);
  const order = useCallback((a: LiveRow, b: LiveRow) => compareRows(a, b, query.view), [query.view]);
  const { rows, pending, fresh, announcement, reveal, now } = useLiveRows(cases, matches, order, more, Date.parse(serverNow));
  // Rows the server rendered may prefetch their case; rows from the stream may not (case-row.tsx).
  const served = useMemo(() => new Set(cases.map((c) => c.id)), [cases]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (shortcutFrom(e) !== "." || pending.length === 0) return;
      e.preventDefault();
      reveal();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [pending.length, reveal]);

  const say = (a: Announcement | null) =>
    !a ? "" : a.kind === "added" ? plural("live.announce.added", a.count) : plural("live.announce.held", a.count);
  return (
    <div>
      <p role="status" aria-live="polite" className="sr-only" data-testid="live-announcer" >{say(announcement)}</p>
      {pending.length > 0 && (
        <div className="sticky top-0 z-20 mb-2 flex justify-center">
          <button type="button" onClick={reveal} aria-keyshortcuts="." data-testid="new-cases-pill"
            title={t("live.showHint")}
            className="rounded-full bg-brand px-4 py-1.5 text-sm font-medium text-white shadow-md hover:opacity-90">
            ↑ {plural("live.newCases", pending.length)} · {t("live.show")} <kbd className="ml-1 font-mono opacity-80">.</kbd>
          </button>
        </div>
      )}
      {rows.length === 0 ? (
        <div className="rounded-lg bg-white p-8 text-center text-slate-500 ring-1 ring-slate-200" data-testid="inbox-empty">{empty}</div>
      ) : (
        <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
          <table className="w-full text-left text-sm max-sm:block" aria-label={t("inbox.title")}>
            <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase text-slate-500 max-sm:hidden">
              <tr>
                <th className="w-8 px-2 py-2"><span className="sr-only">{t("bulk.region")}</span></th>
                <th className="px-2 py-2">{t("inbox.col.case")}</th>
                <th className="px-2 py-2">{t("inbox.col.status")}</th>
                <th className="px-2 py-2">{t("inbox.col.author")}</th>
                <th className="px-2 py-2">{t("inbox.col.message")}</th>
                <th className="px-2 py-2">{t("inbox.col.age")}</th>
                <th className="px-2 py-2">{t("inbox.col.sla")}</th>
                <th className="hidden px-2 py-2 md:table-cell">{t("inbox.col.assignee")}</th>
              </tr>
            </thead>
            <tbody className="max-sm:block">
              {rows.map((c) => (
                <CaseRow key={c.id} c={c} locale={locale} now={now ?? new Date(serverNow)} labels={labels} fresh={fresh.has(c.id)} highlight={highlight}
                  {...(served.has(c.id) ? {} : { prefetch: false as const })} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
