"use client";

// Customer service's moves on one escalation: pick up; then hand back with a solution, or return as not ours;
// or hand it to another team or agent (or back to the shared queue) while it is open.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { escalationAction } from "@/app/actions/desk-actions";
import { SOLUTION_KINDS } from "@/lib/escalations/schemas";
import { fillTemplate } from "@/lib/notifications/fill-template";

type Targets = { teams: { id: string; name: string }[]; agents: { id: string; name: string }[] };

export function EscalationControls({ escalationId, status, labels: L, targets, current }: {
  escalationId: string; status: string; labels: Record<string, string>; targets: Targets; current: string;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  const [mode, setMode] = useState<"solution" | "return" | "reassign" | null>(null);
  const act = (patch: Record<string, unknown>) =>
    start(async () => {
      const r = await escalationAction(escalationId, patch);
      setError(r.ok ? undefined : r.error);
      if (r.ok) {
        setMode(null);
        router.refresh();
      }
    });
  const btn = "rounded px-2 py-1 text-sm ring-1 ring-slate-300 hover:bg-slate-100";
  return (
    <div className="mt-2 space-y-2" aria-busy={pending}>
      <div className="flex flex-wrap gap-2">
        {status === "PENDING" && (
          <button type="button" data-testid="escalation-pick-up" disabled={pending} onClick={() => act({ action: "pick_up" })}
            className="rounded bg-brand px-2 py-1 text-sm text-white hover:bg-brand-dark">{L["desk.panel.pickUp"]}</button>
        )}
        {status === "IN_PROGRESS" && (
          <button type="button" data-testid="escalation-propose" onClick={() => setMode("solution")} className={btn}>{L["desk.panel.propose"]}</button>
        )}
        <button type="button" data-testid="escalation-return" onClick={() => setMode("return")} className={btn}>{L["desk.panel.return"]}</button>
        <button type="button" data-testid="escalation-reassign" onClick={() => setMode("reassign")} className={btn}>{L["desk.panel.reassign"]}</button>
      </div>
      {mode === "reassign" && (
        <form data-testid="reassign-form" onSubmit={(e) => {
          e.preventDefault();
          const to = String(new FormData(e.currentTarget).get("to") ?? "");
          // A team: nobody in particular holds it any more; an agent: their team follows (server side).
          act(to.startsWith("agent:") ? { action: "reassign", assigneeId: to.slice(6) }
            : { action: "reassign", assigneeId: null, teamId: to.startsWith("team:") ? to.slice(5) : null });
        }} className="space-y-1 rounded bg-white p-2 ring-1 ring-slate-200">
          <label className="block text-xs font-medium">{L["desk.panel.reassignTo"]}
            <select name="to" defaultValue={current} className="mt-0.5 w-full rounded border border-slate-300 bg-white px-1 py-1 text-sm">
              <option value="">{L["desk.defaultQueue"]}</option>
              {targets.teams.map((t) => <option key={t.id} value={`team:${t.id}`}>{fillTemplate(L["desk.teamNamed"] ?? "", { name: t.name })}</option>)}
              {targets.agents.map((a) => <option key={a.id} value={`agent:${a.id}`}>{a.name}</option>)}
            </select>
          </label>
          <button disabled={pending} className={btn} data-testid="reassign-submit">{L["desk.panel.submitReassign"]}</button>
        </form>
      )}
      {mode === "solution" && (
        <form data-testid="solution-form" onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          act({ action: "propose_solution", solution: { kind: f.get("kind"), text: f.get("text") } });
        }} className="space-y-1 rounded bg-emerald-50 p-2 ring-1 ring-emerald-200">
          <label className="block text-xs font-medium">{L["desk.panel.solutionKind"]}
            <select name="kind" defaultValue="redelivery" className="mt-0.5 w-full rounded border border-slate-300 bg-white px-1 py-1 text-sm">
              {SOLUTION_KINDS.map((k) => <option key={k} value={k}>{L[`desk.solution.${k}`]}</option>)}
            </select>
          </label>
          <label className="block text-xs font-medium">{L["desk.panel.solutionText"]}
            <textarea name="text" required rows={3} className="mt-0.5 w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm" />
          </label>
          <button disabled={pending} className="rounded bg-emerald-700 px-2 py-1 text-sm text-white hover:bg-emerald-800" data-testid="solution-submit">{L["desk.panel.submitSolution"]}</button>
        </form>
      )}
      {mode === "return" && (
        <form onSubmit={(e) => { e.preventDefault(); act({ action: "return", reason: new FormData(e.currentTarget).get("reason") }); }}
          className="space-y-1 rounded bg-slate-50 p-2 ring-1 ring-slate-200">
          <label className="block text-xs font-medium">{L["desk.panel.returnReason"]}
            <textarea name="reason" required rows={2} className="mt-0.5 w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm" />
          </label>
          <button disabled={pending} className={btn}>{L["desk.panel.submitReturn"]}</button>
        </form>
      )}
      {error && <p role="alert" className="rounded bg-rose-50 px-2 py-1 text-sm text-rose-800">{error}</p>}
    </div>
  );
}
