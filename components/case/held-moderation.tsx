"use client";

// Under a comment the platform holds for review (YouTube): publish it, or reject it with a reason. The server
// refuses rejecting an open complaint as troll or spam (R1) and shows why; rejecting never bans the author.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { moderateHeldAction } from "@/app/actions/held-comment";
import { refusalMessage } from "@/lib/guards/refusal-message";
import { HIDE_REASONS } from "@/lib/moderation/schemas";

type Reason = (typeof HIDE_REASONS)[number];

export function HeldModeration({ messageId, caseId, labels }: { messageId: string; caseId: string; labels: Record<string, string> }) {
  const router = useRouter();
  const [reason, setReason] = useState<Reason>("spam");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const L = (k: string) => labels[k] ?? k;

  function decide(decision: "publish" | "reject") {
    setError(null);
    start(async () => {
      const res = await moderateHeldAction(messageId, caseId, decision === "publish" ? { decision } : { decision, reason });
      if (!res.ok) return setError(refusalMessage(res, labels));
      router.refresh();
    });
  }

  return (
    <div className="mt-2 flex flex-wrap items-center gap-2 text-xs" data-testid="held-moderation">
      <button type="button" disabled={pending} onClick={() => decide("publish")} data-testid="held-publish"
        className="rounded bg-emerald-700 px-2 py-0.5 font-medium text-white hover:bg-emerald-800">{L("held.publish")}</button>
      <select value={reason} onChange={(e) => setReason(e.target.value as Reason)} aria-label={L("guards.mod.reason")} data-testid="held-reason"
        className="rounded border border-slate-300 bg-white px-1 py-0.5">
        {HIDE_REASONS.map((r) => <option key={r} value={r}>{L(`guards.mod.reason.${r}`)}</option>)}
      </select>
      <button type="button" disabled={pending} onClick={() => decide("reject")} data-testid="held-reject"
        className="rounded px-2 py-0.5 font-medium text-rose-800 ring-1 ring-rose-300 hover:bg-rose-50">{L("held.reject")}</button>
      {error && <p role="alert" className="w-full rounded bg-rose-50 px-2 py-1 text-rose-800" data-testid="moderation-error">{error}</p>}
    </div>
  );
}
