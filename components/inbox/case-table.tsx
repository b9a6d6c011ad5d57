import Link from "next/link";
import type { CaseListItem } from "@/lib/cases/list-cases";
import { isActive } from "@/lib/cases/case-status";
import { formatAge, formatCount } from "@/lib/format/time";
import type { Locale, MessageKey } from "@/lib/i18n/messages";
import { PresenceBadge } from "../live/presence-badge";
import { PlatformBadge, PriorityBadge, StatusBadge } from "../ui/badges";
import { SlaCountdown } from "./sla-countdown";
import { SignalBadges } from "./signal-badges";

export function CaseTable({ cases, locale, now, t }: { cases: CaseListItem[]; locale: Locale; now: Date; t: (k: MessageKey) => string }) {
  const sla = { late: t("sla.late"), left: t("sla.left"), answered: t("sla.answered"), paused: t("reports.sla.paused"), dayUnit: t("reports.sla.dayUnit") };
  const presence = { viewing: t("presence.viewing"), replying: t("presence.replying") };
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <table className="w-full text-left text-sm" aria-label={t("inbox.title")}>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase text-slate-500">
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
        <tbody>
          {cases.map((c) => (
            <tr key={c.id} data-testid="case-row" data-case-id={c.id} aria-selected={false}
              className="border-b border-slate-100 last:border-0 hover:bg-slate-50 aria-selected:bg-blue-50 aria-selected:outline aria-selected:outline-2 aria-selected:outline-brand">
              <td className="px-2 py-2">
                <input type="checkbox" data-bulk-select value={c.id} aria-label={`${t("bulk.region")} #${c.number}`} className="h-4 w-4" />
              </td>
              <td className="px-2 py-2 font-mono text-xs text-slate-500">
                <div className="flex items-center gap-1">
                  <PlatformBadge platform={c.channel.platform} />
                  <span>#{c.number}</span>
                </div>
                {c.priority !== "NORMAL" && <PriorityBadge priority={c.priority} t={t} />}
              </td>
              <td className="px-2 py-2">
                <StatusBadge status={c.status} t={t} />
                {c.incidentTitle && (
                  <div className="mt-1 max-w-32 truncate rounded bg-purple-100 px-1.5 text-xs text-purple-800" title={c.incidentTitle} data-testid="incident-badge">
                    ⚑ {c.incidentTitle}
                  </div>
                )}
              </td>
              <td className="px-2 py-2">
                <div className="font-medium">{c.author.name} <SignalBadges signals={c.signals} t={t} /></div>
                <div className="text-xs text-slate-500">
                  {c.author.handle && `@${c.author.handle}`}
                  {c.author.followerCount != null && ` · ${formatCount(c.author.followerCount, locale)} ${t("case.followers")}`}
                </div>
              </td>
              <td className="max-w-md px-2 py-2">
                <Link href={`/cases/${c.id}`} className="line-clamp-2 text-slate-700 hover:text-brand" data-testid="case-link">
                  {c.preview}
                </Link>
                <div className="mt-0.5 flex flex-wrap gap-1">
                  {c.tags.map((tag) => (
                    <span key={tag} className="rounded bg-slate-100 px-1.5 text-xs text-slate-600">#{tag}</span>
                  ))}
                  <PresenceBadge caseId={c.id} labels={presence} />
                </div>
              </td>
              <td className="whitespace-nowrap px-2 py-2 text-slate-600" title={c.openedAt.toISOString()}>
                {formatAge(c.openedAt, now, locale)}
              </td>
              <td className="px-2 py-2">
                <SlaCountdown clock={c.sla} active={isActive(c.status as never)} labels={sla} />
              </td>
              <td className="hidden px-2 py-2 text-slate-600 md:table-cell">{c.assignee?.name ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
