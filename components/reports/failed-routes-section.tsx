// The lead's view of hand-offs that go nowhere (R10, issue #25): failed hand-offs per route and per week, with
// the kind of problem they failed for, so a broken number or address is fixed instead of given again.
import { STACKED_CELL, STACKED_ROW } from "@/components/ui/stacked-table";
import type { HandoffRouteRow } from "@/lib/handoff/list-handoff-routes";

export function FailedRoutesSection({ rows, t }: { rows: HandoffRouteRow[]; t: (k: string) => string }) {
  const family = (f: string | null) => (f ? t(`guards.problemFamily.${f}`) : "—");
  return (
    <section aria-labelledby="routes-h" className="overflow-x-auto rounded-lg bg-white p-3 ring-1 ring-slate-200" data-testid="failed-routes">
      <h2 id="routes-h" className="mb-2 font-medium">{t("reports.failedRoutes")}</h2>
      {rows.length === 0 ? <p className="text-sm text-slate-500">{t("reports.failedRoutes.none")}</p> : (
        <table className="w-full text-left text-sm">
          <thead className="text-xs uppercase text-slate-500 max-sm:sr-only">
            <tr><th className="py-1">{t("reports.failedRoutes.route")}</th><th>{t("reports.failedRoutes.week")}</th><th>{t("reports.failedRoutes.problem")}</th><th>{t("reports.failedRoutes.failures")}</th></tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.route}|${r.family}|${r.week}`} className={STACKED_ROW}>
                <td className="py-1 font-mono max-sm:col-span-2">{r.display}</td>
                <td data-label={t("reports.failedRoutes.week")} className={STACKED_CELL}>{r.week}</td>
                <td data-label={t("reports.failedRoutes.problem")} className={STACKED_CELL}>{family(r.family)}</td>
                <td data-label={t("reports.failedRoutes.failures")} className={`${STACKED_CELL} tabular-nums text-rose-700`}>{r.failures}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
