import Link from "next/link";
import { CaseTable } from "@/components/inbox/case-table";
import { InboxFilters } from "@/components/inbox/inbox-filters";
import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listCases } from "@/lib/cases/list-cases";
import { listCasesQuery } from "@/lib/cases/schemas";
import { getT } from "@/lib/i18n/server";
import { getPrisma } from "@/lib/server/db";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InboxPage({ searchParams }: Props) {
  const member = await requireMember("cases.view_escalated");
  const { locale, t } = await getT();
  const raw = await searchParams;
  const pick = (k: string) => (typeof raw[k] === "string" && raw[k] ? (raw[k] as string) : undefined);
  // A bad parameter in the address bar shows the unfiltered inbox rather than an error page.
  const parsed = listCasesQuery.safeParse({ status: pick("status"), q: pick("q"), cursor: pick("cursor") });
  const query = parsed.success ? parsed.data : listCasesQuery.parse({});
  const { data, nextCursor } = await listCases(await getPrisma(), member, query);
  const status = query.status?.length === 1 ? query.status[0] : undefined;
  const nextHref = nextCursor
    ? `/inbox?${new URLSearchParams({ ...(status ? { status } : {}), ...(query.q ? { q: query.q } : {}), cursor: nextCursor })}`
    : null;
  return (
    <div>
      <h1 className="mb-3 text-xl font-semibold">{t("inbox.title")}</h1>
      <InboxFilters status={status} q={query.q} t={t} />
      {data.length === 0 ? (
        <p className="rounded-lg bg-white p-8 text-center text-slate-500 ring-1 ring-slate-200" data-testid="inbox-empty">
          {can(member.role, "cases.view_all") ? t("inbox.empty") : t("inbox.emptyEscalated")}
        </p>
      ) : (
        <CaseTable cases={data} locale={locale} now={new Date()} t={t} />
      )}
      {nextHref && (
        <div className="mt-3 text-right">
          <Link href={nextHref} className="text-sm text-brand hover:underline">
            {t("inbox.next")} →
          </Link>
        </div>
      )}
    </div>
  );
}
