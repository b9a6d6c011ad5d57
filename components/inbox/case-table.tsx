import Link from "next/link";
import type { CaseListItem } from "@/lib/cases/list-cases";
import { formatAge, formatCount } from "@/lib/format/time";
import type { Locale, MessageKey } from "@/lib/i18n/messages";
import { PlatformBadge, StatusBadge } from "../ui/badges";

export function CaseTable({
  cases,
  locale,
  now,
  t,
}: {
  cases: CaseListItem[];
  locale: Locale;
  now: Date;
  t: (k: MessageKey) => string;
}) {
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase text-slate-500">
          <tr>
            <th className="px-3 py-2">{t("inbox.col.case")}</th>
            <th className="px-3 py-2">{t("inbox.col.status")}</th>
            <th className="px-3 py-2">{t("inbox.col.channel")}</th>
            <th className="px-3 py-2">{t("inbox.col.author")}</th>
            <th className="px-3 py-2">{t("inbox.col.message")}</th>
            <th className="px-3 py-2">{t("inbox.col.age")}</th>
            <th className="px-3 py-2">{t("inbox.col.assignee")}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.id} data-testid="case-row" className="border-b border-slate-100 last:border-0 hover:bg-slate-50">
              <td className="px-3 py-2 font-mono text-xs text-slate-500">
                <Link href={`/cases/${c.id}`} className="hover:underline">
                  #{c.number}
                </Link>
              </td>
              <td className="px-3 py-2">
                <StatusBadge status={c.status} t={t} />
              </td>
              <td className="px-3 py-2">
                <PlatformBadge platform={c.channel.platform} />
              </td>
              <td className="px-3 py-2">
                <div className="font-medium">{c.author.name}</div>
                <div className="text-xs text-slate-500">
                  {c.author.handle && `@${c.author.handle}`}
                  {c.author.followerCount != null && ` · ${formatCount(c.author.followerCount, locale)} ${t("case.followers")}`}
                </div>
              </td>
              <td className="max-w-md px-3 py-2">
                <Link href={`/cases/${c.id}`} className="line-clamp-2 text-slate-700 hover:text-brand">
                  {c.preview}
                </Link>
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-slate-600" title={c.openedAt.toISOString()}>
                {formatAge(c.openedAt, now, locale)}
              </td>
              <td className="px-3 py-2 text-slate-600">{c.assignee?.name ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
