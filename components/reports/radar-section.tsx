// The dashboard's crisis radar: open alerts first-class, acknowledged ones dimmed. Eight at a time with "see all"
// (the header's count is what there is, not what is shown), and every case link named as people know the case:
// "#38 · Author", with the message's start as its title.
import { formatDateTime } from "@/lib/format/time";
import Link from "next/link";
import type { listAlerts } from "@/lib/radar/list-alerts";
import type { Locale, MessageKey } from "@/lib/i18n/messages";
import { acknowledgeAlertAction } from "@/app/actions/lead-actions";
import { ActionForm } from "./action-form";
import { alertText } from "./alert-text";

export interface CaseRef { id: string; number: number; author: string; preview: string | null }
type T = (k: MessageKey, v?: Record<string, string | number>) => string;

export const RADAR_SHOWN = 8;

export function RadarSection({ alerts, cases, showAll, days, canAcknowledge, t, locale }: {
  alerts: Awaited<ReturnType<typeof listAlerts>>; cases: Map<string, CaseRef>; showAll: boolean; days: number; canAcknowledge: boolean; t: T; locale: Locale;
}) {
  const open = alerts.filter((a) => !a.acknowledgedAt).length;
  const shown = showAll ? alerts : alerts.slice(0, RADAR_SHOWN);
  return (
    <section aria-labelledby="radar-h" className="rounded-lg bg-white p-3 ring-1 ring-slate-200" data-testid="radar">
      <h2 id="radar-h" className="mb-2 font-medium">
        {t("reports.radar")} <span className="text-sm text-slate-500" data-testid="radar-count">({t("reports.radarCount", { open, total: alerts.length })})</span>
      </h2>
      {alerts.length === 0 ? <p className="text-sm text-slate-500">{t("reports.radarEmpty")}</p> : (
        <ul className="divide-y divide-slate-100">
          {shown.map((a) => (
            <li key={a.id} className={`flex flex-wrap items-center gap-2 py-1.5 text-sm ${a.acknowledgedAt ? "opacity-60" : ""}`} data-testid="alert" data-kind={a.kind}>
              <span className={`rounded px-1.5 text-xs font-semibold ${a.acknowledgedAt ? "bg-slate-100 text-slate-600" : "bg-rose-100 text-rose-800"}`}>{t(`reports.alert.${a.kind}` as MessageKey)}</span>
              <span className="text-slate-800">{alertText(a, t, locale)}</span>
              <span className="text-xs text-slate-500">{formatDateTime(a.lastAt, locale)}</span>
              {a.caseIds.slice(0, 4).map((id) => {
                const c = cases.get(id);
                return (
                  <Link key={id} href={`/cases/${id}`} title={c?.preview ?? undefined} className="text-xs text-brand hover:underline" data-testid="alert-case">
                    {c ? `#${c.number} · ${c.author}` : t("reports.case")}
                  </Link>
                );
              })}
              {a.caseIds.length > 4 && <span className="text-xs text-slate-500">+{a.caseIds.length - 4}</span>}
              {!a.acknowledgedAt && canAcknowledge && (
                <ActionForm action={acknowledgeAlertAction} submit={t("reports.acknowledge")} className="ml-auto"
                  buttonClass="rounded px-2 py-0.5 text-xs ring-1 ring-slate-300 hover:bg-slate-50">
                  <input type="hidden" name="alertId" value={a.id} />
                </ActionForm>
              )}
            </li>
          ))}
        </ul>
      )}
      {alerts.length > RADAR_SHOWN && (
        <Link href={showAll ? `/reports?days=${days}` : `/reports?days=${days}&alerts=all#radar-h`} className="mt-1 inline-block text-xs text-brand hover:underline" data-testid="radar-see-all">
          {showAll ? t("reports.radarFewer") : t("reports.radarSeeAll", { total: alerts.length })}
        </Link>
      )}
    </section>
  );
}
