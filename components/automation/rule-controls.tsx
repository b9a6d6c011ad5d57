"use client";

// One rule's controls in the list: the on/off switch (turning a paused rule on again resumes it, once mended), move
// up and down in the order, edit, and archive with a confirmation: rules are never deleted, so the timeline's
// "by rule X v3" keeps pointing at them.
import Link from "next/link";
import { updateRuleAction } from "@/app/actions/automation";
import { FormError, makeL, useActionRunner, type Labels } from "@/components/admin/form-kit";
import { Switch } from "@/components/ui/switch";

const small = "rounded px-2 py-0.5 text-sm ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-40";

export function RuleControls({ rule, index, count, labels, locale }: {
  rule: { id: string; name: string; state: string };
  index: number;
  count: number;
  labels: Labels;
  locale: "en" | "fr";
}) {
  const L = makeL(labels, locale);
  const { pending, error, run } = useActionRunner(labels);
  const patch = (p: object) => run(() => updateRuleAction(rule.id, p), () => undefined);
  const on = rule.state === "enabled";
  return (
    <div className="flex flex-wrap items-center gap-2" aria-busy={pending}>
      <Switch checked={on} disabled={pending} testId="rule-enabled" label={L("automation.list.enabledOf", { name: rule.name })}
        stateLabel={L(on ? "automation.list.on" : "automation.list.off")} onChange={(next) => patch({ enabled: next })} />
      <button type="button" className={small} disabled={pending || index === 0} aria-label={L("automation.list.moveUp", { name: rule.name })} title={L("automation.list.moveUp", { name: rule.name })}
        onClick={() => patch({ position: index - 1 })} data-testid="rule-up">↑</button>
      <button type="button" className={small} disabled={pending || index === count - 1} aria-label={L("automation.list.moveDown", { name: rule.name })} title={L("automation.list.moveDown", { name: rule.name })}
        onClick={() => patch({ position: index + 1 })} data-testid="rule-down">↓</button>
      <Link href={`/settings/automation?edit=${rule.id}#builder`} className={`${small} text-brand`} aria-label={L("automation.list.editNamed", { name: rule.name })} data-testid="rule-edit">
        {L("automation.list.edit")}
      </Link>
      <button type="button" className={`${small} text-rose-800 ring-rose-300 hover:bg-rose-50`} disabled={pending} data-testid="rule-archive"
        aria-label={L("automation.list.archiveNamed", { name: rule.name })}
        onClick={() => { if (window.confirm(L("automation.list.archiveConfirm", { name: rule.name }))) patch({ archived: true }); }}>
        {L("automation.list.archive")}
      </button>
      <FormError error={error} />
    </div>
  );
}
