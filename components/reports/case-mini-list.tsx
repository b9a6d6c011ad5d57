// A short list of cases on the dashboard (late, at risk), each a link, with its SLA clock.
import Link from "next/link";
import type { CaseListItem } from "@/lib/cases/case-rows";
import { isActive } from "@/lib/cases/case-status";
import type { MessageKey } from "@/lib/i18n/messages";
import { SlaCountdown } from "../inbox/sla-countdown";
import { SignalBadges } from "../inbox/signal-badges";

export function CaseMiniList({ title, cases, empty, more, t, testId }: {
  title: string; cases: CaseListItem[]; empty: string; more: string; t: (k: MessageKey) => string; testId: string;
}) {
  const sla = { late: t("sla.late"), left: t("sla.left"), answered: t("sla.answered"), paused: t("reports.sla.paused"), dayUnit: t("reports.sla.dayUnit") };
  return (
    <section className="rounded-lg bg-white p-3 ring-1 ring-slate-200" data-testid={testId}>
      <h2 className="mb-2 flex items-center font-medium">
        {title}
        <Link href={more} className="ml-auto text-xs font-normal text-brand hover:underline">{t("reports.seeAll")} →</Link>
      </h2>
      {cases.length === 0 ? <p className="text-sm text-slate-500">{empty}</p> : (
        <ul className="divide-y divide-slate-100">
          {cases.map((c) => (
            <li key={c.id} className="flex items-center gap-2 py-1.5 text-sm">
              <span className="font-mono text-xs text-slate-500">#{c.number}</span>
              <Link href={`/cases/${c.id}`} className="min-w-0 flex-1 truncate text-slate-700 hover:text-brand">
                {c.author.name}<SignalBadges signals={c.signals} t={t} /> — {c.preview}
              </Link>
              <SlaCountdown clock={c.sla} active={isActive(c.status as never)} labels={sla} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
