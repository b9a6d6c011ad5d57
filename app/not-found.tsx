import Link from "next/link";
import { getT } from "@/lib/i18n/server";

// Unknown pages, in the reader's language (Next.js's default 404 is English only).
export default async function NotFound() {
  const { t } = await getT();
  return (
    <main id="main" className="mx-auto mt-24 max-w-md rounded-lg bg-white p-8 text-center shadow ring-1 ring-slate-200">
      <h1 className="mb-2 text-2xl font-semibold">{t("admin.notFound.title")}</h1>
      <p className="mb-4 text-slate-700">{t("admin.notFound.body")}</p>
      <Link href="/inbox" className="text-brand underline">{t("forbidden.back")}</Link>
    </main>
  );
}
