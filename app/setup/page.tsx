// First run (SEED_DEMO=false, empty database): the one-time link printed by `npm start` lands here.
import Link from "next/link";
import { SetupForm } from "@/components/admin/setup-form";
import { labelsFor } from "@/lib/i18n/labels";
import { getT } from "@/lib/i18n/server";
import { getPrisma } from "@/lib/server/db";
import { setupTokenUsable } from "@/lib/setup/check-setup-token";

type Props = { searchParams: Promise<{ token?: string }> };

export default async function SetupPage({ searchParams }: Props) {
  const { t } = await getT();
  const { token } = await searchParams;
  const usable = token ? await setupTokenUsable(await getPrisma(), token.slice(0, 200)) : false;
  return (
    <main id="main" className="mx-auto mt-16 max-w-md rounded-lg bg-white p-6 shadow ring-1 ring-slate-200 sm:p-8">
      <h1 className="mb-2 text-2xl font-semibold">{t("admin.setup.title")}</h1>
      {!token ? (
        <p className="text-slate-700">{t("admin.setup.missing")}</p>
      ) : !usable ? (
        <div className="space-y-3">
          <p role="alert" className="text-slate-700">{t("admin.setup.invalidLink")}</p>
          <Link href="/signin" className="text-brand underline">{t("admin.invite.signIn")}</Link>
        </div>
      ) : (
        <>
          <p className="mb-4 text-sm text-slate-700">{t("admin.setup.intro")}</p>
          <SetupForm token={token} labels={labelsFor(t, "admin.setup.", "admin.form.", "admin.error.", "admin.invite.signIn")} />
        </>
      )}
    </main>
  );
}
