// The workspace's rules in the order they run: each with its name, trigger, a one-line summary of what it looks at
// and does, its version and its state (a paused rule says why), and its controls. Archived rules are listed apart,
// for the record. Rendered on the server; the controls are the client part.
import type { RuleView } from "@/lib/automation/rule-view";
import type { Labels } from "@/components/admin/form-kit";
import type { Label, Lookups } from "./lookups";
import { RuleControls } from "./rule-controls";
import { actionsText, conditionsText, triggerText } from "./rule-summary";

const STATE_STYLE: Record<string, string> = {
  enabled: "bg-emerald-100 text-emerald-900",
  disabled: "bg-slate-100 text-slate-700",
  paused: "bg-amber-100 text-amber-900",
  archived: "bg-slate-100 text-slate-600",
};

function RuleSummary({ rule, L, lookups }: { rule: RuleView; L: Label; lookups: Lookups }) {
  if (!rule.definition) return <p className="text-sm text-rose-800">{L("automation.list.unreadable")}</p>;
  return (
    <div className="space-y-0.5 text-sm text-slate-700" data-testid="rule-summary">
      <p><span className="font-medium text-slate-900">{triggerText(rule.definition, L)}</span> · {conditionsText(rule.definition, L, lookups)}</p>
      <p>{actionsText(rule.definition, L, lookups)}{rule.definition.stop ? ` · ${L("automation.sum.stop")}` : ""}</p>
    </div>
  );
}

export function RuleList({ rules, L, lookups, labels, locale, pausedText }: {
  rules: RuleView[]; L: Label; lookups: Lookups; labels: Labels; locale: "en" | "fr"; pausedText: Record<string, string>;
}) {
  const active = rules.filter((r) => r.state !== "archived");
  const archived = rules.filter((r) => r.state === "archived");
  return (
    <div className="space-y-4">
      {active.length === 0 ? (
        <p className="rounded-lg bg-white p-6 text-center text-slate-600 ring-1 ring-slate-200" data-testid="rules-empty">{L("automation.list.empty")}</p>
      ) : (
        <ol className="space-y-3">
          {active.map((r, i) => (
            <li key={r.id} className="rounded-lg bg-white p-4 ring-1 ring-slate-200" data-testid="rule-row" data-rule-name={r.name} data-state={r.state}>
              <div className="mb-1 flex flex-wrap items-center gap-2">
                <span className="text-sm tabular-nums text-slate-600">{i + 1}.</span>
                <h3 className="font-medium">{r.name}</h3>
                <span className="text-xs text-slate-600">{L("automation.list.version", { version: r.version })}</span>
                <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${STATE_STYLE[r.state]}`} data-testid="rule-state">{L(`automation.state.${r.state}`)}</span>
              </div>
              {r.state === "paused" && (
                <p className="mb-1 rounded bg-amber-50 px-2 py-1 text-sm text-amber-900" data-testid="rule-paused-reason">
                  {L("automation.list.pausedBecause", { reason: pausedText[r.id] ?? r.pausedReason ?? "" })}
                </p>
              )}
              <RuleSummary rule={r} L={L} lookups={lookups} />
              <div className="mt-2">
                <RuleControls rule={{ id: r.id, name: r.name, state: r.state }} index={i} count={active.length} labels={labels} locale={locale} />
              </div>
            </li>
          ))}
        </ol>
      )}
      {archived.length > 0 && (
        <details data-testid="rules-archived">
          <summary className="cursor-pointer text-sm font-medium text-slate-700">{L("automation.list.archived", { count: archived.length })}</summary>
          <ul className="mt-2 space-y-2">
            {archived.map((r) => (
              <li key={r.id} className="rounded-lg bg-slate-50 p-3 ring-1 ring-slate-200">
                <div className="text-sm font-medium text-slate-700">{r.name} <span className="text-xs font-normal">{L("automation.list.version", { version: r.version })}</span></div>
                <RuleSummary rule={r} L={L} lookups={lookups} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
