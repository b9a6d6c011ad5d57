import type { CaseDetail } from "@/lib/cases/get-case";
import { formatDateTime } from "@/lib/format/time";
import type { Locale } from "@/lib/i18n/messages";

export function AuditTimeline({ events, locale }: { events: CaseDetail["events"]; locale: Locale }) {
  return (
    <ol className="space-y-1 text-xs text-slate-600">
      {events.map((e) => (
        <li key={e.id.toString()} className="flex gap-2">
          <time className="shrink-0 text-slate-400" dateTime={e.createdAt.toISOString()}>
            {formatDateTime(e.createdAt, locale)}
          </time>
          <span>
            <span className="font-mono">{e.action.toLowerCase().replaceAll("_", " ")}</span>
            {e.actor ? ` · ${e.actor.name}` : ` · ${e.actorKind.toLowerCase()}`}
          </span>
        </li>
      ))}
    </ol>
  );
}
