// The customer's word on the resolution (R6) and the promises made to them, on the case page.
import type { CaseDetail } from "@/lib/cases/get-case";
import { followUpLabel, isOverdue } from "@/lib/followups/follow-up-due";
import { formatDateTime } from "@/lib/format/time";
import type { Locale, MessageKey } from "@/lib/i18n/messages";
import { fillTemplate } from "@/lib/notifications/fill-template";
import { FollowUpDone } from "./follow-up-done";

export function ResolutionPanel({ c, canUpdate, locale, t }: { c: CaseDetail; canUpdate: boolean; locale: Locale; t: (k: MessageKey) => string }) {
  const r = c.resolution;
  const now = new Date();
  if (!r.confirmation && c.followUps.length === 0) return null;
  return (
    <section className="space-y-2 rounded-lg bg-white p-3 text-sm ring-1 ring-slate-200" data-testid="resolution-panel">
      {r.confirmation && (
        <div data-testid="confirmation" data-state={r.confirmation}>
          <h2 className="mb-1 text-xs uppercase text-slate-500">{t("desk.resolution.title")}</h2>
          <p className={r.confirmation === "DISPUTED" ? "text-rose-700" : r.confirmation === "CONFIRMED" ? "text-emerald-700" : ""}>
            {t(`desk.resolution.${r.confirmation}` as MessageKey)}
          </p>
          {r.confirmation === "PENDING" && r.confirmationDueAt && (
            <p className="text-xs text-slate-500">{fillTemplate(t("desk.resolution.until"), { time: formatDateTime(r.confirmationDueAt, locale) })}</p>
          )}
          {r.csat !== null && <p className="text-xs" data-testid="csat">{fillTemplate(t("desk.resolution.csat"), { csat: r.csat })}</p>}
        </div>
      )}
      {c.followUps.length > 0 && (
        <div>
          <h2 className="mb-1 text-xs uppercase text-slate-500">{t("desk.followups.title")}</h2>
          <ul className="space-y-1">
            {c.followUps.map((f) => {
              const overdue = isOverdue(f, now);
              const label = followUpLabel(f, now);
              return (
                <li key={f.id} data-testid="follow-up" data-overdue={overdue} data-undated={f.dueAt === null} className={`rounded p-1.5 ring-1 ${overdue ? "bg-rose-50 ring-rose-200" : "ring-slate-200"}`}>
                  <span className="block">“{f.phrase}”</span>
                  <span className={`text-xs ${overdue ? "font-semibold text-rose-700" : "text-slate-500"}`}>
                    {fillTemplate(t(label.key), { time: label.time ? formatDateTime(label.time, locale) : "" })}
                  </span>
                  {canUpdate && f.status === "OPEN" && <FollowUpDone id={f.id} label={t("desk.followups.markDone")} />}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
