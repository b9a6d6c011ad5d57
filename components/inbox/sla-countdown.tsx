"use client";

// First-response SLA clock (R2): green with time to spare, amber in the last quarter, red once late. It ticks
// in the browser so a list left open stays truthful.
import { useEffect, useState } from "react";

export function SlaCountdown({
  openedAt,
  dueAt,
  answeredAt,
  active,
  labels,
}: {
  openedAt: string;
  dueAt: string | null;
  answeredAt: string | null;
  active: boolean;
  labels: { late: string; left: string; answered: string };
}) {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const t = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(t);
  }, []);
  if (answeredAt) return <span className="text-xs text-slate-400">{labels.answered}</span>;
  if (!dueAt || !active || now === null) return <span className="text-xs text-slate-300">—</span>;
  const due = Date.parse(dueAt);
  const total = due - Date.parse(openedAt);
  const left = due - now;
  const fmt = (ms: number) => {
    const m = Math.round(Math.abs(ms) / 60_000);
    return m >= 120 ? `${Math.round(m / 60)} h` : `${m} min`;
  };
  const tone = left < 0 ? "bg-rose-600 text-white" : left < total / 4 ? "bg-amber-300 text-amber-950" : "bg-emerald-100 text-emerald-800";
  return (
    <span className={`whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-medium ${tone}`} data-testid="sla" data-late={left < 0}>
      {left < 0 ? `${labels.late} ${fmt(left)}` : `${fmt(left)} ${labels.left}`}
    </span>
  );
}
