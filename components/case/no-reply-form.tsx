"use client";

// "No reply needed": closes a case nobody needs to answer (praise, spam, off-topic, a duplicate) with its reason,
// so it leaves the Late view and the SLA figures. The server refuses it on anything that reads as a complaint and
// says why; the refusal is shown here as it comes.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { closeWithoutReplyAction } from "@/app/actions/case-actions";
import { NO_REPLY_REASONS } from "@/lib/cases/schemas";

export function NoReplyForm({ caseId, labels: L }: { caseId: string; labels: Record<string, string> }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [reason, setReason] = useState<(typeof NO_REPLY_REASONS)[number]>("PRAISE");
  const [error, setError] = useState<string>();
  return (
    <form aria-busy={pending} data-testid="no-reply-form" className="space-y-2 rounded-lg bg-white p-3 text-sm ring-1 ring-slate-200"
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const r = await closeWithoutReplyAction(caseId, { reason });
          // Known refusals in the page's language; anything else as the server said it.
          setError(r.ok ? undefined : (r.code && L[`case.noReply.refused.${r.code}`]) || r.error);
          if (r.ok) router.refresh();
        });
      }}>
      <h2 className="font-medium">{L["case.noReply.title"]}</h2>
      <p className="text-xs text-slate-500">{L["case.noReply.help"]}</p>
      <label className="block text-xs text-slate-600">{L["case.noReply.reason"]}
        <select value={reason} onChange={(e) => setReason(e.target.value as typeof reason)} data-testid="no-reply-reason"
          className="mt-0.5 block w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm">
          {NO_REPLY_REASONS.map((r) => <option key={r} value={r}>{L[`case.noReply.${r}`] ?? r}</option>)}
        </select>
      </label>
      <button disabled={pending} data-testid="no-reply-submit" className="rounded px-2 py-1 ring-1 ring-slate-300 hover:bg-slate-100 disabled:opacity-50">
        {L["case.noReply.submit"]}
      </button>
      {error && <p role="alert" className="text-xs text-rose-700" data-testid="no-reply-error">{error}</p>}
    </form>
  );
}
