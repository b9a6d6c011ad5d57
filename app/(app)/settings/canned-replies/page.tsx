// Canned replies of the workspace, for team leads and admins: write, edit, archive (never delete), and
// what the {{variables}} become. Agents pick them in the composer, which fills the variables per case.
import { ArchiveCannedReplyButton, CannedReplyForm } from "@/components/canned-replies/canned-reply-form";
import { requireMember } from "@/lib/auth/session";
import { listCannedReplies } from "@/lib/canned-replies/list-canned-replies";
import { TEMPLATE_VARIABLES } from "@/lib/canned-replies/fill-variables";
import { formatDateTime } from "@/lib/format/time";
import { labelsFor } from "@/lib/i18n/labels";
import { getT } from "@/lib/i18n/server";
import { getPrisma } from "@/lib/server/db";

export default async function CannedRepliesPage() {
  const member = await requireMember("canned_replies.manage");
  const { locale, t } = await getT();
  const replies = await listCannedReplies(await getPrisma(), member, { includeArchived: true });
  const active = replies.filter((r) => !r.archivedAt);
  const archived = replies.filter((r) => r.archivedAt);
  // The client form gets only its own strings, already in the reader's language.
  const labels = labelsFor(t, "canned.");
  const langName = (l: string) => (l === "fr" || l === "en" ? t(`canned.lang.${l}`) : l);
  return (
    <div>
      <h1 className="mb-1 text-xl font-semibold">{t("canned.title")}</h1>
      <p className="mb-4 max-w-3xl text-sm text-slate-600">{t("canned.intro")}</p>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <section aria-labelledby="canned-active">
          <h2 id="canned-active" className="mb-2 text-lg font-semibold">
            {t("canned.active")} <span className="text-sm font-normal text-slate-500">({active.length})</span>
          </h2>
          {active.length === 0 ? (
            <p className="rounded-lg bg-white p-6 text-center text-slate-500 ring-1 ring-slate-200" data-testid="canned-empty">
              {t("canned.empty")}
            </p>
          ) : (
            <ul className="space-y-3">
              {active.map((r) => (
                <li key={r.id} className="rounded-lg bg-white p-4 ring-1 ring-slate-200" data-testid="canned-reply">
                  <div className="mb-1 flex flex-wrap items-center gap-2">
                    <h3 className="font-medium">{r.title}</h3>
                    <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold uppercase text-slate-600" title={langName(r.language)}>
                      {r.language}
                    </span>
                    <div className="ml-auto">
                      <ArchiveCannedReplyButton reply={r} labels={labels} />
                    </div>
                  </div>
                  <p className="whitespace-pre-wrap text-sm text-slate-700">{r.body}</p>
                  <details className="mt-2">
                    <summary className="cursor-pointer text-sm text-brand hover:underline">{t("canned.edit")}</summary>
                    <div className="mt-2 border-t border-slate-100 pt-3">
                      <CannedReplyForm reply={r} labels={labels} />
                    </div>
                  </details>
                </li>
              ))}
            </ul>
          )}
          {archived.length > 0 && (
            <details className="mt-6" data-testid="canned-archived">
              <summary className="cursor-pointer text-sm font-medium text-slate-600">
                {t("canned.archivedList")} ({archived.length})
              </summary>
              <ul className="mt-2 space-y-2">
                {archived.map((r) => (
                  <li key={r.id} className="rounded-lg bg-slate-50 p-3 text-sm text-slate-600 ring-1 ring-slate-200">
                    <div className="font-medium">
                      {r.title} <span className="text-xs uppercase">· {r.language}</span>
                    </div>
                    <div className="text-xs">
                      {t("canned.archivedOn")} {formatDateTime(r.archivedAt!, locale)}
                    </div>
                    <p className="mt-1 whitespace-pre-wrap">{r.body}</p>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </section>
        <aside className="space-y-4">
          <section aria-labelledby="canned-variables" className="rounded-lg bg-white p-4 text-sm ring-1 ring-slate-200">
            <h2 id="canned-variables" className="mb-2 font-semibold">{t("canned.variables")}</h2>
            <dl className="space-y-1">
              {TEMPLATE_VARIABLES.map((v) => (
                <div key={v}>
                  <dt className="inline font-mono text-xs">{`{{${v}}}`}</dt>
                  <dd className="inline text-slate-600"> — {t(`canned.var.${v}`)}</dd>
                </div>
              ))}
            </dl>
            <p className="mt-2 text-xs text-slate-500">{t("canned.variablesNote")}</p>
          </section>
          <section aria-labelledby="canned-create" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
            <h2 id="canned-create" className="mb-2 font-semibold">{t("canned.create")}</h2>
            <CannedReplyForm labels={labels} />
          </section>
        </aside>
      </div>
    </div>
  );
}
