import { getT } from "@/lib/i18n/server";

// Shown while a signed-in page loads its data (the top bar stays): a live status for screen readers and a
// skeleton the size of a list, so the page does not jump when it arrives.
export default async function Loading() {
  const { t } = await getT();
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <p className="text-sm text-slate-600">{t("admin.loading")}</p>
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="h-12 animate-pulse rounded bg-slate-200 motion-reduce:animate-none" aria-hidden="true" />
      ))}
    </div>
  );
}
