import Link from "next/link";
import { CaseTable } from "@/components/inbox/case-table";
import { BulkBar } from "@/components/inbox/bulk-bar";
import { InboxFilters } from "@/components/inbox/inbox-filters";
import { InboxEmpty } from "@/components/inbox/inbox-empty";
import { InboxKeyboard } from "@/components/inbox/inbox-keyboard";
import { labelsFor } from "@/lib/i18n/labels";
import { ROW_LABEL_PREFIXES } from "@/components/inbox/case-row";
import { LiveCounts } from "@/components/live/live-counts";
import { toLiveRow } from "@/lib/live/to-live-row";
import { requireMember } from "@/lib/auth/session";
import { listCases } from "@/lib/cases/list-cases";
import { countCases, countViews } from "@/lib/cases/count-cases";
import { filteredEmptyState, inboxEmptyState } from "@/lib/cases/inbox-empty-state";
import { parseInboxParams } from "@/lib/cases/parse-inbox-params";
import { listCasesQuery } from "@/lib/cases/schemas";
import { withTypoRetry } from "@/lib/search/correct-typos";
import { highlightKeys } from "@/lib/search/highlight";
import { parseSearch } from "@/lib/search/parse-search";
import { getT } from "@/lib/i18n/server";
import { getPrisma } from "@/lib/server/db";
import { listPeople } from "@/lib/members/list-people";
import { MyFollowUps } from "@/components/desk/my-follow-ups";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InboxPage({ searchParams }: Props) {
  const member = await requireMember("cases.view_escalated");
  const { locale, t } = await getT();
  const raw = await searchParams;
  const { query: typed, ignored } = parseInboxParams(raw);
  const prisma = await getPrisma();
  const now = new Date();
  // A search that finds nothing may be mistyped: it runs with look-alike words, and the page says so.
  const { query, searchedFor: correctedQ } = await withTypoRetry(prisma, member, typed);
  const [{ data, nextCursor }, counts, total, members] = await Promise.all([
    listCases(prisma, member, query, now),
    countViews(prisma, member, now),
    countCases(prisma, member, query, now),
    listPeople(prisma, member),
  ]);
  // Only an empty first page asks why it is empty (no channel, no case yet, or the filters); a list emptied
  // later by live updates had cases, so the filters explain it.
  const empty = data.length === 0 ? await inboxEmptyState(prisma, member) : filteredEmptyState(member);
  const next = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) if (typeof v === "string" && v && k !== "cursor" && !ignored.includes(k)) next.set(k, v);
  // The counts follow the list's filters (keys the list query knows; the cursor aside).
  const filters = new URLSearchParams([...next].filter(([k]) => k in listCasesQuery.shape && k !== "cursor")).toString();
  if (nextCursor) next.set("cursor", nextCursor);
  return (
    <div>
      <LiveCounts filters={filters} renderedAt={now.getTime()} />
      <h1 className="mb-3 text-xl font-semibold">
        {t("inbox.title")} <span className="text-sm font-normal text-slate-500" data-testid="inbox-total">{total} {t("reports.inbox.total")}</span>
      </h1>
      <MyFollowUps member={member} locale={locale} t={t} />
      <InboxFilters query={typed} t={t} counts={counts} members={members.map(({ id, name }) => ({ id, name }))} />
      {correctedQ && (
        <p role="status" data-testid="search-corrected" className="mb-2 rounded bg-sky-50 px-3 py-2 text-sm text-sky-900">
          {t("inbox.searchCorrected", { typed: typed.q ?? "", used: correctedQ })}
        </p>
      )}
      {ignored.length > 0 && (
        <p role="status" className="mb-2 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("inbox.invalidFilter")} {ignored.join(", ")}
        </p>
      )}
      <BulkBar labels={labelsFor(t, "bulk.", "status.")} />
      <InboxKeyboard labels={labelsFor(t, "shortcuts.")}>
        {/* Live: rows arriving on the stream are added in the browser (components/live/use-live-rows.ts). */}
        <CaseTable cases={data.map(toLiveRow)} more={!!nextCursor} query={query} selfId={member.userId} locale={locale}
          serverNow={now.toISOString()} labels={labelsFor(t, ...ROW_LABEL_PREFIXES, "live.")}
          empty={<InboxEmpty state={empty} t={t} />} highlight={query.q ? highlightKeys(parseSearch(query.q)) : undefined} />
      </InboxKeyboard>
      {nextCursor && (
        <div className="mt-3 text-right">
          <Link href={`/inbox?${next}`} className="text-sm text-brand hover:underline">
            {t("inbox.next")} →
          </Link>
        </div>
      )}
    </div>
  );
}
