// API tokens of the signed-in person in this workspace (admins: every token of the workspace).
import { CreateTokenForm, RevokeTokenButton } from "@/components/admin/token-forms";
import { requireMember } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format/time";
import { labelsFor } from "@/lib/i18n/labels";
import { getT } from "@/lib/i18n/server";
import { getPrisma } from "@/lib/server/db";
import { listTokens } from "@/lib/tokens/manage-tokens";

export default async function TokensPage() {
  const member = await requireMember("api_tokens.create_own");
  const { locale, t } = await getT();
  const tokens = await listTokens(await getPrisma(), member);
  const labels = labelsFor(t, "admin.");
  return (
    <div className="space-y-4">
      <div>
        <h1 className="mb-1 text-xl font-semibold">{t("admin.tokens.title")}</h1>
        <p className="max-w-3xl text-sm text-slate-700">{t("admin.tokens.intro")}</p>
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-label={t("admin.tokens.title")}>
          {tokens.length === 0 ? (
            <p className="rounded-lg bg-white p-4 text-sm text-slate-700 ring-1 ring-slate-200">{t("admin.tokens.empty")}</p>
          ) : (
            <ul className="space-y-2">
              {tokens.map((tk) => (
                <li key={tk.id} data-testid="token" className="flex flex-wrap items-start gap-3 rounded-lg bg-white p-3 text-sm ring-1 ring-slate-200">
                  <dl className="grid min-w-0 flex-1 grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
                    <dt className="text-slate-700">{t("admin.tokens.col.name")}</dt><dd className="font-medium">{tk.name}</dd>
                    {!tk.mine && (<><dt className="text-slate-700">{t("admin.tokens.col.owner")}</dt><dd>{tk.owner.name}</dd></>)}
                    <dt className="text-slate-700">{t("admin.tokens.col.prefix")}</dt><dd className="font-mono">{tk.prefix}…</dd>
                    <dt className="text-slate-700">{t("admin.tokens.col.created")}</dt><dd>{formatDateTime(tk.createdAt, locale)}</dd>
                    <dt className="text-slate-700">{t("admin.tokens.col.lastUsed")}</dt>
                    <dd data-testid="token-last-used">{tk.lastUsedAt ? formatDateTime(tk.lastUsedAt, locale) : t("admin.tokens.never")}</dd>
                    <dt className="text-slate-700">{t("admin.tokens.col.status")}</dt>
                    <dd data-testid="token-status" className={tk.revokedAt ? "text-rose-800" : "text-emerald-800"}>
                      {tk.revokedAt ? t("admin.tokens.revoked", { date: formatDateTime(tk.revokedAt, locale) }) : t("admin.tokens.active")}
                    </dd>
                  </dl>
                  {!tk.revokedAt && <RevokeTokenButton id={tk.id} name={tk.name} labels={labels} locale={locale} />}
                </li>
              ))}
            </ul>
          )}
        </section>
        <aside className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
          <h2 className="mb-2 font-semibold">{t("admin.tokens.create")}</h2>
          <CreateTokenForm labels={labels} locale={locale} />
        </aside>
      </div>
    </div>
  );
}
