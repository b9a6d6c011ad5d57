export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="space-y-2">
      <div className="h-7 w-40 animate-pulse rounded bg-slate-200" />
      {Array.from({ length: 8 }, (_, i) => (
        <div key={i} className="h-12 animate-pulse rounded bg-white ring-1 ring-slate-200" />
      ))}
      <span className="sr-only">Loading…</span>
    </div>
  );
}
