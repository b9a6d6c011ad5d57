"use client";

// Shows whether live updates are flowing; when the stream drops, people know the screen may be stale.
import { useLiveState } from "./live-provider";

export function LiveIndicator({ label }: { label: string }) {
  const { connected } = useLiveState();
  return (
    <span data-testid="live-status" data-connected={connected} title={label}
      className={`flex items-center gap-1 text-xs ${connected ? "text-white" : "text-white/50"}`}>
      <span aria-hidden className={`h-2 w-2 rounded-full ${connected ? "bg-emerald-300" : "bg-slate-400"}`} />
      {/* The word only on wide screens: the dot and its title say it where the bar is short of room. */}
      <span className="sr-only 2xl:not-sr-only">{label}</span>
    </span>
  );
}
