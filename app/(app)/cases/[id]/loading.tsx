export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="space-y-2">
      <div className="h-7 w-64 animate-pulse rounded bg-slate-200" />
      {Array.from({ length: 4 }, (_, i) => (
        <div key={i} className="h-20 animate-pulse rounded-lg bg-white ring-1 ring-slate-200" />
      ))}
      <span className="sr-only">Loading…</span>
    </div>
  );
}
