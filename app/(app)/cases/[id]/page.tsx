import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditTimeline } from "@/components/case/audit-timeline";
import { MessageItem } from "@/components/case/message-item";
import { PlatformBadge, StatusBadge } from "@/components/ui/badges";
import { NotFoundError } from "@/lib/api/errors";
import { requireMember } from "@/lib/auth/session";
import { getCase } from "@/lib/cases/get-case";
import { caseIdParam } from "@/lib/cases/schemas";
import { formatCount, formatDateTime } from "@/lib/format/time";
import { getT } from "@/lib/i18n/server";
import { getPrisma } from "@/lib/server/db";

type Props = { params: Promise<{ id: string }> };

export default async function CasePage({ params }: Props) {
  const member = await requireMember("cases.view_escalated");
  const { locale, t } = await getT();
  const id = caseIdParam.safeParse((await params).id);
  if (!id.success) notFound();
  const c = await getCase(await getPrisma(), member, id.data).catch((err: unknown) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const identity = c.contact.identities.find((i) => i.channelId === c.channel.id) ?? c.contact.identities[0];
  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_18rem]">
      <section aria-labelledby="case-title">
        <Link href="/inbox" className="text-sm text-brand hover:underline">
          ← {t("case.back")}
        </Link>
        <div className="mt-2 mb-3 flex flex-wrap items-center gap-2">
          <PlatformBadge platform={c.channel.platform} />
          <h1 id="case-title" className="text-xl font-semibold">
            #{c.number} · {c.contact.displayName}
          </h1>
          <StatusBadge status={c.status} t={t} />
          {c.reopenCount > 0 && (
            <span className="text-xs text-rose-700">
              {t("case.reopened")} ×{c.reopenCount}
            </span>
          )}
        </div>
        {c.thread?.text && (
          <div className="mb-3 rounded-lg bg-slate-100 p-3 text-sm text-slate-700" data-testid="case-post">
            <div className="mb-1 text-xs uppercase text-slate-500">{t("case.onPost")}</div>
            {c.thread.permalink ? (
              <a href={c.thread.permalink} target="_blank" rel="noreferrer" className="hover:underline">
                {c.thread.text}
              </a>
            ) : (
              c.thread.text
            )}
          </div>
        )}
        <h2 className="sr-only">{t("case.thread")}</h2>
        <ol className="space-y-2" data-testid="thread">
          {c.messages.map((m) => (
            <MessageItem key={m.id} m={m} locale={locale} t={t} />
          ))}
        </ol>
      </section>
      <aside className="space-y-4">
        <section className="rounded-lg bg-white p-3 text-sm ring-1 ring-slate-200">
          <h2 className="mb-1 text-xs uppercase text-slate-500">{t("case.author")}</h2>
          <div className="font-medium">{c.contact.displayName}</div>
          {identity?.handle && <div className="text-slate-500">@{identity.handle}</div>}
          {identity?.followerCount != null && (
            <div className="text-slate-500">
              {formatCount(identity.followerCount, locale)} {t("case.followers")}
            </div>
          )}
          <div className="mt-2 text-xs text-slate-500">
            {t("case.opened")} {formatDateTime(c.openedAt, locale)} · {c.channel.name}
          </div>
        </section>
        <section className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
          <h2 className="mb-2 text-xs uppercase text-slate-500">{t("case.timeline")}</h2>
          <AuditTimeline events={c.events} locale={locale} />
        </section>
      </aside>
    </div>
  );
}
