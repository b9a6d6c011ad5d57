// An audit event's details as "key: value" pairs rather than a line of raw JSON; nested values stay compact JSON.
// `label` names codes in the reader's language (lib/audit/value-label.ts).
// The whole event is still in the CSV export and the API, unchanged.
export function AuditData({ data, label = (v) => v }: { data: unknown; label?: (value: string) => string }) {
  const show = (v: unknown) => showValue(v, label);
  if (data === null || data === undefined) return null;
  if (typeof data !== "object" || Array.isArray(data)) return <div className="break-all text-xs text-slate-700">{show(data)}</div>;
  const entries = Object.entries(data as Record<string, unknown>).filter(([, v]) => v !== null && v !== undefined && v !== "");
  if (entries.length === 0) return null;
  return (
    <dl className="mt-0.5 flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-slate-700" data-testid="audit-data">
      {entries.map(([k, v]) => (
        <div key={k} className="min-w-0 break-all"><dt className="inline text-slate-500">{k}: </dt><dd className="inline">{show(v)}</dd></div>
      ))}
    </dl>
  );
}

function showValue(v: unknown, label: (value: string) => string): string {
  if (typeof v === "string") return label(v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x !== "object")) return v.map((x) => (typeof x === "string" ? label(x) : String(x))).join(", ");
  return JSON.stringify(v);
}
