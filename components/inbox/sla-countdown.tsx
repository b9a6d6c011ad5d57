"use client";

// First-response SLA clock (R2): green with time to spare, amber in the last quarter, red once late. It ticks
// in the browser so a list left open stays truthful.
import { useSyncExternalStore } from "react";

// A clock shared by every countdown on the page: one timer, and no time on the server (no hydration mismatch).
const subscribe = (onTick: () => void) => {
  const t = setInterval(onTick, 30_000);
  return () => clearInterval(t);
};
const minuteNow = () => Math.floor(Date.now() / 30_000) * 30_000;

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
  const now = useSyncExternalStore(subscribe, minuteNow, () => null);
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
