// The audit-log viewer (admins): filters by person, action, case number and period; CSV export of the same.
import { AuditData } from "@/components/admin/audit-data";
import { auditValueLabel } from "@/lib/audit/value-label";
import Link from "next/link";
import { requireMember } from "@/lib/auth/session";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { AUDIT_ACTIONS, auditQuery } from "@/lib/audit/schemas";
import { formatDateTime } from "@/lib/format/time";
import type { MessageKey } from "@/lib/i18n/messages";
import { getT } from "@/lib/i18n/server";
import { localizeIssues } from "@/lib/i18n/localize-issues";
import { getPrisma } from "@/lib/server/db";
import { listPeople } from "@/lib/members/list-people";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const field = "rounded border border-slate-400 bg-white px-2 py-1.5 text-sm";

export default async function AuditPage({ searchParams }: Props) {
  const member = await requireMember("audit.view");
  const { locale, t } = await getT();
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const filters: Record<string, string | undefined> = { ...raw, format: undefined };
  const parsed = auditQuery.safeParse({ ...filters, limit: "100" });
  const prisma = await getPrisma();
  const people = await listPeople(prisma, member, { orderBy: "joined" });
  const actionLabel = (a: string) => t(`audit.action.${a}` as MessageKey);
  // Listed by their human name, in the reader's language.
  const actions = AUDIT_ACTIONS.map((a) => [a, actionLabel(a)] as const).sort((x, y) => x[1].localeCompare(y[1], locale));
  const page = parsed.success ? await listAuditEvents(prisma, member, parsed.data) : null;
  const qs = (extra: Record<string, string>) =>
    new URLSearchParams(Object.entries({ ...filters, ...extra }).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  return (
    <div className="space-y-4">
      <div>
        <h1 className="mb-1 text-xl font-semibold">{t("admin.audit.title")}</h1>
        <p className="max-w-3xl text-sm text-slate-700">{t("admin.audit.intro")}</p>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg bg-white p-3 ring-1 ring-slate-200" data-testid="audit-filters">
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-700">{t("admin.audit.person")}</span>
          <select name="actor" defaultValue={raw.actor ?? ""} className={`${field} max-w-[12rem]`}>
            <option value="">{t("admin.audit.anyone")}</option>
            {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-700">{t("admin.audit.action")}</span>
          <select name="action" defaultValue={raw.action ?? ""} className={`${field} max-w-[14rem]`}>
            <option value="">{t("admin.audit.anyAction")}</option>
            {actions.map(([a, label]) => <option key={a} value={a}>{label}</option>)}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-700">{t("admin.audit.case")}</span>
          <input name="case" inputMode="numeric" pattern="[0-9]*" defaultValue={raw.case ?? ""} className={`${field} w-24`} />
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-700">{t("admin.audit.from")}</span>
          <input type="date" name="from" defaultValue={raw.from ?? ""} className={field} />
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-700">{t("admin.audit.to")}</span>
          <input type="date" name="to" defaultValue={raw.to ?? ""} className={field} />
        </label>
        <button className="rounded bg-brand px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-dark">{t("admin.audit.filter")}</button>
        <Link href="/settings/audit" className="px-1 py-1.5 text-sm text-brand underline">{t("admin.audit.reset")}</Link>
        <a href={`/api/v1/audit-events?${qs({ format: "csv", cursor: "" })}`} className="ml-auto rounded px-3 py-1.5 text-sm text-brand ring-1 ring-brand" data-testid="audit-csv" download>
          {t("admin.audit.csv")}
        </a>
      </form>
      {!parsed.success ? (
        <p role="alert" className="rounded bg-rose-50 px-3 py-2 text-sm text-rose-800">
          {t("admin.audit.invalid", { error: localizeIssues(parsed.error.issues, locale, t).message })}
        </p>
      ) : page!.data.length === 0 ? (
        <p className="rounded-lg bg-white p-6 text-center text-sm text-slate-700 ring-1 ring-slate-200">{t("admin.audit.empty")}</p>
      ) : (
        <ol className="divide-y divide-slate-200 rounded-lg bg-white ring-1 ring-slate-200" data-testid="audit-events">
          {page!.data.map((e) => (
            <li key={e.id} data-testid="audit-event" className="grid gap-1 p-3 text-sm md:grid-cols-[11rem_12rem_minmax(0,1fr)]">
              <time dateTime={e.createdAt.toISOString()} className="text-slate-700">{formatDateTime(e.createdAt, locale)}</time>
              <div>
                {e.actor ? e.actor.name ?? e.actor.email : t(`admin.audit.actor.${e.actorKind === "PLATFORM" ? "PLATFORM" : "SYSTEM"}` as MessageKey)}
                {e.actorKind === "API" && <span className="text-xs text-slate-700"> ({t("admin.audit.viaApi")})</span>}
              </div>
              <div className="min-w-0">
                <span className="font-medium" data-testid="audit-action" data-action={e.action}>{actionLabel(e.action)}</span>
                {e.caseNumber !== null && (
                  <Link href={`/cases/${e.caseId}`} className="ml-2 text-brand underline">#{e.caseNumber}</Link>
                )}
                <AuditData data={e.data} label={(v) => auditValueLabel(t, v)} />
              </div>
            </li>
          ))}
        </ol>
      )}
      {page?.nextCursor && (
        <Link href={`/settings/audit?${qs({ cursor: page.nextCursor })}`} className="inline-block text-brand underline" data-testid="audit-more">
          {t("admin.audit.more")}
        </Link>
      )}
    </div>
  );
}
