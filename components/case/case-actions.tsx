"use client";

// Status (only the moves the state machine allows), priority, assignment and tags for one case.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { resolveCaseAction, updateCaseAction } from "@/app/actions/case-actions";
import { ResolvePromises, type OpenPromise } from "./resolve-promises";

export interface CaseActionsProps {
  caseId: string;
  status: string;
  allowedStatuses: string[];
  priority: string;
  assigneeId: string | null;
  selfId: string;
  members: { id: string; name: string }[];
  tags: string[];
  canEscalate: boolean;
  /** Promises still open on the case: resolving asks what becomes of each. */
  openPromises?: OpenPromise[];
  labels: Record<string, string>;
}

export function CaseActions(p: CaseActionsProps) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  const [escalating, setEscalating] = useState(false);
  const [reason, setReason] = useState("");
  const [settling, setSettling] = useState(false);
  const apply = (patch: Record<string, unknown>) =>
    start(async () => {
      const r = await updateCaseAction(p.caseId, patch);
      setError(r.ok ? undefined : r.error);
      if (r.ok) {
        setEscalating(false);
        router.refresh();
      }
    });
  const L = p.labels;
  const statuses = p.allowedStatuses.filter((s) => s !== "ESCALATED" || p.canEscalate);
  return (
    <section className="space-y-3 rounded-lg bg-white p-3 text-sm ring-1 ring-slate-200" aria-label={L.actions} aria-busy={pending}>
      <div className="flex flex-wrap gap-2">
        {p.assigneeId !== p.selfId && (
          <button type="button" onClick={() => apply({ assigneeId: "me" })} data-testid="assign-me"
            className="rounded bg-brand px-2 py-1 text-white hover:bg-brand-dark">{L.assignMe}</button>
        )}
        {statuses.map((s) => (
          <button key={s} type="button" data-testid={`status-${s}`}
            onClick={() => (s === "ESCALATED" ? setEscalating(true) : s === "RESOLVED" && p.openPromises?.length ? setSettling(true) : apply({ status: s }))}
            className="rounded px-2 py-1 ring-1 ring-slate-300 hover:bg-slate-100">{L[`to.${s}`] ?? s}</button>
        ))}
      </div>
      {settling && p.openPromises && (
        <ResolvePromises promises={p.openPromises} labels={L} pending={pending} onCancel={() => setSettling(false)}
          onConfirm={(decisions) => start(async () => {
            const r = await resolveCaseAction(p.caseId, decisions);
            setError(r.ok ? undefined : r.error);
            if (r.ok) { setSettling(false); router.refresh(); }
          })} />
      )}
      {escalating && (
        <form onSubmit={(e) => { e.preventDefault(); apply({ status: "ESCALATED", escalationReason: reason }); }} className="space-y-1">
          <label htmlFor="esc-reason" className="block text-xs font-medium">{L.escalationReason}</label>
          <textarea id="esc-reason" value={reason} onChange={(e) => setReason(e.target.value)} rows={3} required
            className="w-full rounded border border-slate-300 px-2 py-1" />
          <button className="rounded bg-rose-700 px-2 py-1 text-white">{L["to.ESCALATED"]}</button>
        </form>
      )}
      <div className="grid grid-cols-2 gap-2">
        <label className="text-xs text-slate-600">{L.priority}
          <select value={p.priority} onChange={(e) => apply({ priority: e.target.value })} className="mt-0.5 w-full rounded border border-slate-300 px-1 py-1 text-sm">
            {["URGENT", "HIGH", "NORMAL", "LOW"].map((x) => <option key={x} value={x}>{L[`priority.${x}`] ?? x}</option>)}
          </select>
        </label>
        <label className="text-xs text-slate-600">{L.assignee}
          <select value={p.assigneeId ?? ""} onChange={(e) => apply({ assigneeId: e.target.value || null })} className="mt-0.5 w-full rounded border border-slate-300 px-1 py-1 text-sm">
            <option value="">{L.unassigned}</option>
            {p.members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </select>
        </label>
      </div>
      <form onSubmit={(e) => {
        e.preventDefault();
        const v = new FormData(e.currentTarget).get("tags");
        apply({ tags: String(v ?? "").split(/[\s,]+/).filter(Boolean) });
      }} className="flex items-end gap-2">
        <label className="flex-1 text-xs text-slate-600">{L.tags}
          <input name="tags" defaultValue={p.tags.join(", ")} className="mt-0.5 w-full rounded border border-slate-300 px-2 py-1 text-sm" />
        </label>
        <button className="rounded px-2 py-1 ring-1 ring-slate-300 hover:bg-slate-100">{L.save}</button>
      </form>
      {error && <p role="alert" className="rounded bg-rose-50 px-2 py-1 text-rose-800">{error}</p>}
    </section>
  );
}
