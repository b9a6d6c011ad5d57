// SLA policy and alert webhook of the workspace (team leads and admins): business hours per weekday in a time
// zone, holidays, per-priority targets, the at-risk threshold; the outbound webhook with its recent deliveries
// and every attempt.
import { formatDateTime } from "@/lib/format/time";
import { ActionForm } from "@/components/reports/action-form";
import { saveAlertWebhookAction, saveSlaPolicyAction } from "@/app/actions/lead-settings";
import { requireMember } from "@/lib/auth/session";
import { getAlertWebhook } from "@/lib/alert-webhooks/save-alert-webhook";
import { getSlaPolicy } from "@/lib/sla/get-sla-policy";
import { DEFAULT_SLA_POLICY, SLA_PRIORITIES } from "@/lib/sla/schemas";
import type { MessageKey } from "@/lib/i18n/messages";
import { getT } from "@/lib/i18n/server";
import { getPrisma } from "@/lib/server/db";

const input = "mt-0.5 rounded border border-slate-300 px-2 py-1 text-sm";

export default async function SlaSettingsPage() {
  const member = await requireMember("sla.manage");
  const { locale, t } = await getT();
  const prisma = await getPrisma();
  const saved = await getSlaPolicy(prisma, member.workspaceId);
  const p = saved ?? DEFAULT_SLA_POLICY;
  const { hook, deliveries } = await getAlertWebhook(prisma, member);
  const when = (d: Date | null) => (d ? formatDateTime(d, locale) : "—");
  return (
    <div className="max-w-4xl space-y-5">
      <h1 className="text-xl font-semibold">{t("reports.settings.title")}</h1>
      {!saved && <p className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="sla-not-set">{t("reports.settings.notSet")}</p>}
      <ActionForm action={saveSlaPolicyAction} submit={t("reports.settings.save")} done={t("reports.inc.done")} className="space-y-4 rounded-lg bg-white p-4 ring-1 ring-slate-200">
        <div className="flex flex-wrap gap-4">
          <label className="flex flex-col text-xs text-slate-600">{t("reports.settings.timeZone")}<input name="timeZone" defaultValue={p.timeZone} className={input} /></label>
          <label className="flex flex-col text-xs text-slate-600">{t("reports.settings.atRisk")}<input name="atRiskPercent" type="number" min={1} max={90} defaultValue={p.atRiskPercent} className={`${input} w-24`} /></label>
        </div>
        <fieldset className="min-w-0">
          <legend className="mb-1 text-sm font-medium">{t("reports.settings.hours")}</legend>
          <div className="grid grid-cols-2 gap-2 md:grid-cols-4">
            {["1", "2", "3", "4", "5", "6", "7"].map((d) => (
              <label key={d} className="flex flex-col text-xs text-slate-600">{t(`reports.settings.day${d}` as MessageKey)}
                <input name={`day${d}`} placeholder={t("reports.settings.closed")} className={input}
                  defaultValue={(p.businessHours[d as keyof typeof p.businessHours] ?? []).map(([a, b]) => `${a}-${b}`).join(", ")} />
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="min-w-0">
          <legend className="mb-1 text-sm font-medium">{t("reports.settings.targets")}</legend>
          <div className="overflow-x-auto">
          <table className="text-sm">
            <thead className="text-xs text-slate-500"><tr><th /><th className="px-2">{t("reports.settings.first")}</th><th className="px-2">{t("reports.settings.next")}</th><th className="px-2">{t("reports.settings.resolution")}</th></tr></thead>
            <tbody>
              {SLA_PRIORITIES.map((pr) => (
                <tr key={pr}>
                  <td className="pr-2">{t(`priority.${pr}` as MessageKey)}</td>
                  <td className="px-1 sm:px-2"><input aria-label={`${t(`priority.${pr}` as MessageKey)} — ${t("reports.settings.first")}`} name={`${pr}.firstResponse`} type="number" min={1} defaultValue={p.targets[pr].firstResponse} className={`${input} w-16 sm:w-24`} /></td>
                  <td className="px-1 sm:px-2"><input aria-label={`${t(`priority.${pr}` as MessageKey)} — ${t("reports.settings.next")}`} name={`${pr}.nextResponse`} type="number" min={1} defaultValue={p.targets[pr].nextResponse} className={`${input} w-16 sm:w-24`} /></td>
                  <td className="px-1 sm:px-2"><input aria-label={`${t(`priority.${pr}` as MessageKey)} — ${t("reports.settings.resolution")}`} name={`${pr}.resolution`} type="number" min={0.1} step="any" defaultValue={p.targets[pr].resolution / 60} className={`${input} w-16 sm:w-24`} /></td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
          <p className="mt-1 text-xs text-slate-500">{t("reports.settings.targetsHelp")}</p>
        </fieldset>
        <label className="flex flex-col text-xs text-slate-600">{t("reports.settings.holidays")}
          <textarea name="holidays" rows={3} defaultValue={p.holidays.join(" ")} className={`${input} font-mono`} />
        </label>
      </ActionForm>

      <section className="space-y-3 rounded-lg bg-white p-4 ring-1 ring-slate-200">
        <h2 className="font-medium">{t("reports.webhook.title")}</h2>
        <p className="text-xs text-slate-500">{t("reports.webhook.help")}</p>
        <ActionForm action={saveAlertWebhookAction} submit={t("reports.settings.save")} done={t("reports.inc.done")} className="flex flex-wrap items-end gap-3">
          <label className="flex w-full flex-col text-xs text-slate-600 sm:w-auto">URL<input name="url" type="url" required defaultValue={hook?.url} className={`${input} w-full sm:w-96`} /></label>
          <label className="flex flex-col text-xs text-slate-600">{t("reports.webhook.secret")}<input name="secret" type="password" autoComplete="new-password" placeholder={hook ? t("reports.webhook.keep") : ""} className={`${input} w-56`} /></label>
          <label className="flex items-center gap-1 text-sm"><input name="active" type="checkbox" defaultChecked={hook?.active ?? true} /> {t("reports.webhook.active")}</label>
        </ActionForm>
        <h3 className="text-sm font-medium">{t("reports.webhook.deliveries")}</h3>
        {deliveries.length === 0 ? <p className="text-sm text-slate-500">{t("reports.webhook.none")}</p> : (
          <ul className="divide-y divide-slate-100 text-sm" data-testid="webhook-deliveries">
            {deliveries.map((d) => (
              <li key={d.id} className="py-1.5">
                <span className={`rounded px-1.5 text-xs font-semibold ${d.status === "SENT" ? "bg-emerald-100 text-emerald-800" : d.status === "FAILED" ? "bg-rose-100 text-rose-800" : "bg-amber-100 text-amber-900"}`}>{d.status}</span>
                {" "}{d.event} · {when(d.createdAt)} · {d.attempts} {t("reports.webhook.attempts")}
                {d.nextAttemptAt && d.status === "PENDING" && <> · {t("reports.webhook.next")} {when(d.nextAttemptAt)}</>}
                <ul className="ml-4 text-xs text-slate-500">
                  {d.attemptLog.map((a) => <li key={a.attempt}>#{a.attempt} {when(a.createdAt)} — {a.httpStatus ?? "—"} {a.error ?? "OK"} ({a.durationMs} ms)</li>)}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
