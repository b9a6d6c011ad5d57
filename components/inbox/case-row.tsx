// One inbox row, rendered the same way on the server (first paint) and in the browser (live rows). Add
// per-row badges here: every row on screen, first or live, goes through this component. Below 640 px the same
// row is a card (a CSS grid: number and status, author, message, then age, SLA clock and assignee), so the
// phone shows the clock and the assignee without sideways scrolling, with one DOM for keyboard and live code.
import Link from "next/link";
import { isActive } from "@/lib/cases/case-status";
import { isSnoozed } from "@/lib/cases/snooze-rule";
import { formatAge, formatCount } from "@/lib/format/time";
import type { LiveRow } from "@/lib/live/events";
import type { MessageKey } from "@/lib/i18n/messages";
import { PresenceBadge } from "../live/presence-badge";
import { PlatformBadge, PriorityBadge, StatusBadge } from "../ui/badges";
import { HighlightedText } from "./highlighted-text";
import { SignalBadges } from "./signal-badges";
import { SlaCountdown } from "./sla-countdown";
import { ReviewStars } from "../case/review-stars";

export type RowLabels = Record<string, string>;
/** Dictionary prefixes a row needs, for labelsFor() on the server. */
export const ROW_LABEL_PREFIXES = ["inbox.", "status.", "priority.", "sla.", "presence.", "bulk.region", "case.followers", "reports.signal.", "reports.sla.paused", "reports.sla.dayUnit", "review.stars"];

/**
 * `prefetch={false}`: a row that arrived on the live stream. Next prefetches a link's page (a server render) as
 * soon as it scrolls into view; during a flood every tab would render every new case's page that way — the
 * very cost the live inbox exists to avoid. Rows from a server render keep the default.
 */
export function CaseRow({ c, locale, now, labels, fresh, prefetch, highlight }: {
  c: LiveRow; locale: string; now: Date; labels: RowLabels; fresh?: boolean; prefetch?: false;
  /** The search's match keys (lib/search/highlight.ts): the preview marks what it matched. */
  highlight?: string[];
}) {
  const t = (k: MessageKey) => labels[k] ?? k;
  return (
    <tr data-testid="case-row" data-case-id={c.id} data-live={fresh ? "new" : undefined} aria-selected={false}
      className={`border-b border-slate-100 last:border-0 hover:bg-slate-50 max-sm:grid max-sm:grid-cols-[auto_auto_1fr] max-sm:items-center max-sm:gap-x-3 max-sm:gap-y-1 max-sm:p-3 aria-selected:bg-blue-50 aria-selected:outline aria-selected:outline-2 aria-selected:outline-brand ${fresh ? "motion-safe:animate-[pulse_1s_ease-out_1]" : ""}`}>
      <td className="px-2 py-2 max-sm:p-0">
        <input type="checkbox" data-bulk-select value={c.id} aria-label={`${t("bulk.region")} #${c.number}`} className="h-4 w-4" />
      </td>
      <td className="px-2 py-2 font-mono text-xs text-slate-500 max-sm:p-0">
        <div className="flex items-center gap-1">
          <PlatformBadge platform={c.channel.platform} />
          <span>#{c.number}</span>
        </div>
        {c.priority !== "NORMAL" && <PriorityBadge priority={c.priority} t={t} />}
      </td>
      <td className="px-2 py-2 max-sm:justify-self-end max-sm:p-0">
        <StatusBadge status={c.status} t={t} />
        {/* On a phone the status column is narrow: the badge goes to the full-width message line below instead. */}
        {c.incidentTitle && <IncidentBadge title={c.incidentTitle} className="max-w-32 max-sm:hidden" testId="incident-badge" />}
      </td>
      <td className="px-2 py-2 max-sm:col-span-3 max-sm:p-0">
        <div className="font-medium">{c.author.name} <SignalBadges signals={c.signals} t={t} /></div>
        <div className="text-xs text-slate-500">
          {c.author.handle && `@${c.author.handle}`}
          {c.author.followerCount != null && ` · ${formatCount(c.author.followerCount, locale)} ${t("case.followers")}`}
        </div>
      </td>
      <td className="max-w-md px-2 py-2 max-sm:col-span-3 max-sm:max-w-none max-sm:p-0">
        <Link href={`/cases/${c.id}`} prefetch={prefetch} className="line-clamp-2 text-slate-700 hover:text-brand" data-testid="case-link">
          <HighlightedText text={c.preview} keys={highlight} />
        </Link>
        {(c.rating !== null || (c.channel.platform === "YOUTUBE" && c.postTitle)) && (
          <div className="mt-0.5 flex flex-wrap items-center gap-2 text-xs text-slate-500">
            {c.rating !== null && <ReviewStars rating={c.rating} label={t("review.stars")} locale={locale === "fr" ? "fr" : "en"} />}
            {c.channel.platform === "YOUTUBE" && c.postTitle && (
              <span className="max-w-64 truncate" data-testid="row-video" title={c.postTitle}>▶ {c.postTitle}</span>
            )}
          </div>
        )}
        {c.incidentTitle && <IncidentBadge title={c.incidentTitle} className="max-w-[80vw] sm:hidden" testId="incident-badge-phone" />}
        <div className="mt-0.5 flex flex-wrap gap-1">
          {c.tags.map((tag) => (
            <span key={tag} className="rounded bg-slate-100 px-1.5 text-xs text-slate-600">#{tag}</span>
          ))}
          <PresenceBadge caseId={c.id} labels={{ viewing: t("presence.viewing"), replying: t("presence.replying") }} />
        </div>
      </td>
      <td className="whitespace-nowrap px-2 py-2 text-slate-600 max-sm:p-0 max-sm:text-xs" title={c.openedAt}>
        {formatAge(new Date(c.openedAt), now, locale)}
      </td>
      <td className="px-2 py-2 max-sm:p-0">
        <SlaCountdown clock={c.sla} active={isActive(c.status as never)}
          labels={{ late: t("sla.late"), left: t("sla.left"), answered: t("sla.answered"), paused: t("reports.sla.paused"), dayUnit: t("reports.sla.dayUnit") }} />
        {c.snoozedUntil && isSnoozed({ status: c.status, snoozedUntil: c.snoozedUntil, slaDueAt: c.sla.paused ? null : c.sla.dueAt }, now) && (
          <div className="whitespace-nowrap text-xs text-indigo-700" data-testid="row-snoozed" title={c.snoozedUntil}>
            <span aria-hidden>💤 </span>{t("inbox.snoozedBack")} {formatAge(new Date(c.snoozedUntil), now, locale)}
          </div>
        )}
      </td>
      <td className="hidden px-2 py-2 text-slate-600 max-sm:block max-sm:justify-self-end max-sm:p-0 max-sm:text-xs md:table-cell">{c.assignee?.name ?? "—"}</td>
    </tr>
  );
}

/** The incident a case belongs to, cut to its width (the whole title on hover). */
function IncidentBadge({ title, className, testId }: { title: string; className: string; testId: string }) {
  return (
    <div className={`mt-1 truncate rounded bg-purple-100 px-1.5 text-xs text-purple-800 ${className}`} title={title} data-testid={testId}>
      ⚑ {title}
    </div>
  );
}
