// The customer-service desk: escalations for me, my team and the shared queue (leads see all), oldest first,
// with their clocks and counts; filters; pick up in one click; the case page holds the thread and the hand-back.
import Link from "next/link";
import { MyFollowUps } from "@/components/desk/my-follow-ups";
import { PickUpButton } from "@/components/desk/pick-up-button";
import { AutoRefresh } from "@/components/live/auto-refresh";
import { requireMember } from "@/lib/auth/session";
import { searchParamsObject } from "@/lib/cases/schemas";
import { countEscalations, listEscalations } from "@/lib/escalations/list-escalations";
import { ESCALATION_REASONS, ESCALATION_STATUSES, listEscalationsQuery } from "@/lib/escalations/schemas";
import { formatAge, formatDateTime } from "@/lib/format/time";
import type { MessageKey } from "@/lib/i18n/messages";
import { getT } from "@/lib/i18n/server";
import { fillTemplate } from "@/lib/notifications/fill-template";
import { getPrisma } from "@/lib/server/db";
import { dataReadAt } from "@/lib/live/read-time";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DeskPage({ searchParams }: Props) {
  const member = await requireMember("escalations.work");
  const { locale, t } = await getT();
  const raw = Object.fromEntries(Object.entries(await searchParams).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));
  const parsed = listEscalationsQuery.safeParse(searchParamsObject(new URLSearchParams(raw)));
  const q = parsed.success ? parsed.data : listEscalationsQuery.parse({});
  const prisma = await getPrisma();
  // Before the escalations are read: the page catches up with what changed after it (live-provider.tsx).
  const renderedAt = dataReadAt();
  const [{ data, nextCursor }, counts] = await Promise.all([listEscalations(prisma, member, q), countEscalations(prisma, member)]);
  const now = new Date();
  const tile = (label: string, n: number, href: string, tone = "") => (
    <Link href={href} className={`rounded-lg bg-white px-4 py-2 ring-1 ring-slate-200 hover:ring-brand ${tone}`}>
      <span className="block text-2xl font-semibold" data-testid={`desk-count-${label}`}>{n}</span>
      <span className="text-xs text-slate-600">{t(`desk.count.${label}` as MessageKey)}</span>
    </Link>
  );
  const sel = "mt-0.5 block rounded border border-slate-300 bg-white px-1 py-1 text-sm";
  return (
    <div>
      <AutoRefresh renderedAt={renderedAt} />
      <h1 className="text-xl font-semibold">{t("desk.title")}</h1>
      <p className="mb-3 text-sm text-slate-600">{t("desk.subtitle")}</p>
      <div className="mb-3 flex flex-wrap gap-2">
        {tile("pending", counts.pending, "/desk?status=PENDING")}
        {tile("inProgress", counts.inProgress, "/desk?status=IN_PROGRESS")}
        {tile("late", counts.late, "/desk?late=true", counts.late > 0 ? "text-rose-700" : "")}
        {tile("mine", counts.mine, "/desk?assignee=me")}
      </div>
      <MyFollowUps member={member} locale={locale} t={t} />
      <form method="get" aria-label={t("desk.filter.label")} className="mb-3 flex flex-wrap items-end gap-3 text-xs text-slate-600">
        <label>{t("desk.filter.assignee")}
          <select name="assignee" defaultValue={q.assignee ?? ""} className={sel}>
            <option value="">{t("desk.filter.any")}</option>
            <option value="me">{t("desk.filter.mine")}</option>
            <option value="unassigned">{t("desk.filter.unassigned")}</option>
          </select>
        </label>
        <label>{t("desk.filter.status")}
          <select name="status" defaultValue={q.status?.join(",") ?? ""} className={sel}>
            <option value="">{t("desk.filter.open")}</option>
            {ESCALATION_STATUSES.map((s) => <option key={s} value={s}>{t(`desk.status.${s}` as MessageKey)}</option>)}
          </select>
        </label>
        <label>{t("desk.filter.reason")}
          <select name="reason" defaultValue={q.reason ?? ""} className={sel}>
            <option value="">{t("desk.filter.allReasons")}</option>
            {ESCALATION_REASONS.map((r) => <option key={r} value={r}>{t(`desk.reason.${r}` as MessageKey)}</option>)}
          </select>
        </label>
        {q.late && <input type="hidden" name="late" value="true" />}
        <button className="rounded bg-brand px-3 py-1.5 text-sm text-white hover:bg-brand-dark">{t("desk.filter.apply")}</button>
      </form>
      {data.length === 0 ? (
        <p className="rounded-lg bg-white p-8 text-center text-slate-500 ring-1 ring-slate-200" data-testid="desk-empty">{t("desk.empty")}</p>
      ) : (
        // Phones: each escalation is a card (the rows stack their cells), nothing scrolls sideways.
        <div>
        <table className="w-full overflow-hidden rounded-lg bg-white text-sm ring-1 ring-slate-200" data-testid="desk-table">
          <thead className="bg-slate-50 text-left text-xs uppercase text-slate-500 max-sm:sr-only">
            <tr>
              <th className="px-3 py-2">{t("desk.col.case")}</th>
              <th className="px-3 py-2">{t("desk.col.reason")}</th>
              <th className="px-3 py-2">{t("desk.col.sla")}</th>
              <th className="px-3 py-2">{t("desk.col.assignee")}</th>
              <th className="px-3 py-2"><span className="sr-only">{t("desk.col.actions")}</span></th>
            </tr>
          </thead>
          <tbody>
            {data.map((e) => (
              <tr key={e.id} className="border-t border-slate-100 align-top max-sm:grid max-sm:grid-cols-2" data-testid="desk-row" data-status={e.status}>
                <td className="px-3 py-2 max-sm:col-span-2">
                  <Link href={`/cases/${e.caseId}`} className="font-medium text-brand hover:underline">#{e.case.number} · {e.case.contact.displayName}</Link>
                  <span className="block text-xs text-slate-500">{formatAge(e.createdAt, now, locale)} · {t(`desk.status.${e.status}` as MessageKey)}</span>
                </td>
                <td className="max-w-md px-3 py-2 max-sm:col-span-2 max-sm:pt-0">
                  <span className="rounded bg-rose-100 px-1.5 text-xs text-rose-900">{t(`desk.reason.${e.reason}` as MessageKey) ?? e.reason}</span>
                  <span className="mt-0.5 block line-clamp-2">{e.summary || e.case.preview}</span>
                  {e.references.length > 0 && <span className="block font-mono text-xs text-slate-500">{e.references.join(", ")}</span>}
                </td>
                <td className={`px-3 py-2 text-xs ${e.sla.late ? "font-semibold text-rose-700" : "text-slate-600"}`} data-testid="desk-sla" data-late={e.sla.late}>
                  {e.sla.dueAt ? <>{e.sla.late && <span className="block">{t("desk.sla.late")}</span>}{fillTemplate(t(`desk.sla.${e.sla.clock}` as MessageKey), { time: formatDateTime(e.sla.dueAt, locale) }, locale)}</> : t("desk.sla.none")}
                </td>
                <td className="px-3 py-2 text-xs">{e.assignee?.name ?? (e.team ? fillTemplate(t("desk.teamNamed"), { name: e.team.name }, locale) : t("desk.defaultQueue"))}</td>
                <td className="px-3 py-2 text-right max-sm:col-span-2 max-sm:text-left">{e.status === "PENDING" && <PickUpButton escalationId={e.id} label={t("desk.panel.pickUp")} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
      {nextCursor && (
        <Link className="mt-3 inline-block text-sm text-brand hover:underline" href={`/desk?${new URLSearchParams({ ...raw, cursor: nextCursor })}`}>{t("desk.more")} →</Link>
      )}
    </div>
  );
}
