"use client";

// The agents' load (issue #22 item 4): each active member's team, open cases against their cap, and whether they
// take new cases. Round-robin and least-loaded skip whoever is away or at their cap, so this is where a lead sees
// why a team's cases went to one person, and changes a cap or the switch for someone off sick.
import { useState } from "react";
import { setAgentAction } from "@/app/actions/automation";
import { FormError, makeL, useActionRunner, type Labels } from "@/components/admin/form-kit";
import type { AgentLoad } from "@/lib/automation/agent-load";
import { Switch } from "@/components/ui/switch";
import { fieldClass } from "./choice-inputs";

function LoadBar({ open, cap }: { open: number; cap: number | null }) {
  if (cap === null) return null;
  const full = open >= cap;
  return (
    <span aria-hidden className="block h-1.5 w-full rounded bg-slate-100">
      <span className={`block h-1.5 rounded ${full ? "bg-rose-600" : open / cap >= 0.75 ? "bg-amber-500" : "bg-emerald-600"}`} style={{ width: `${Math.min(1, open / cap) * 100}%` }} />
    </span>
  );
}

function AgentRow({ a, labels, locale }: { a: AgentLoad; labels: Labels; locale: "en" | "fr" }) {
  const L = makeL(labels, locale);
  const { pending, error, run } = useActionRunner(labels);
  const [cap, setCap] = useState(a.caseCap === null ? "" : String(a.caseCap));
  const saveCap = () => {
    const next = cap.trim() === "" ? null : Number(cap);
    if (next !== a.caseCap) run(() => setAgentAction(a.userId, { caseCap: next }), () => undefined);
  };
  return (
    <li className="space-y-1 py-2" data-testid="agent-row" data-name={a.name}>
      <div className="flex flex-wrap items-center justify-between gap-x-2">
        <span className="font-medium">{a.name}</span>
        <Switch checked={a.available} disabled={pending} testId="agent-available" label={L("automation.agents.availableOf", { name: a.name })}
          stateLabel={L(a.available ? "automation.agents.available" : "automation.agents.away")}
          onChange={(available) => run(() => setAgentAction(a.userId, { available }), () => undefined)} />
      </div>
      <div className="text-xs text-slate-600">{L(`role.${a.role}`)} · {a.teamName ?? L("automation.agents.noTeam")}</div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="text-xs" data-testid="agent-open">
          {a.caseCap === null ? L("automation.agents.openNoCap", { open: a.open }) : L("automation.agents.openOfCap", { open: a.open, cap: a.caseCap })}
        </span>
        <label className="inline-flex items-center gap-1 text-xs text-slate-700">
          {L("automation.agents.cap")}
          <input type="number" min={1} max={1000} inputMode="numeric" value={cap} placeholder={L("automation.agents.noCap")} disabled={pending}
            aria-label={L("automation.agents.capOf", { name: a.name })} data-testid="agent-cap"
            onChange={(e) => setCap(e.target.value)} onBlur={saveCap} onKeyDown={(e) => { if (e.key === "Enter") saveCap(); }}
            className={`${fieldClass} w-28`} />
        </label>
      </div>
      <LoadBar open={a.open} cap={a.caseCap} />
      <FormError error={error} />
    </li>
  );
}

export function AgentLoadPanel({ agents, labels, locale }: { agents: AgentLoad[]; labels: Labels; locale: "en" | "fr" }) {
  const L = makeL(labels, locale);
  return (
    <section aria-labelledby="agents-title" className="rounded-lg bg-white p-4 ring-1 ring-slate-200" data-testid="agent-load">
      <h2 id="agents-title" className="font-semibold">{L("automation.agents.title")}</h2>
      <p className="mb-2 text-xs text-slate-600">{L("automation.agents.intro")}</p>
      {agents.length === 0 ? <p className="text-sm text-slate-600">{L("automation.agents.none")}</p> : (
        <ul className="divide-y divide-slate-100">{agents.map((a) => <AgentRow key={a.userId} a={a} labels={labels} locale={locale} />)}</ul>
      )}
    </section>
  );
}
