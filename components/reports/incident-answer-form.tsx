"use client";

// The incident page's "Answer every open case": one wording per customer language (each case is answered in its
// customer's language, whatever the lead's screen shows), checked by the guards as it is typed, and a result that
// says what happened — "sent 5 · refused 3" with each refusal's case and reason — rather than "Replies queued."
// when the guards refused every one of them.
import Link from "next/link";
import { useActionState, useMemo, useState } from "react";
import type { IncidentAnswerSummary } from "@/app/actions/lead-actions";
import { fillVariables } from "@/lib/canned-replies/fill-variables";
import { checkGuards, type GuardSettings } from "@/lib/guards/check-guards";
import type { ActionResult } from "@/lib/server/run-action";
import { formatTemplate } from "@/lib/text/template";
import { GuardFindingList } from "../case/guard-findings";

type Lang = "fr" | "en";
type Action = (prev: ActionResult<IncidentAnswerSummary> | null, f: FormData) => Promise<ActionResult<IncidentAnswerSummary>>;

const box = "mt-0.5 w-full rounded border border-slate-300 px-2 py-1 text-sm";
// Sample values for the guards' preview only: the wording is checked as a customer would read it.
const SAMPLE = { first_name: "Marie", case_number: 38, agent_name: "Sophie" };

function Wording({ lang, label, defaultValue, visibility, settings, labels }: {
  lang: Lang; label: string; defaultValue: string; visibility: "public" | "private"; settings: Partial<GuardSettings>; labels: Record<string, string>;
}) {
  const [text, setText] = useState(defaultValue);
  const preview = fillVariables(text, SAMPLE).text;
  const warnings = useMemo(() => checkGuards(preview, { visibility, locale: lang, settings, firstAnswer: false }), [preview, visibility, lang, settings]);
  return (
    <div>
      <label className="block text-xs text-slate-600">{label}
        <textarea name={lang === "fr" ? "templateFr" : "templateEn"} rows={4} className={box} value={text} lang={lang}
          onChange={(e) => setText(e.target.value)} data-testid={`incident-answer-${lang}`} />
      </label>
      {warnings.length > 0 && (
        <div className="mt-1 text-xs" role="status" aria-live="polite" data-testid={`incident-answer-guards-${lang}`}>
          <GuardFindingList draft={preview} warnings={warnings} labels={labels} />
        </div>
      )}
    </div>
  );
}

export function IncidentAnswerForm({ incidentId, action, defaults, labels, settings, locale }: {
  incidentId: string;
  action: unknown;
  defaults: Record<Lang, string>;
  /** reports.inc.* and guards.* messages, in the page's language. */
  labels: Record<string, string>;
  settings: Partial<GuardSettings>;
  locale: Lang;
}) {
  const [state, formAction, pending] = useActionState(action as Action, null);
  const [visibility, setVisibility] = useState<"public" | "private">("public");
  const L = (k: string, vars: Record<string, string | number> = {}) => formatTemplate(labels[`reports.inc.${k}`] ?? k, vars, locale, { missing: "keep" });
  const reason = (code: string | undefined, error: string | undefined) => labels[`reports.inc.refused.${code}`] ?? error ?? code ?? "";
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="incidentId" value={incidentId} />
      <Wording lang="fr" label={L("wordingFr")} defaultValue={defaults.fr} visibility={visibility} settings={settings} labels={labels} />
      <Wording lang="en" label={L("wordingEn")} defaultValue={defaults.en} visibility={visibility} settings={settings} labels={labels} />
      <div className="flex gap-3 text-sm">
        {(["public", "private"] as const).map((v) => (
          <label key={v}><input type="radio" name="visibility" value={v} checked={visibility === v} onChange={() => setVisibility(v)} /> {L(v)}</label>
        ))}
      </div>
      <button disabled={pending} className="rounded bg-brand px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-dark disabled:opacity-50">
        {pending ? L("sending") : L("send")}
      </button>
      {state && !state.ok && <p role="alert" className="mt-1 text-xs text-rose-700">{state.error}</p>}
      {state?.ok && state.data && (
        <div role="status" className="mt-1 text-sm" data-testid="incident-answer-result">
          <p className={state.data.refused.length ? "font-medium text-rose-800" : "text-emerald-700"}>
            {L("result", { sent: state.data.sent, refused: state.data.refused.length })}
          </p>
          {state.data.refused.length > 0 && (
            <ul className="mt-1 space-y-0.5 text-xs" data-testid="incident-answer-refusals">
              {state.data.refused.map((r) => (
                <li key={r.caseId}>
                  <Link href={`/cases/${r.caseId}`} className="font-medium text-brand hover:underline">#{r.caseNumber}</Link>
                  {" — "}{reason(r.code, r.error)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}
