"use client";

// Desk settings: the default customer-service team per escalation reason. The escalate form pre-selects it and
// the API applies it when the community manager names neither a team nor an agent.
import { useState, useTransition } from "react";
import { updateEscalationRoutesAction } from "@/app/actions/desk-actions";
import { ESCALATION_REASONS } from "@/lib/escalations/schemas";

export function EscalationRoutingForm({ routes, teams, labels: L }: {
  routes: Record<string, string | null>; teams: { id: string; name: string }[]; labels: Record<string, string>;
}) {
  const [pending, start] = useTransition();
  const [msg, setMsg] = useState<{ ok: boolean; text: string }>();
  const field = "mt-0.5 block w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm";
  return (
    <form aria-busy={pending} aria-labelledby="routing-title" data-testid="routing-form"
      className="space-y-3 rounded-lg bg-white p-4 text-sm ring-1 ring-slate-200" onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const input = { routes: Object.fromEntries(ESCALATION_REASONS.map((r) => [r, String(f.get(r) ?? "") || null])) };
        start(async () => {
          const r = await updateEscalationRoutesAction(input);
          setMsg(r.ok ? { ok: true, text: L["desk.settings.saved"]! } : { ok: false, text: r.error });
        });
      }}>
      <h2 id="routing-title" className="font-semibold">{L["desk.routing.title"]}</h2>
      <p className="text-slate-700">{teams.length === 0 ? L["desk.routing.noTeams"] : L["desk.routing.intro"]}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        {ESCALATION_REASONS.map((r) => (
          <label key={r} className="block text-xs font-medium">{L[`desk.reason.${r}`]}
            <select name={r} defaultValue={routes[r] ?? ""} className={field} data-testid={`route-${r}`}>
              <option value="">{L["desk.defaultQueue"]}</option>
              {teams.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
            </select>
          </label>
        ))}
      </div>
      <button disabled={pending} className="rounded bg-brand px-3 py-1.5 text-white hover:bg-brand-dark">{L["desk.settings.save"]}</button>
      {msg && <p role={msg.ok ? "status" : "alert"} className={msg.ok ? "text-emerald-700" : "text-rose-700"}>{msg.text}</p>}
    </form>
  );
}
