"use client";

// The running SLA clock of a case (R2; lib/sla/sla-clock.ts): green with time to spare, amber once at risk (the
// last quarter of the target), red once late, grey while paused waiting on the customer. It ticks in the
// browser so a list left open stays truthful.
import { useSyncExternalStore } from "react";
import type { SlaClock } from "@/lib/sla/sla-clock";

// A clock shared by every countdown on the page: one timer, and no time on the server (no hydration mismatch).
const subscribe = (onTick: () => void) => {
  const t = setInterval(onTick, 30_000);
  return () => clearInterval(t);
};
const minuteNow = () => Math.floor(Date.now() / 30_000) * 30_000;

export type SlaTone = "ok" | "at_risk" | "late";

/** Pure, for tests and the dashboard: the colour state of a clock at `now`. */
export function slaTone(clock: SlaClock, now: number, atRiskShare = 0.25): SlaTone | null {
  if (!clock.dueAt || !clock.startAt || clock.paused) return null;
  const due = Date.parse(clock.dueAt);
  const left = due - now;
  if (left < 0) return "late";
  return left < (due - Date.parse(clock.startAt)) * atRiskShare ? "at_risk" : "ok";
}

const TONE: Record<SlaTone, string> = {
  late: "bg-rose-600 text-white",
  at_risk: "bg-amber-300 text-amber-950",
  ok: "bg-emerald-100 text-emerald-800",
};

export function SlaCountdown({
  clock,
  active,
  labels,
}: {
  clock: SlaClock;
  active: boolean;
  labels: { late: string; left: string; answered: string; paused?: string; dayUnit?: string };
}) {
  const now = useSyncExternalStore(subscribe, minuteNow, () => null);
  if (clock.paused) return <span className="text-xs text-slate-400" data-testid="sla" data-tone="paused">⏸ {labels.paused ?? ""}</span>;
  if (!clock.dueAt || !active || now === null) {
    return clock.answered ? <span className="text-xs text-slate-400">{labels.answered}</span> : <span className="text-xs text-slate-300">—</span>;
  }
  const tone = slaTone(clock, now) ?? "ok";
  const left = Date.parse(clock.dueAt) - now;
  const fmt = (ms: number) => {
    const m = Math.round(Math.abs(ms) / 60_000);
    return m >= 2880 ? `${Math.round(m / 1440)} ${labels.dayUnit ?? "d"}` : m >= 120 ? `${Math.round(m / 60)} h` : `${m} min`;
  };
  return (
    <span className={`whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-medium ${TONE[tone]}`} data-testid="sla"
      data-late={tone === "late"} data-tone={tone} title={clock.kind ?? undefined}>
      {tone === "late" ? `${labels.late} ${fmt(left)}` : `${fmt(left)} ${labels.left}`}
    </span>
  );
}
