// The team lead's dashboard: the crisis radar, open / late / at-risk cases now, the period's figures with their
// trends, incidents, per-team and per-agent load — every figure a link to the cases behind it — and CSV exports.
import Link from "next/link";
import { CaseMiniList } from "@/components/reports/case-mini-list";
import { Figure } from "@/components/reports/figure";
import { RADAR_SHOWN, RadarSection } from "@/components/reports/radar-section";
import { STACKED_CELL, STACKED_ROW } from "@/components/ui/stacked-table";
import { TeamFiguresSection } from "@/components/reports/team-figures";
import { TrendCharts } from "@/components/reports/trend-charts";
import { FailedRoutesSection } from "@/components/reports/failed-routes-section";
import { listHandoffRoutes } from "@/lib/handoff/list-handoff-routes";
import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listCases } from "@/lib/cases/list-cases";
import { listCasesQuery } from "@/lib/cases/schemas";
import { formatDuration } from "@/lib/metrics/format";
import { computeMetrics } from "@/lib/metrics/compute-metrics";
import { DASHBOARD_PERIODS, dashboardParams } from "@/lib/metrics/schemas";
import { listIncidents } from "@/lib/incidents/list-incidents";
import { displayTitle } from "@/lib/incidents/incident-label";
import { listAlerts } from "@/lib/radar/list-alerts";
import { labelsFor } from "@/lib/i18n/labels";
import type { MessageKey } from "@/lib/i18n/messages";
import { getT } from "@/lib/i18n/server";
import { getPrisma } from "@/lib/server/db";
import { listAlertCases } from "@/lib/radar/list-alert-cases";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReportsPage({ searchParams }: Props) {
  const member = await requireMember("reports.view");
  const { locale, t } = await getT();
  const { days, alerts: alertsParam } = dashboardParams.parse(await searchParams);
  const showAllAlerts = alertsParam === "all";
  const prisma = await getPrisma();
  const now = new Date();
  const from = new Date(now.getTime() - days * 86_400_000);
  const range = `from=${from.toISOString().slice(0, 10)}&to=${now.toISOString()}`;
  const [m, incidents, alerts, late, atRisk, failedRoutes] = await Promise.all([
    computeMetrics(prisma, member, from, now, now),
    listIncidents(prisma, member, {}, now),
    listAlerts(prisma, member, { limit: 200 }),
    listCases(prisma, member, listCasesQuery.parse({ view: "late", limit: "8" }), now),
    listCases(prisma, member, listCasesQuery.parse({ sla: "at_risk", limit: "8" }), now),
    listHandoffRoutes(prisma, member, { days: Math.max(days, 28) }),
  ]);
  const pct = (v: number | null) => (v === null ? t("reports.noData") : `${Math.round(v * 100)} %`);
  const dur = (s: number | null) => (s === null ? t("reports.noData") : formatDuration(s, locale));
  const activeIncidents = incidents.filter((i) => i.status !== "RESOLVED");
  // The radar's links name their cases (#38 · author): one query for the cases of the alerts shown.
  const shownCaseIds = (showAllAlerts ? alerts : alerts.slice(0, RADAR_SHOWN)).flatMap((a) => a.caseIds.slice(0, 4));
  const alertCases = await listAlertCases(prisma, member, shownCaseIds);
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold">{t("reports.title")}</h1>
        <nav aria-label={t("reports.period")} className="flex gap-1">
          {DASHBOARD_PERIODS.map((d) => (
            <Link key={d} href={`/reports?days=${d}`} aria-current={d === days ? "page" : undefined}
              className={`rounded-full px-3 py-1 text-sm ${d === days ? "bg-brand text-white" : "bg-white ring-1 ring-slate-200 hover:bg-slate-100"}`}>
              {t(`reports.days.${d}` as MessageKey)}
            </Link>
          ))}
        </nav>
        <div className="ml-auto flex gap-3 text-sm">
          {can(member.role, "sla.manage") && <Link href="/settings/sla" className="text-slate-600 hover:underline">⚙ {t("reports.settings.nav")}</Link>}
          <a href={`/api/v1/metrics?${range}&format=csv`} className="text-brand hover:underline" data-testid="export-figures">⬇ {t("reports.exportFigures")}</a>
          <a href={`/api/v1/metrics/cases?${range}`} className="text-brand hover:underline" data-testid="export-cases">⬇ {t("reports.exportCases")}</a>
        </div>
      </div>

      <RadarSection alerts={alerts} cases={alertCases} showAll={showAllAlerts} days={days} canAcknowledge={can(member.role, "alerts.acknowledge")} t={t} locale={locale} />

      <section aria-label={t("reports.summary")} className="grid grid-cols-2 gap-3 md:grid-cols-4 lg:grid-cols-8">
        <Figure label={t("reports.open")} value={m.open} href="/inbox?status=NEW,OPEN,WAITING_ON_CUSTOMER,ESCALATED" testId="fig-open" />
        <Figure label={t("reports.late")} value={m.late} href="/inbox?view=late" tone={m.late > 0 ? "bad" : undefined} testId="fig-late" />
        <Figure label={t("reports.atRisk")} value={m.atRisk} href="/inbox?sla=at_risk" tone={m.atRisk > 0 ? "warn" : undefined} testId="fig-at-risk" />
        <Figure label={t("reports.firstResponse")} value={dur(m.firstResponse.median)} sub={`p90 ${dur(m.firstResponse.p90)}`} href={`/inbox?${range}`} testId="fig-first-response" />
        <Figure label={t("reports.resolution")} value={dur(m.resolution.median)} sub={`p90 ${dur(m.resolution.p90)}`} href={`/inbox?${range}&status=RESOLVED,CLOSED`} testId="fig-resolution" />
        <Figure label={t("reports.slaCompliance")} value={pct(m.slaCompliance)} href={`/inbox?${range}&sla=missed`} sub={t("reports.seeMissed")} testId="fig-sla" />
        <Figure label={t("reports.reopenRate")} value={pct(m.reopenRate)} href={`/inbox?${range}&reopened=true`} testId="fig-reopen" />
        <Figure label={t("reports.csat")} value={m.csat ? `${m.csat.average.toFixed(1)}/5` : t("reports.noData")} testId="fig-csat" />
      </section>

      {m.reviews && (
        <p className="rounded-lg bg-white px-3 py-2 text-sm ring-1 ring-slate-200" data-testid="fig-reviews">
          <span className="font-medium">{t("reports.reviews.title")}</span>{" · "}
          {t("reports.reviews.line", { count: m.reviews.reviews, average: new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(m.reviews.averageStars) })}{" · "}
          <a href={`/inbox?platform=google&q=${encodeURIComponent("rating:<=2")}`} className={m.reviews.lowAnswered < m.reviews.low ? "text-rose-700 underline" : "underline"}>
            {t("reports.reviews.low", { low: m.reviews.low, answered: m.reviews.lowAnswered })}
          </a>
        </p>
      )}

      <TrendCharts days={m.series.days} labels={labelsFor(t, "reports.chart.")} locale={locale} />

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <CaseMiniList title={t("reports.lateList")} cases={late.data} empty={t("reports.noneLate")} more="/inbox?view=late" t={t} testId="late-list" />
        <CaseMiniList title={t("reports.atRiskList")} cases={atRisk.data} empty={t("reports.noneAtRisk")} more="/inbox?sla=at_risk" t={t} testId="at-risk-list" />
      </div>

      <section aria-labelledby="inc-h" className="rounded-lg bg-white p-3 ring-1 ring-slate-200" data-testid="incidents">
        <h2 id="inc-h" className="mb-2 font-medium">⚑ {t("reports.incidents")}</h2>
        {activeIncidents.length === 0 ? <p className="text-sm text-slate-500">{t("reports.noIncidents")}</p> : (
          <ul className="divide-y divide-slate-100">
            {activeIncidents.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center gap-2 py-1.5 text-sm" data-testid="incident-row">
                <span className={`rounded px-1.5 text-xs font-semibold ${i.status === "SUGGESTED" ? "bg-amber-100 text-amber-900" : "bg-purple-100 text-purple-800"}`}>{t(`reports.incident.${i.status}` as MessageKey)}</span>
                <Link href={`/reports/incidents/${i.id}`} className="font-medium text-slate-800 hover:text-brand">{displayTitle(i, locale.startsWith("en") ? "en" : "fr")}</Link>
                <Link href={`/inbox?incident=${i.id}`} className="text-xs text-brand hover:underline">{i.size} {t("reports.cases")}</Link>
                {i.growth.lastHour > 0 && <span className="text-xs text-rose-700">+{i.growth.lastHour} {t("reports.lastHour")}</span>}
                <span className="text-xs text-slate-500">+{i.growth.lastDay} {t("reports.lastDay")}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        {([["reports.byStatus", m.byStatus, "status"], ["reports.byPriority", m.byPriority, "priority"]] as const).map(([title, counts, param]) => (
          <section key={title} className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
            <h2 className="mb-2 font-medium">{t(title)}</h2>
            <ul className="space-y-1 text-sm">
              {Object.entries(counts).map(([k, n]) => (
                <li key={k} className="flex justify-between">
                  <Link href={`/inbox?${param}=${k}`} className="text-slate-700 hover:text-brand">{t(`${param}.${k}` as MessageKey)}</Link>
                  <span className="tabular-nums">{n}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
        <section className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
          <h2 className="mb-2 font-medium">{t("reports.byChannel")}</h2>
          <ul className="space-y-1 text-sm">
            {m.byChannel.map((c) => (
              <li key={c.channelId} className="flex justify-between gap-2">
                <Link href={`/inbox?channel=${c.channelId}`} className="truncate text-slate-700 hover:text-brand">{c.name}</Link>
                <span className="tabular-nums">{c.open}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>

      <TeamFiguresSection teams={m.perTeam} t={t} dur={dur} />

      <FailedRoutesSection rows={failedRoutes.slice(0, 20)} t={(k) => t(k as MessageKey)} />

      <section aria-labelledby="agents-h" className="overflow-x-auto rounded-lg bg-white p-3 ring-1 ring-slate-200">
        <h2 id="agents-h" className="mb-2 font-medium">{t("reports.perAgent")}</h2>
        {m.perAgent.length === 0 ? <p className="text-sm text-slate-500">{t("reports.noAgents")}</p> : (
          <table className="w-full text-left text-sm">
            <thead className="text-xs uppercase text-slate-500 max-sm:sr-only">
              <tr><th className="py-1">{t("reports.agent")}</th><th>{t("reports.open")}</th><th>{t("reports.late")}</th><th>{t("reports.handled")}</th><th>{t("reports.resolved")}</th><th>{t("reports.replies")}</th><th>{t("reports.firstResponse")}</th><th>{t("reports.handleTime")}</th></tr>
            </thead>
            <tbody>
              {m.perAgent.map((a) => (
                // On a phone each agent is a small card: the cells stack two by two, each with its column's name.
                <tr key={a.userId} className={STACKED_ROW}>
                  <td className="py-1 max-sm:col-span-2 max-sm:font-medium"><Link href={`/inbox?assignee=${a.userId}`} className="hover:text-brand">{a.name}</Link></td>
                  <td data-label={t("reports.open")} className={STACKED_CELL}><Link href={`/inbox?assignee=${a.userId}&status=NEW,OPEN,WAITING_ON_CUSTOMER,ESCALATED`} className="hover:text-brand">{a.open}</Link></td>
                  <td data-label={t("reports.late")} className={`${STACKED_CELL} ${a.late ? "text-rose-700" : ""}`}>{a.late}</td>
                  <td data-label={t("reports.handled")} className={STACKED_CELL}>{a.handled}</td>
                  <td data-label={t("reports.resolved")} className={STACKED_CELL}>{a.resolved}</td>
                  <td data-label={t("reports.replies")} className={STACKED_CELL} data-testid="agent-replies">{a.replies}</td>
                  <td data-label={t("reports.firstResponse")} className={STACKED_CELL}>{dur(a.firstResponse.median)}</td>
                  <td data-label={t("reports.handleTime")} className={STACKED_CELL}>{dur(a.handleTime.median)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
