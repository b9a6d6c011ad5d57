"use client";

// The reply box of a case: public reply, private reply (Messenger / X DM) or internal note, with canned
// replies filled for this case and live checks beside the draft (lib/composer/check-draft.ts), including the
// tact and safety guards (lib/guards): findings highlighted in the text, a `high` one needs an override
// with a reason or a team lead's approval (the server enforces the same).
import { useEffect, useId, useMemo, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { addNoteAction, replyAction } from "@/app/actions/case-actions";
import { fillVariables, firstNameOf } from "@/lib/canned-replies/fill-variables";
import { checkDraft, measureDraft, type DraftContext } from "@/lib/composer/check-draft";
import { submitDraftAction } from "@/app/actions/guard-actions";
import { checkGuards, type GuardSettings } from "@/lib/guards/check-guards";
import type { FailedRouteCount } from "@/lib/handoff/check-failed-routes";
import { grams } from "@/lib/guards/check-duplicate";
import { GuardFindingList, GuardHighlights } from "./guard-findings";
import type { PlatformId } from "@/lib/connectors/platforms";
import { refusalMessage } from "@/lib/guards/refusal-message";

/** Page shortcuts focus the composer through this window event, so nothing has to pass refs around. */
export const COMPOSER_FOCUS_EVENT = "composer:focus";
export type ComposerFocusDetail = { visibility: "public" | "private" };
export function focusComposer(visibility: ComposerFocusDetail["visibility"]): void {
  window.dispatchEvent(new CustomEvent<ComposerFocusDetail>(COMPOSER_FOCUS_EVENT, { detail: { visibility } }));
}

type Mode = "public" | "private" | "note";
export interface ComposerProps {
  caseId: string;
  caseNumber: number;
  customerName: string;
  agentName: string;
  platform: PlatformId;
  /** False when the case has no public customer message to answer under (a DM conversation). */
  canPublic: boolean;
  /** The first mode (customer service starts in private); by default public when it can be. */
  defaultMode?: "public" | "private";
  /** Why public is not offered, when it is not the platform (e.g. customer service before picking the case up). */
  noPublicReason?: string;
  cannedReplies: { id: string; title: string; body: string; language: string }[];
  /** The `composer.*` and `guards.*` keys of the server's dictionary. */
  labels: Record<string, string>;
  /** What the guards need to know about this case (lib/guards/load-guard-context.ts), serialised. */
  guard?: {
    locale: "en" | "fr";
    earlierReplies: { body: string; at: string }[];
    cannedReplies: { id: string; title: string; body: string }[];
    firstAnswer: boolean;
    settings: GuardSettings;
    /** The contact is marked troll and has not had its one humorous answer yet (R8). */
    humorAllowed: boolean;
    /** Routes reported as not working this week and this case's kind of problem (issue #25). */
    failedRoutes?: FailedRouteCount[];
    problemFamily?: string | null;
  };
}

const fmt = (s: string, vars: Record<string, string | number> = {}) => s.replace(/\{(\w+)\}/g, (w, k: string) => String(vars[k] ?? w));

export function Composer({ caseId, caseNumber, customerName, agentName, platform, canPublic, defaultMode, noPublicReason, cannedReplies, labels, guard }: ComposerProps) {
  const L = (k: string, vars?: Record<string, string | number>) => fmt(labels[`composer.${k}`] ?? `composer.${k}`, vars);
  const router = useRouter();
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [mode, setMode] = useState<Mode>(defaultMode ?? (canPublic ? "public" : "private"));
  const [draft, setDraft] = useState("");
  // "Write something first" only after a send attempt: an empty box is not a mistake.
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState("");
  const [cannedId, setCannedId] = useState("");
  const [pending, startTransition] = useTransition();
  const [overrideOpen, setOverrideOpen] = useState(false);
  const [overrideReason, setOverrideReason] = useState("");
  const [humorous, setHumorous] = useState(false);
  const [scrollTop, setScrollTop] = useState(0);
  const G = (k: string) => labels[`guards.composer.${k}`] ?? k;

  const ctx: DraftContext = { visibility: mode === "note" ? "internal" : mode, platform };
  const messages = {
    empty: L("warn.empty"), tooLongX: L("warn.tooLongX"), tooLongMessenger: L("warn.tooLongMessenger"),
    tooLong: L("warn.tooLong"), unfilled: L("warn.unfilled"),
  };
  // Cheap enough to run on every keystroke: a few regexes over at most a few thousand characters.
  const warnings = checkDraft(draft, ctx, messages);
  const shown = tried ? warnings : warnings.filter((w) => w.kind !== "empty");
  const { length, limit } = measureDraft(draft, ctx);
  // The guards: 5-gram sets of earlier replies computed once, the rest per keystroke (a few ms).
  const earlierGrams = useMemo(() => (guard?.earlierReplies ?? []).map((r) => grams(r.body)), [guard?.earlierReplies]);
  const guardWarnings = useMemo(
    () => (mode === "note" || !guard ? [] : checkGuards(draft, { visibility: mode, locale: guard.locale, earlierReplies: guard.earlierReplies, earlierGrams, cannedReplies: guard.cannedReplies, firstAnswer: guard.firstAnswer, settings: guard.settings, failedRoutes: guard.failedRoutes, problemFamily: guard.problemFamily })),
    [draft, mode, guard, earlierGrams],
  );
  const guardHigh = guardWarnings.some((w) => w.severity === "high");

  const noPublicText = noPublicReason ?? L("noPublic");
  useEffect(() => {
    const onFocus = (e: Event) => {
      const wanted = (e as CustomEvent<ComposerFocusDetail>).detail?.visibility;
      // A DM-only case cannot take a public reply: fall back to private and say why.
      setMode(wanted === "public" && canPublic ? "public" : "private");
      if (wanted === "public" && !canPublic) setNotice(noPublicText);
      textRef.current?.focus();
    };
    window.addEventListener(COMPOSER_FOCUS_EVENT, onFocus);
    return () => window.removeEventListener(COMPOSER_FOCUS_EVENT, onFocus);
  }, [canPublic, noPublicText]);

  function insertCanned() {
    const reply = cannedReplies.find((r) => r.id === cannedId);
    const el = textRef.current;
    if (!reply || !el) return;
    const { text, missing } = fillVariables(reply.body, {
      first_name: firstNameOf(customerName), case_number: caseNumber, agent_name: agentName,
    });
    // Replace the selection (or insert at the caret), so a greeting typed first is kept.
    const start = el.selectionStart ?? draft.length;
    const end = el.selectionEnd ?? draft.length;
    setDraft(draft.slice(0, start) + text + draft.slice(end));
    setNotice(missing.length ? L("cannedMissing", { title: reply.title, names: missing.map((n) => `{{${n}}}`).join(", ") }) : L("cannedInserted", { title: reply.title }));
    setCannedId("");
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(start + text.length, start + text.length);
    });
  }

  function send() {
    if (pending) return;
    setTried(true);
    setError(null);
    setNotice("");
    if (warnings.some((w) => w.blocking)) {
      textRef.current?.focus();
      return;
    }
    const sentMode = mode;
    // A `high` finding: ask for a reason (or a lead's approval) before sending.
    if (sentMode !== "note" && guardHigh && !overrideOpen) {
      setOverrideOpen(true);
      return;
    }
    const reason = overrideReason.trim();
    if (sentMode !== "note" && overrideOpen && reason.length < 5) {
      setError(G("reasonTooShort"));
      return;
    }
    startTransition(async () => {
      try {
        const res = sentMode === "note" ? await addNoteAction(caseId, draft)
          : await replyAction(caseId, { text: draft, visibility: sentMode, ...(overrideOpen ? { override: { reason } } : {}), ...(humorous ? { humorous: true } : {}) });
        if (!res.ok) {
          // The server found something the browser could not see (an earlier reply sent meanwhile): same dialog.
          if (res.code === "guard_blocked") setOverrideOpen(true);
          setError(refusalMessage(res, labels));
          return;
        }
        setDraft("");
        setTried(false);
        setOverrideOpen(false);
        setOverrideReason("");
        setHumorous(false);
        setNotice(L(sentMode === "note" ? "noteAdded" : "sent"));
        router.refresh();
      } catch {
        setError(L("failed"));
      }
    });
  }

  function submitForApproval() {
    if (pending || mode === "note") return;
    const visibility = mode;
    startTransition(async () => {
      const res = await submitDraftAction(caseId, { text: draft, visibility });
      if (!res.ok) {
        setError(refusalMessage(res, labels));
        return;
      }
      setDraft("");
      setOverrideOpen(false);
      setOverrideReason("");
      setNotice(G("submitted"));
      router.refresh();
    });
  }

  const note = mode === "note";
  const blocking = shown.some((w) => w.blocking);
  const modes: { value: Mode; label: string; disabled?: boolean }[] = [
    { value: "public", label: L("public"), disabled: !canPublic },
    { value: "private", label: L(`private.${platform.toLowerCase()}`) },
    { value: "note", label: L("note") },
  ];
  return (
    <form
      onSubmit={(e) => { e.preventDefault(); send(); }}
      data-testid="composer"
      data-mode={mode}
      aria-busy={pending}
      className={`space-y-2 rounded-lg p-3 ring-1 ${note ? "bg-amber-50 ring-amber-300" : "bg-white ring-slate-200"}`}
    >
      <fieldset className="flex flex-wrap gap-1">
        <legend className="sr-only">{L("mode")}</legend>
        {modes.map((m) => (
          <label
            key={m.value}
            title={m.disabled ? noPublicText : undefined}
            className={`cursor-pointer rounded-full px-3 py-1 text-sm ring-1 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand has-disabled:cursor-not-allowed has-disabled:opacity-50 ${
              mode === m.value ? (m.value === "note" ? "bg-amber-300 text-amber-950 ring-amber-400" : "bg-brand text-white ring-brand") : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-100"
            }`}
          >
            <input type="radio" name={`${id}-mode`} value={m.value} checked={mode === m.value} disabled={m.disabled} onChange={() => setMode(m.value)} className="sr-only" data-testid={`composer-mode-${m.value}`} />
            {m.label}
          </label>
        ))}
      </fieldset>
      {!note && cannedReplies.length > 0 && (
        <div className="flex flex-wrap items-end gap-2">
          <div className="min-w-0 grow">
            <label htmlFor={`${id}-canned`} className="mb-1 block text-xs font-medium text-slate-600">{L("canned")}</label>
            <select id={`${id}-canned`} value={cannedId} onChange={(e) => setCannedId(e.target.value)} data-testid="composer-canned" className="w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm">
              <option value="">{L("cannedNone")}</option>
              {cannedReplies.map((r) => <option key={r.id} value={r.id}>{`[${r.language.toUpperCase()}] ${r.title}`}</option>)}
            </select>
          </div>
          <button type="button" onClick={insertCanned} disabled={!cannedId} className="rounded px-3 py-1.5 text-sm font-medium text-brand ring-1 ring-brand hover:bg-brand/10 disabled:opacity-50">
            {L("cannedInsert")}
          </button>
        </div>
      )}
      <div className="grid gap-2 md:grid-cols-[minmax(0,1fr)_15rem]">
        <div>
          <label htmlFor={`${id}-text`} className="mb-1 block text-sm font-medium">{note ? L("labelNote") : L("label")}</label>
          <div className={`relative rounded ${note ? "bg-amber-50" : "bg-white"}`}>
          {!note && <GuardHighlights draft={draft} warnings={guardWarnings} scrollTop={scrollTop} />}
          <textarea
            id={`${id}-text`}
            ref={textRef}
            value={draft}
            onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
            onChange={(e) => { setDraft(e.target.value); if (overrideOpen) setOverrideOpen(false); }}
            onKeyDown={(e) => {
              if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); send(); }
              // Escape leaves the text box (the draft stays), so the page's shortcuts work again.
              else if (e.key === "Escape") { e.preventDefault(); e.currentTarget.blur(); }
            }}
            rows={5}
            aria-invalid={blocking}
            aria-describedby={`${id}-hint ${id}-count ${id}-warnings`}
            aria-keyshortcuts="Control+Enter Meta+Enter"
            data-testid="composer-text"
            className={`relative block w-full rounded border bg-transparent px-3 py-2 text-sm aria-[invalid=true]:border-rose-500 ${note ? "border-amber-300" : "border-slate-300"}`}
          />
          </div>
          <div className="flex flex-wrap justify-between gap-2 text-xs text-slate-500">
            <span id={`${id}-hint`}>{note ? L("noteHint") : L("shortcutHint")}</span>
            <span id={`${id}-count`} className={length > limit ? "font-medium text-rose-700" : undefined}>{L("counter", { count: length, limit })}</span>
          </div>
        </div>
        <div id={`${id}-warnings`} role="status" aria-live="polite" data-testid="composer-warnings" className="space-y-1 text-sm">
          <h3 className="text-xs font-medium uppercase text-slate-500">{L("warnings")}</h3>
          {shown.length === 0 && guardWarnings.length === 0 && !notice && <p className="text-slate-500">{L("noWarnings")}</p>}
          {guardWarnings.length > 0 && (
            <GuardFindingList draft={draft} warnings={guardWarnings} labels={labels}
              onSwitchPrivate={mode === "public" ? () => { setMode("private"); setOverrideOpen(false); textRef.current?.focus(); } : undefined} />
          )}
          <ul className="space-y-1">
            {shown.map((w, i) => (
              <li key={`${w.kind}-${i}`} data-kind={w.kind} className={`rounded px-2 py-1 ${w.blocking ? "bg-rose-50 text-rose-800" : "bg-amber-50 text-amber-900"}`}>
                {w.message}
                {w.span && w.kind !== "too_long" && <q className="ml-1 font-mono text-xs">{draft.slice(w.span.start, w.span.end)}</q>}
              </li>
            ))}
          </ul>
          {notice && <p className="rounded bg-slate-100 px-2 py-1 text-slate-700" data-testid="composer-notice">{notice}</p>}
        </div>
      </div>
      {overrideOpen && !note && (
        <div role="dialog" aria-labelledby={`${id}-override-title`} data-testid="guard-override" className="space-y-2 rounded-lg bg-rose-50 p-3 ring-1 ring-rose-300">
          <h3 id={`${id}-override-title`} className="text-sm font-semibold text-rose-900">{G("overrideTitle")}</h3>
          <p className="text-sm text-rose-900">{G("overrideNeeded")}</p>
          <label htmlFor={`${id}-override-reason`} className="block text-xs font-medium text-rose-900">{G("overrideReason")}</label>
          <textarea id={`${id}-override-reason`} value={overrideReason} onChange={(e) => setOverrideReason(e.target.value)} rows={2} autoFocus
            data-testid="guard-override-reason" className="w-full rounded border border-rose-300 bg-white px-2 py-1 text-sm" />
          <div className="flex flex-wrap justify-end gap-2">
            <button type="button" onClick={() => { setOverrideOpen(false); textRef.current?.focus(); }} className="rounded px-3 py-1 text-sm ring-1 ring-slate-300 hover:bg-white">{G("overrideCancel")}</button>
            <button type="button" onClick={submitForApproval} disabled={pending} data-testid="guard-submit-approval" className="rounded px-3 py-1 text-sm font-medium text-brand ring-1 ring-brand hover:bg-white">{G("submitApproval")}</button>
            <button type="button" onClick={send} disabled={pending || overrideReason.trim().length < 5} data-testid="guard-override-send" className="rounded bg-rose-700 px-3 py-1 text-sm font-medium text-white hover:bg-rose-800 disabled:opacity-50">{G("overrideConfirm")}</button>
          </div>
        </div>
      )}
      {guard?.humorAllowed && !note && (
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" checked={humorous} onChange={(e) => setHumorous(e.target.checked)} data-testid="composer-humorous" />
          {G("humorous")}
        </label>
      )}
      {error && <p role="alert" className="rounded bg-rose-50 px-3 py-2 text-sm text-rose-800" data-testid="composer-error">{error}</p>}
      <div className="flex justify-end">
        <button
          type="submit"
          disabled={pending}
          data-testid="composer-send"
          className={`rounded px-4 py-1.5 text-sm font-medium disabled:opacity-60 ${note ? "bg-amber-400 text-amber-950 hover:bg-amber-500" : "bg-brand text-white hover:bg-brand-dark"}`}
        >
          {pending ? L("sending") : note ? L("sendNote") : L("send")}
        </button>
      </div>
    </form>
  );
}
