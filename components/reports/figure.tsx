// One dashboard figure; a link to the cases behind it when there is a list to show.
import Link from "next/link";

export function Figure({ label, value, sub, href, tone, testId }: {
  label: string; value: string | number; sub?: string; href?: string; tone?: "bad" | "warn"; testId?: string;
}) {
  const colour = tone === "bad" ? "text-rose-700" : tone === "warn" ? "text-amber-700" : "text-slate-900";
  const body = (
    <>
      <div className="text-xs uppercase tracking-wide text-slate-500">{label}</div>
      <div className={`mt-1 text-2xl font-semibold tabular-nums ${colour}`}>{value}</div>
      {sub && <div className="text-xs text-slate-500">{sub}</div>}
    </>
  );
  const cls = "block rounded-lg bg-white p-3 ring-1 ring-slate-200";
  return href ? (
    <Link href={href} className={`${cls} hover:ring-brand`} data-testid={testId}>{body}</Link>
  ) : (
    <div className={cls} data-testid={testId}>{body}</div>
  );
}
