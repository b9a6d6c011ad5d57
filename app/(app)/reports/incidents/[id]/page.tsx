// One incident (R7): what the grouped complaints share, the linked cases, and the lead's tools — confirm and
// name, resolve, link/unlink, post a status update, answer every open case with a personalised reply each.
import { formatDateTime } from "@/lib/format/time";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/reports/action-form";
import { IncidentAnswerForm } from "@/components/reports/incident-answer-form";
import { SignalBadges } from "@/components/inbox/signal-badges";
import { PlatformBadge, StatusBadge } from "@/components/ui/badges";
import { answerIncidentAction, postIncidentUpdateAction, updateIncidentAction } from "@/app/actions/lead-actions";
import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { ACTIVE_STATUSES } from "@/lib/cases/case-status";
import { displayTitle, incidentLabel } from "@/lib/incidents/incident-label";
import { getIncident } from "@/lib/incidents/list-incidents";
import { incidentIdParam } from "@/lib/incidents/schemas";
import { loadGuardSettings } from "@/lib/guards/load-guard-context";
import { labelsFor } from "@/lib/i18n/labels";
import { DICTIONARIES, type MessageKey } from "@/lib/i18n/messages";
import { getT } from "@/lib/i18n/server";
import { getPrisma } from "@/lib/server/db";

type Props = { params: Promise<{ id: string }> };

const input = "mt-0.5 w-full rounded border border-slate-300 px-2 py-1 text-sm";

export default async function IncidentPage({ params }: Props) {
  const member = await requireMember("cases.view_all");
  const { locale, t } = await getT();
  const lang = locale.startsWith("en") ? "en" : "fr";
  const id = incidentIdParam.safeParse((await params).id);
  if (!id.success) notFound();
  const inc = await getIncident(await getPrisma(), member, id.data).catch(() => null);
  if (!inc) notFound();
  const manage = can(member.role, "incidents.manage");
  const guardSettings = manage ? await loadGuardSettings(await getPrisma(), member.workspaceId) : {};
  // Each open case is answered in its customer's language: French, or English for English and undetected ones.
  const open = inc.cases.filter((c) => ACTIVE_STATUSES.includes(c.status));
  const openIn = (l: "fr" | "en") => open.filter((c) => (l === "fr" ? c.language === "fr" : c.language !== "fr")).length;
  const when = (d: Date | null) => (d ? formatDateTime(d, locale) : "—");
  const hidden = <input type="hidden" name="incidentId" value={inc.id} />;
  return (
    <div className="space-y-4" data-testid="incident-page">
      <Link href="/reports" className="text-sm text-brand hover:underline">← {t("reports.inc.back")}</Link>
      <div className="flex flex-wrap items-center gap-2">
        <span className={`rounded px-1.5 text-xs font-semibold ${inc.status === "SUGGESTED" ? "bg-amber-100 text-amber-900" : inc.status === "OPEN" ? "bg-purple-100 text-purple-800" : "bg-slate-100 text-slate-600"}`}>
          {t(`reports.incident.${inc.status}` as MessageKey)}
        </span>
        <h1 className="text-xl font-semibold">⚑ {displayTitle(inc, lang)}</h1>
      </div>
      {inc.status === "SUGGESTED" && <p className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("reports.inc.suggestedHelp")}</p>}
      <dl className="grid grid-cols-2 gap-3 text-sm md:grid-cols-3">
        <div className="rounded bg-white p-2 ring-1 ring-slate-200"><dt className="text-xs text-slate-500">{t("reports.inc.size")}</dt><dd className="text-lg font-semibold">{inc.cases.length} {t("reports.cases")}</dd></div>
        <div className="rounded bg-white p-2 ring-1 ring-slate-200"><dt className="text-xs text-slate-500">{t("reports.inc.span")}</dt><dd>{when(inc.firstAt)} → {when(inc.lastAt)}</dd></div>
        <div className="rounded bg-white p-2 ring-1 ring-slate-200"><dt className="text-xs text-slate-500">{t("reports.inc.terms")}</dt><dd className="text-xs">{incidentLabel(inc.terms, lang) ?? (inc.terms.join(" · ") || "—")}</dd></div>
      </dl>

      {manage && (
        <div className="flex flex-wrap items-end gap-3 rounded-lg bg-white p-3 ring-1 ring-slate-200">
          <ActionForm action={updateIncidentAction} submit={inc.status === "SUGGESTED" ? t("reports.inc.confirm") : t("reports.inc.rename")} done={t("reports.inc.done")} className="flex items-end gap-2">
            {hidden}
            {inc.status === "SUGGESTED" && <input type="hidden" name="status" value="OPEN" />}
            <label className="flex flex-col text-xs text-slate-600">{t("reports.inc.name")}
              <input name="title" defaultValue={displayTitle(inc, lang)} required minLength={3} maxLength={120} className={`${input} w-96`} data-testid="incident-title" />
            </label>
          </ActionForm>
          <ActionForm action={updateIncidentAction} submit={inc.status === "RESOLVED" ? t("reports.inc.reopen") : t("reports.inc.resolve")}
            buttonClass="rounded px-3 py-1.5 text-sm ring-1 ring-slate-300 hover:bg-slate-50">
            {hidden}<input type="hidden" name="status" value={inc.status === "RESOLVED" ? "OPEN" : "RESOLVED"} />
          </ActionForm>
        </div>
      )}

      <section className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
        <h2 className="mb-2 font-medium">{t("reports.inc.cases")}</h2>
        <ul className="divide-y divide-slate-100">
          {inc.cases.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center gap-2 py-1.5 text-sm" data-testid="incident-case">
              <PlatformBadge platform={c.channel.platform} />
              <span className="font-mono text-xs text-slate-500">#{c.number}</span>
              <StatusBadge status={c.status} t={t} />
              <span className="font-medium">{c.contact.displayName}</span><SignalBadges signals={c.contact.signals} t={t} />
              <Link href={`/cases/${c.id}`} className="min-w-0 flex-1 truncate text-slate-700 hover:text-brand">{c.preview}</Link>
              <span className="text-xs text-slate-500">{when(c.openedAt)}</span>
              {manage && (
                <ActionForm action={updateIncidentAction} submit={t("reports.inc.unlink")} buttonClass="rounded px-2 py-0.5 text-xs ring-1 ring-slate-300 hover:bg-slate-50">
                  {hidden}<input type="hidden" name="unlinkCaseId" value={c.id} />
                </ActionForm>
              )}
            </li>
          ))}
        </ul>
        {manage && (
          <ActionForm action={updateIncidentAction} submit={t("reports.inc.link")} className="mt-2 flex items-end gap-2" buttonClass="rounded px-3 py-1 text-sm ring-1 ring-slate-300 hover:bg-slate-50">
            {hidden}
            <label className="text-xs text-slate-600">{t("reports.inc.caseNumber")}<input name="linkCase" required placeholder="#38" className={`${input} w-40`} data-testid="incident-link-case" /></label>
          </ActionForm>
        )}
      </section>

      <div className="grid gap-4 lg:grid-cols-2">
        <section className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
          <h2 className="mb-2 font-medium">{t("reports.inc.updates")}</h2>
          {inc.updates.length === 0 ? <p className="text-sm text-slate-500">{t("reports.inc.noUpdates")}</p> : (
            <ul className="space-y-2 text-sm">
              {inc.updates.map((u) => <li key={u.id}><span className="text-xs text-slate-500">{when(u.createdAt)}</span><p className="whitespace-pre-wrap">{u.body}</p></li>)}
            </ul>
          )}
          {manage && (
            <ActionForm action={postIncidentUpdateAction} submit={t("reports.inc.post")} className="mt-2 space-y-1">
              {hidden}
              <label className="block text-xs text-slate-600">{t("reports.inc.updateText")}<textarea name="text" required minLength={3} rows={2} className={input} /></label>
            </ActionForm>
          )}
        </section>
        {manage && inc.status !== "RESOLVED" && (
          <section className="rounded-lg bg-white p-3 ring-1 ring-slate-200" data-testid="incident-answer">
            <h2 className="mb-1 font-medium">{t("reports.inc.answer")}</h2>
            <p className="mb-2 text-xs text-slate-500">{t("reports.inc.answerHelp")}</p>
            <IncidentAnswerForm incidentId={inc.id} action={answerIncidentAction} settings={guardSettings} locale={lang}
              defaults={{ fr: DICTIONARIES.fr["reports.inc.defaultFr"], en: DICTIONARIES.en["reports.inc.defaultEn"] }}
              labels={{
                ...labelsFor(t, "reports.inc.", "guards."),
                "reports.inc.wordingFr": t("reports.inc.wordingFr", { count: openIn("fr") }),
                "reports.inc.wordingEn": t("reports.inc.wordingEn", { count: openIn("en") }),
              }} />
          </section>
        )}
      </div>
    </div>
  );
}
