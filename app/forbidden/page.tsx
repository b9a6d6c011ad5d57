import Link from "next/link";
import { getT } from "@/lib/i18n/server";

export default async function ForbiddenPage() {
  const { t } = await getT();
  return (
    <main className="mx-auto mt-24 max-w-md rounded-lg bg-white p-8 text-center shadow ring-1 ring-slate-200">
      <h1 className="mb-2 text-2xl font-semibold">{t("forbidden.title")}</h1>
      <p className="mb-4 text-slate-600">{t("forbidden.body")}</p>
      <Link href="/inbox" className="text-brand hover:underline">
        {t("forbidden.back")}
      </Link>
    </main>
  );
}
