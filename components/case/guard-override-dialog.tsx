"use client";

// Asked on Send when a draft has a `high` guard finding (R4): send anyway with a reason (at least 5 characters,
// audited as GUARD_OVERRIDDEN) or ask a team lead to approve the draft. The server enforces the same rule.
export function GuardOverrideDialog({ id, reason, onReason, onCancel, onSubmitApproval, onSend, pending, G }: {
  id: string;
  reason: string;
  onReason: (reason: string) => void;
  onCancel: () => void;
  onSubmitApproval: () => void;
  onSend: () => void;
  pending: boolean;
  G: (key: string) => string;
}) {
  return (
    <div role="dialog" aria-labelledby={`${id}-override-title`} data-testid="guard-override" className="space-y-2 rounded-lg bg-rose-50 p-3 ring-1 ring-rose-300">
      <h3 id={`${id}-override-title`} className="text-sm font-semibold text-rose-900">{G("overrideTitle")}</h3>
      <p className="text-sm text-rose-900">{G("overrideNeeded")}</p>
      <label htmlFor={`${id}-override-reason`} className="block text-xs font-medium text-rose-900">{G("overrideReason")}</label>
      <textarea id={`${id}-override-reason`} value={reason} onChange={(e) => onReason(e.target.value)} rows={2} autoFocus
        data-testid="guard-override-reason" className="w-full rounded border border-rose-300 bg-white px-2 py-1 text-sm" />
      <div className="flex flex-wrap justify-end gap-2">
        <button type="button" onClick={onCancel} className="rounded px-3 py-1 text-sm ring-1 ring-slate-300 hover:bg-white">{G("overrideCancel")}</button>
        <button type="button" onClick={onSubmitApproval} disabled={pending} data-testid="guard-submit-approval" className="rounded px-3 py-1 text-sm font-medium text-brand ring-1 ring-brand hover:bg-white">{G("submitApproval")}</button>
        <button type="button" onClick={onSend} disabled={pending || reason.trim().length < 5} data-testid="guard-override-send" className="rounded bg-rose-700 px-3 py-1 text-sm font-medium text-white hover:bg-rose-800 disabled:opacity-50">{G("overrideConfirm")}</button>
      </div>
    </div>
  );
}
