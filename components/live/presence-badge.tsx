"use client";

// "Marie is viewing" / "Marie is replying" on a case, for everyone but Marie: two people should not answer
// the same customer twice (R3).
import { useLive, useLiveState } from "./live-provider";

export function PresenceBadge({ caseId, labels }: { caseId: string; labels: { viewing: string; replying: string } }) {
  const { selfId } = useLive();
  const { presence } = useLiveState();
  const here = presence.filter((p) => p.caseId === caseId && p.userId !== selfId);
  if (here.length === 0) return null;
  return (
    <span className="inline-flex flex-wrap gap-1" data-testid="presence">
      {here.map((p) => (
        <span key={p.userId}
          className={`rounded px-1.5 py-0.5 text-xs ${p.activity === "replying" ? "bg-rose-100 text-rose-800" : "bg-slate-100 text-slate-700"}`}>
          {p.name} {p.activity === "replying" ? labels.replying : labels.viewing}
        </span>
      ))}
    </span>
  );
}
