"use client";

// The rule builder (issue #22 item 5): name · when · if (all/any of the conditions) · then (the actions) · stop
// later rules; a preview of the draft as it stands over the last 7 or 30 days; then saved disabled, or saved and
// enabled. The server checks the draft with the API's schema and names each wrong field; the messages appear under
// the line they are about.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createRuleAction, previewRuleAction, updateRuleAction } from "@/app/actions/automation";
import { makeL, type Labels } from "@/components/admin/form-kit";
import type { RulePreview } from "@/lib/automation/preview-rule";
import type { ActionResult } from "@/lib/server/run-action";
import { fieldClass } from "./choice-inputs";
import type { Lookups } from "./lookups";
import { PreviewPanel } from "./preview-panel";
import { ActionList, ConditionList } from "./rule-parts";
import { EMPTY_DRAFT, errorsAt, type Draft } from "./rule-draft";
import { TriggerFields } from "./trigger-fields";

const legendClass = "mb-1 text-sm font-semibold text-slate-800";

export function RuleBuilder({ rule, lookups, labels, locale }: { rule?: Draft & { id: string }; lookups: Lookups; labels: Labels; locale: "en" | "fr" }) {
  const L = makeL(labels, locale);
  const router = useRouter();
  const [draft, setDraft] = useState<Draft>(rule ? { name: rule.name, definition: rule.definition } : EMPTY_DRAFT);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [days, setDays] = useState<7 | 30>(30);
  const [preview, setPreview] = useState<RulePreview | null>(null);
  const [previewing, startPreview] = useTransition();
  const [saving, startSave] = useTransition();
  const def = draft.definition;
  const setDef = (d: typeof def) => setDraft({ ...draft, definition: d });

  function failed(res: Extract<ActionResult<unknown>, { ok: false }>) {
    setFieldErrors(res.fieldErrors ?? {});
    // Every message sits under its field: the alert only says to look there. Anything else is said in the alert.
    const shown = (k: string) => k === "name" || /^definition\.(trigger|time|conditions\.\d|actions)/.test(k);
    const keys = Object.keys(res.fieldErrors ?? {});
    setError(keys.length > 0 && keys.every(shown) ? L("automation.builder.fix") : res.error);
  }
  function runPreview() {
    setError(null);
    startPreview(async () => {
      try {
        const res = await previewRuleAction(draft, days);
        if (!res.ok) return failed(res);
        setFieldErrors({});
        setPreview(res.data ?? null);
      } catch {
        setError(L("automation.failed"));
      }
    });
  }
  function save(enabled: boolean) {
    setError(null);
    startSave(async () => {
      try {
        const res = rule ? await updateRuleAction(rule.id, { ...draft, enabled }) : await createRuleAction({ ...draft, enabled });
        if (!res.ok) return failed(res);
        router.push("/settings/automation");
        router.refresh();
      } catch {
        setError(L("automation.failed"));
      }
    });
  }

  const nameError = fieldErrors.name;
  return (
    <section aria-labelledby="builder-title" className="space-y-4 rounded-lg bg-white p-4 ring-1 ring-slate-200" data-testid="rule-builder">
      <h2 id="builder-title" className="text-lg font-semibold">{rule ? L("automation.builder.editTitle", { name: rule.name }) : L("automation.builder.newTitle")}</h2>
      <div>
        <label htmlFor="rule-name" className={legendClass}>{L("automation.builder.name")}</label>
        <input id="rule-name" value={draft.name} maxLength={100} onChange={(e) => setDraft({ ...draft, name: e.target.value })} data-testid="rule-name"
          aria-invalid={Boolean(nameError) || undefined} aria-describedby={nameError ? "rule-name-error" : undefined} className={`${fieldClass} mt-1 block w-full max-w-md`} />
        {nameError && <p id="rule-name-error" className="mt-1 text-xs text-rose-800">{nameError}</p>}
      </div>
      <fieldset className="min-w-0">
        <legend className={legendClass}>{L("automation.builder.when")}</legend>
        <TriggerFields def={def} onChange={setDef} L={L} errors={[...errorsAt(fieldErrors, "definition.trigger"), ...errorsAt(fieldErrors, "definition.time")]} />
      </fieldset>
      <fieldset className="min-w-0">
        <legend className={legendClass}>{L("automation.builder.if")}</legend>
        <select aria-label={L("automation.builder.match")} value={def.match} onChange={(e) => setDef({ ...def, match: e.target.value as "all" | "any" })} className={`${fieldClass} mb-2`} data-testid="rule-match">
          <option value="all">{L("automation.builder.matchAll")}</option>
          <option value="any">{L("automation.builder.matchAny")}</option>
        </select>
        <ConditionList conditions={def.conditions} onChange={(conditions) => setDef({ ...def, conditions })} lookups={lookups} L={L} fieldErrors={fieldErrors} />
      </fieldset>
      <fieldset className="min-w-0">
        <legend className={legendClass}>{L("automation.builder.then")}</legend>
        <ActionList actions={def.actions} onChange={(actions) => setDef({ ...def, actions })} lookups={lookups} L={L} fieldErrors={fieldErrors} />
        {fieldErrors["definition.actions"] && <p className="mt-1 text-xs text-rose-800" data-testid="actions-error">{fieldErrors["definition.actions"]}</p>}
        <label className="mt-3 flex items-start gap-2 text-sm">
          <input type="checkbox" checked={def.stop} onChange={(e) => setDef({ ...def, stop: e.target.checked })} className="mt-0.5 accent-brand" data-testid="rule-stop" />
          <span>{L("automation.builder.stop")}<span className="block text-xs text-slate-600">{L("automation.builder.stopHelp")}</span></span>
        </label>
      </fieldset>
      <div className="space-y-2 border-t border-slate-200 pt-3">
        <div className="flex flex-wrap items-center gap-2">
          <select aria-label={L("automation.preview.period")} value={days} onChange={(e) => setDays(Number(e.target.value) === 7 ? 7 : 30)} className={fieldClass} data-testid="preview-days">
            <option value={7}>{L("automation.preview.days", { days: 7 })}</option>
            <option value={30}>{L("automation.preview.days", { days: 30 })}</option>
          </select>
          <button type="button" onClick={runPreview} disabled={previewing} className="rounded px-3 py-1.5 text-sm font-medium text-brand ring-1 ring-brand hover:bg-brand/5 disabled:opacity-60" data-testid="preview-run">
            {previewing ? L("automation.preview.running") : L("automation.preview.run")}
          </button>
          <span className="text-xs text-slate-600">{L("automation.preview.help")}</span>
        </div>
        <div aria-live="polite" aria-busy={previewing}>
          {previewing && <p className="animate-pulse rounded bg-slate-100 px-3 py-6 text-center text-sm text-slate-700" data-testid="preview-loading">{L("automation.preview.loading", { days })}</p>}
          {!previewing && preview && <PreviewPanel preview={preview} L={L} lookups={lookups} />}
        </div>
      </div>
      {error && <p role="alert" className="rounded bg-rose-50 px-3 py-2 text-sm text-rose-800" data-testid="builder-error">{error}</p>}
      <div className="flex flex-wrap items-center gap-2 border-t border-slate-200 pt-3">
        <button type="button" onClick={() => save(false)} disabled={saving} className="rounded px-3 py-1.5 text-sm font-medium text-slate-800 ring-1 ring-slate-400 hover:bg-slate-50 disabled:opacity-60" data-testid="save-disabled">
          {L("automation.builder.saveDisabled")}
        </button>
        <button type="button" onClick={() => save(true)} disabled={saving} className="rounded bg-brand px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-dark disabled:opacity-60" data-testid="save-enabled">
          {saving ? L("automation.builder.saving") : L("automation.builder.saveEnabled")}
        </button>
        <Link href="/settings/automation" className="text-sm text-slate-700 underline hover:text-slate-900">{L("automation.builder.cancel")}</Link>
      </div>
    </section>
  );
}
