import Link from "next/link";
import { CASE_STATUSES } from "@/lib/cases/case-status";
import type { MessageKey } from "@/lib/i18n/messages";

export function InboxFilters({
  status,
  q,
  t,
}: {
  status?: string;
  q?: string;
  t: (k: MessageKey) => string;
}) {
  const href = (s?: string) => {
    const sp = new URLSearchParams();
    if (s) sp.set("status", s);
    if (q) sp.set("q", q);
    const qs = sp.toString();
    return qs ? `/inbox?${qs}` : "/inbox";
  };
  return (
    <div className="mb-3 flex flex-wrap items-center gap-2">
      <nav aria-label={t("inbox.col.status")} className="flex flex-wrap gap-1">
        {[undefined, ...CASE_STATUSES].map((s) => (
          <Link
            key={s ?? "all"}
            href={href(s)}
            aria-current={status === s ? "page" : undefined}
            className={`rounded-full px-3 py-1 text-sm ${
              status === s ? "bg-brand text-white" : "bg-white text-slate-700 ring-1 ring-slate-200 hover:bg-slate-100"
            }`}
          >
            {s ? t(`status.${s}` as MessageKey) : t("inbox.all")}
          </Link>
        ))}
      </nav>
      <form action="/inbox" className="ml-auto flex gap-2" role="search">
        {status && <input type="hidden" name="status" value={status} />}
        <label className="sr-only" htmlFor="inbox-search">
          {t("inbox.search")}
        </label>
        <input
          id="inbox-search"
          name="q"
          type="search"
          defaultValue={q}
          placeholder={t("inbox.search")}
          className="w-72 rounded border border-slate-300 bg-white px-3 py-1.5 text-sm"
        />
        <button className="rounded bg-brand px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-dark">
          {t("inbox.searchButton")}
        </button>
      </form>
    </div>
  );
}
