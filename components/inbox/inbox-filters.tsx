import Link from "next/link";
import { CASE_STATUSES } from "@/lib/cases/case-status";
import { PLATFORMS } from "@/lib/connectors/platforms";
import { SAVED_VIEWS, type ListCasesQuery } from "@/lib/cases/schemas";
import type { ViewCounts } from "@/lib/cases/count-cases";
import type { MessageKey } from "@/lib/i18n/messages";

type T = (k: MessageKey) => string;

/** Saved views as tabs with their counts, then the filter form (a plain GET form: shareable URLs, works without
 *  JavaScript). */
export function InboxFilters({ query, t, counts, members = [] }: {
  query: ListCasesQuery; t: T; counts?: ViewCounts; members?: { id: string; name: string }[];
}) {
  const select = (name: string, label: string, value: string | undefined, options: [string, string][]) => (
    <label className="flex flex-col text-xs text-slate-600">
      {label}
      <select name={name} defaultValue={value ?? ""} className="mt-0.5 rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900">
        <option value="">{t("inbox.any")}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>{l}</option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="mb-3 space-y-2">
      <nav aria-label={t("inbox.views")} className="flex flex-wrap gap-1">
        {[undefined, ...SAVED_VIEWS].map((v) => (
          <Link
            key={v ?? "all"}
            href={v ? `/inbox?view=${v}` : "/inbox"}
            aria-current={query.view === v ? "page" : undefined}
            className={`rounded-full px-3 py-1 text-sm ${
              query.view === v ? "bg-brand text-white" : "bg-white text-slate-700 ring-1 ring-slate-200 hover:bg-slate-100"
            }`}
          >
            {v ? t(`inbox.view.${v}` as MessageKey) : t("inbox.all")}
            {counts && (
              <span data-testid={`view-count-${v ?? "all"}`} className={`ml-1.5 rounded-full px-1.5 text-xs tabular-nums ${
                v === "late" && counts.late > 0 && query.view !== v ? "bg-rose-600 text-white" : query.view === v ? "bg-brand-dark text-white" : "bg-slate-100 text-slate-700"}`}>
                {counts[v ?? "all"]}
              </span>
            )}
          </Link>
        ))}
      </nav>
      <form action="/inbox" role="search" className="flex flex-wrap items-end gap-2 rounded-lg bg-white p-2 ring-1 ring-slate-200">
        {query.view && <input type="hidden" name="view" value={query.view} />}
        <label className="flex min-w-56 flex-1 flex-col text-xs text-slate-600" htmlFor="inbox-search">
          {t("inbox.search")}
          <input id="inbox-search" name="q" type="search" defaultValue={query.q} placeholder="livraison, @handle, “colis abîmé”…"
            className="mt-0.5 rounded border border-slate-300 px-2 py-1 text-sm text-slate-900" />
        </label>
        {query.q && (
          <label className="flex flex-col text-xs text-slate-600">
            {t("inbox.sort")}
            <select name="sort" defaultValue={query.sort ?? "relevance"} className="mt-0.5 rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900">
              <option value="relevance">{t("inbox.sort.relevance")}</option>
              <option value="recent">{t("inbox.sort.recent")}</option>
            </select>
          </label>
        )}
        {select("status", t("inbox.col.status"), query.status?.length === 1 ? query.status[0] : undefined,
          CASE_STATUSES.map((s) => [s, t(`status.${s}` as MessageKey)]))}
        {select("platform", t("inbox.col.channel"), query.platform, PLATFORMS.map((p) => [p.toLowerCase(), t(`platform.${p}`)]))}
        {select("priority", t("inbox.col.priority"), query.priority?.length === 1 ? query.priority[0] : undefined,
          (["URGENT", "HIGH", "NORMAL", "LOW"] as const).map((p) => [p, t(`priority.${p}` as MessageKey)]))}
        {select("assignee", t("inbox.col.assignee"), query.assignee,
          [["me", t("inbox.me")], ["unassigned", t("inbox.unassigned")], ...members.map((m): [string, string] => [m.id, m.name])])}
        {select("language", t("inbox.language"), query.language, [["fr", "Français"], ["en", "English"]])}
        {select("incident", t("inbox.incident"), query.incident === "any" || query.incident === "none" ? query.incident : undefined,
          [["any", t("inbox.inIncident")], ["none", t("inbox.noIncident")]])}
        <label className="flex w-28 flex-col text-xs text-slate-600">
          {t("inbox.tag")}
          <input name="tag" defaultValue={query.tag} className="mt-0.5 rounded border border-slate-300 px-2 py-1 text-sm text-slate-900" />
        </label>
        <button className="rounded bg-brand px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-dark">{t("inbox.searchButton")}</button>
        <Link href="/inbox" className="px-1 py-1.5 text-sm text-slate-500 hover:underline">{t("inbox.clear")}</Link>
      </form>
    </div>
  );
}
