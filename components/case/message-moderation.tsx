"use client";

// Under a customer's public message: hide it with a reason and a confirmation (R1), and, when it shows
// personal data, "hide for privacy" / "continue in private" (R5). The server refuses hiding an open
// complaint as troll or spam; its message is shown as is.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { hideMessageAction } from "@/app/actions/guard-actions";
import { focusComposer } from "./composer";
import { refusalMessage } from "@/lib/guards/refusal-message";

const REASONS = ["spam", "troll", "abuse", "personal_data"] as const;

export function MessageModeration({ messageId, caseId, personalKinds, canHide, labels }: {
  messageId: string;
  caseId: string;
  /** Translated names of the personal data found in the message (empty: none). */
  personalKinds: string[];
  canHide: boolean;
  labels: Record<string, string>;
}) {
  const L = (k: string, vars: Record<string, string> = {}) => (labels[`guards.mod.${k}`] ?? k).replace(/\{(\w+)\}/g, (w, v: string) => vars[v] ?? w);
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<(typeof REASONS)[number]>("spam");
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  function hide(r: (typeof REASONS)[number]) {
    setError(null);
    start(async () => {
      const res = await hideMessageAction(messageId, caseId, { reason: r, ...(note.trim() ? { note: note.trim() } : {}) });
      if (!res.ok) return setError(refusalMessage(res, labels));
      setOpen(false);
      router.refresh();
    });
  }

  return (
    <div className="mt-2 space-y-1 text-xs" data-testid="message-moderation">
      {personalKinds.length > 0 && (
        <div className="flex flex-wrap items-center gap-2 rounded bg-amber-50 px-2 py-1 text-amber-900 ring-1 ring-amber-300" data-testid="inbound-personal-data">
          <span>{L("pdFound", { kinds: personalKinds.join(", ") })}</span>
          {canHide && (
            <button type="button" disabled={pending} onClick={() => hide("personal_data")} className="rounded bg-white px-2 py-0.5 font-medium ring-1 ring-amber-400 hover:bg-amber-100">
              {L("hidePrivacy")}
            </button>
          )}
          <button type="button" onClick={() => focusComposer("private")} className="rounded bg-white px-2 py-0.5 font-medium text-brand ring-1 ring-brand hover:bg-brand/10">
            {L("continuePrivate")}
          </button>
        </div>
      )}
      {canHide && !open && (
        <button type="button" onClick={() => setOpen(true)} className="text-slate-500 underline hover:text-slate-800" data-testid="hide-open">{L("hide")}</button>
      )}
      {canHide && open && (
        <div role="dialog" aria-label={L("hide")} className="space-y-1 rounded bg-slate-50 p-2 ring-1 ring-slate-300">
          <label className="block">
            {L("reason")}{" "}
            <select value={reason} onChange={(e) => setReason(e.target.value as (typeof REASONS)[number])} className="rounded border border-slate-300 bg-white px-1 py-0.5" data-testid="hide-reason">
              {REASONS.map((r) => <option key={r} value={r}>{L(`reason.${r}`)}</option>)}
            </select>
          </label>
          <label className="block">
            {L("note")}
            <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} className="mt-0.5 w-full rounded border border-slate-300 bg-white px-1 py-0.5" />
          </label>
          <p className="text-slate-600">{L("confirm")}</p>
          <div className="flex justify-end gap-2">
            <button type="button" onClick={() => setOpen(false)} className="rounded px-2 py-0.5 ring-1 ring-slate-300">{L("cancel")}</button>
            <button type="button" disabled={pending} onClick={() => hide(reason)} className="rounded bg-rose-700 px-2 py-0.5 font-medium text-white" data-testid="hide-confirm">{L("confirmHide")}</button>
          </div>
        </div>
      )}
      {error && <p role="alert" className="rounded bg-rose-50 px-2 py-1 text-rose-800" data-testid="moderation-error">{error}</p>}
    </div>
  );
}
