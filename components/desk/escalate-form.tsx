"use client";

// The case page's "Escalate to customer service" form: reason, summary, references, who takes it (an agent,
// a team, or the shared queue), pre-set to the workspace's default team for the chosen reason until the person
// picks someone themselves. The context travels with the case (R10).
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { escalateAction } from "@/app/actions/desk-actions";
import { ESCALATION_REASONS } from "@/lib/escalations/schemas";
import { fillTemplate } from "@/lib/notifications/fill-template";

export interface EscalateFormProps {
  caseId: string;
  contactChannel: string;
  agents: { id: string; name: string }[];
  teams: { id: string; name: string }[];
  /** Default team per reason (desk settings); null: the shared queue. */
  routes: Record<string, string | null>;
  labels: Record<string, string>;
}

const INITIAL_REASON = "delivery";

export function EscalateForm({ caseId, contactChannel, agents, teams, routes, labels: L }: EscalateFormProps) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const routeFor = (reason: string) => (routes[reason] && teams.some((t) => t.id === routes[reason]) ? `team:${routes[reason]}` : "");
  const [to, setTo] = useState(() => routeFor(INITIAL_REASON));
  const [chosen, setChosen] = useState(false);
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  if (!open) {
    return (
      <button type="button" data-testid="escalate-open" onClick={() => setOpen(true)}
        className="w-full rounded bg-rose-700 px-2 py-1.5 text-sm text-white hover:bg-rose-800">{L["desk.escalate"]}</button>
    );
  }
  const submit = (form: HTMLFormElement) => {
    const f = new FormData(form);
    const input = {
      reason: f.get("reason"),
      summary: f.get("summary"),
      references: String(f.get("references") ?? "").split(",").map((s) => s.trim()).filter(Boolean),
      // "" is the shared queue, said explicitly (null) so the reason's default team does not apply.
      ...(to.startsWith("agent:") ? { assigneeId: to.slice(6) } : to.startsWith("team:") ? { teamId: to.slice(5) } : { teamId: null }),
    };
    start(async () => {
      const r = await escalateAction(caseId, input);
      setError(r.ok ? undefined : r.error);
      if (r.ok) {
        setOpen(false);
        router.refresh();
      }
    });
  };
  return (
    <form aria-label={L["desk.escalate"]} aria-busy={pending} data-testid="escalate-form"
      onSubmit={(e) => { e.preventDefault(); submit(e.currentTarget); }}
      className="space-y-2 rounded-lg bg-rose-50 p-3 text-sm ring-1 ring-rose-200">
      <h2 className="font-semibold text-rose-900">{L["desk.escalate"]}</h2>
      <label className="block text-xs font-medium">{L["desk.escalate.reason"]}
        <select name="reason" required defaultValue={INITIAL_REASON} onChange={(e) => { if (!chosen) setTo(routeFor(e.target.value)); }} className="mt-0.5 w-full rounded border border-slate-300 bg-white px-1 py-1 text-sm">
          {ESCALATION_REASONS.map((r) => <option key={r} value={r}>{L[`desk.reason.${r}`]}</option>)}
        </select>
      </label>
      <label className="block text-xs font-medium">{L["desk.escalate.summary"]}
        <textarea name="summary" required rows={4} placeholder={L["desk.escalate.summaryHint"]}
          className="mt-0.5 w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm" />
      </label>
      <label className="block text-xs font-medium">{L["desk.escalate.references"]}
        <input name="references" placeholder={L["desk.escalate.referencesHint"]} className="mt-0.5 w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm" />
      </label>
      <label className="block text-xs font-medium">{L["desk.escalate.to"]}
        <select name="to" value={to} onChange={(e) => { setTo(e.target.value); setChosen(true); }} data-testid="escalate-to"
          className="mt-0.5 w-full rounded border border-slate-300 bg-white px-1 py-1 text-sm">
          <option value="">{L["desk.defaultQueue"]}</option>
          {teams.map((t) => <option key={t.id} value={`team:${t.id}`}>{fillTemplate(L["desk.teamNamed"] ?? "", { name: t.name })}</option>)}
          {agents.map((a) => <option key={a.id} value={`agent:${a.id}`}>{a.name}</option>)}
        </select>
        {!chosen && to !== "" && <span className="mt-0.5 block font-normal text-slate-600" data-testid="escalate-routed">{L["desk.escalate.routedHint"]}</span>}
      </label>
      <p className="text-xs text-slate-600">{L["desk.escalate.contact"]?.replace("{channel}", contactChannel)}</p>
      <div className="flex gap-2">
        <button disabled={pending} className="rounded bg-rose-700 px-2 py-1 text-white hover:bg-rose-800 disabled:opacity-60" data-testid="escalate-submit">{L["desk.escalate.submit"]}</button>
        <button type="button" onClick={() => setOpen(false)} className="rounded px-2 py-1 ring-1 ring-slate-300 hover:bg-white">{L["desk.escalate.cancel"]}</button>
      </div>
      {error && <p role="alert" className="rounded bg-white px-2 py-1 text-rose-800">{error}</p>}
    </form>
  );
}
