import Link from "next/link";
import { formatCount, formatDateTime } from "@/lib/format/time";
import type { Locale, MessageKey } from "@/lib/i18n/messages";
import { PlatformBadge, StatusBadge } from "../ui/badges";
import { SignalBadges } from "../inbox/signal-badges";

export interface AuthorPanelProps {
  name: string;
  signals: string[];
  identities: { id: string; handle: string | null; followerCount: number | null; platform: string }[];
  otherCases: { id: string; number: number; status: string; preview: string; openedAt: Date; platform: string }[];
  openedAt: Date;
  channelName: string;
  locale: Locale;
  t: (k: MessageKey) => string;
}

/** Who is writing: reach on each network, and their other cases on every channel (R7, R9). */
export function AuthorPanel(p: AuthorPanelProps) {
  return (
    <section className="rounded-lg bg-white p-3 text-sm ring-1 ring-slate-200" data-testid="author-panel">
      <h2 className="mb-1 text-xs uppercase text-slate-500">{p.t("case.author")}</h2>
      <div className="font-medium">{p.name}</div>
      <ul className="mt-1 space-y-0.5 text-slate-600">
        {p.identities.map((i) => (
          <li key={i.id} className="flex items-center gap-1">
            <PlatformBadge platform={i.platform} />
            {i.handle && <span>@{i.handle}</span>}
            {i.followerCount != null && <span>· {formatCount(i.followerCount, p.locale)} {p.t("case.followers")}</span>}
          </li>
        ))}
      </ul>
      {/* Named in the reader's language ("High reach", not "high_reach"); troll/spam marks are the moderation panel's. */}
      {p.signals.length > 0 && <div className="mt-1 text-xs" data-testid="author-signals"><SignalBadges signals={p.signals} t={p.t} /></div>}
      <div className="mt-2 text-xs text-slate-500">
        {p.t("case.opened")} {formatDateTime(p.openedAt, p.locale)} · {p.channelName}
      </div>
      <h3 className="mt-3 mb-1 text-xs uppercase text-slate-500">{p.t("case.otherCases")} ({p.otherCases.length})</h3>
      {p.otherCases.length === 0 ? (
        <p className="text-xs text-slate-600">{p.t("case.noOtherCases")}</p>
      ) : (
        <ul className="space-y-1">
          {p.otherCases.map((c) => (
            <li key={c.id} className="flex items-start gap-1 text-xs">
              <PlatformBadge platform={c.platform} />
              <Link href={`/cases/${c.id}`} className="flex-1 hover:text-brand">#{c.number} {c.preview.slice(0, 60)}</Link>
              <StatusBadge status={c.status} t={p.t} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
