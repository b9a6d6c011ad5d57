"use client";

// The reply box of a case: public reply, private reply (Messenger / X DM) or internal note, with canned
// replies filled for this case and live checks beside the draft (lib/composer/check-draft.ts), including the
// tact and safety guards (lib/guards): findings highlighted in the text, a `high` one needs an override
// with a reason or a team lead's approval (the server enforces the same). Its parts: the checks
// (use-draft-guards.ts), the modes, the canned-reply picker, the warnings column and the override dialog, each
// in its own file.
import { useId, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { addNoteAction, replyAction } from "@/app/actions/case-actions";
import { submitDraftAction } from "@/app/actions/guard-actions";
import { GuardHighlights } from "./guard-findings";
import type { PlatformId } from "@/lib/connectors/platforms";
import { refusalMessage } from "@/lib/guards/refusal-message";
import { CannedReplyPicker, type CannedReply } from "./canned-reply-picker";
import { SuggestedReplies, type SuggestedReply } from "./suggested-replies";
import { useComposerFocus } from "./composer-focus";
import { ComposerModes } from "./composer-modes";
import { PrivateInvite } from "./private-invite";
import { ComposerWarnings } from "./composer-warnings";
import { GuardOverrideDialog } from "./guard-override-dialog";
import { useDraftGuards, type ComposerMode as Mode, type GuardInput } from "./use-draft-guards";

export { COMPOSER_FOCUS_EVENT, focusComposer, type ComposerFocusDetail } from "./composer-focus";

export interface ComposerProps {
  caseId: string;
  caseNumber: number;
  customerName: string;
  agentName: string;
  platform: PlatformId;
  /** False when the case has no public customer message to answer under (a DM conversation). */
  canPublic: boolean;
  /** The first mode (customer service starts in private); by default public when it can be. */
  defaultMode?: "public" | "private" | "note";
  /** Why public is not offered, when it is not the platform (e.g. customer service before picking the case up). */
  noPublicReason?: string;
  cannedReplies: CannedReply[];
  /** The team's replies to the same problem (lib/replies/suggest-replies.ts), best first. */
  suggestions?: SuggestedReply[];
  /** The `composer.*` and `guards.*` keys of the server's dictionary. */
  labels: Record<string, string>;
  /** What the guards need to know about this case (lib/guards/load-guard-context.ts), serialised. */
  guard?: GuardInput;
  /** A review or video comment (no private messages): where a private answer goes instead, if anywhere
   *  (lib/outbound/private-route.ts), else the public invitation to write to us privately. */
  publicOnly?: { privateVia: PlatformId | null; invitation: string };
}

const fmt = (s: string, vars: Record<string, string | number> = {}) => s.replace(/\{(\w+)\}/g, (w, k: string) => String(vars[k] ?? w));

export function Composer({ caseId, caseNumber, customerName, agentName, platform, canPublic, defaultMode, noPublicReason, cannedReplies, suggestions = [], labels, guard, publicOnly }: ComposerProps) {
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
  const [pending, startTransition] = useTransition();
  const [overrideOpen, setOverrideOpen] = useState(false);
  const [overrideReason, setOverrideReason] = useState("");
  const [humorous, setHumorous] = useState(false);
  const [scrollTop, setScrollTop] = useState(0);
  const G = (k: string) => labels[`guards.composer.${k}`] ?? k;

  const { warnings, shown, blocking, length, limit, guardWarnings, guardHigh } = useDraftGuards({ draft, mode, platform, guard, tried, L });

  const noPublicText = noPublicReason ?? L("noPublic");
  useComposerFocus({ canPublic, noPublicText, textRef, onMode: setMode, onNotice: setNotice });

  function insertCanned(text: string, cannedNotice: string) {
    const el = textRef.current;
    if (!el) return;
    // Replace the selection (or insert at the caret), so a greeting typed first is kept.
    const start = el.selectionStart ?? draft.length;
    const end = el.selectionEnd ?? draft.length;
    setDraft(draft.slice(0, start) + text + draft.slice(end));
    setNotice(cannedNotice);
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
  return (
    <form
      onSubmit={(e) => { e.preventDefault(); send(); }}
      data-testid="composer"
      data-mode={mode}
      aria-busy={pending}
      className={`space-y-2 rounded-lg p-3 ring-1 ${note ? "bg-amber-50 ring-amber-300" : "bg-white ring-slate-200"}`}
    >
      <ComposerModes id={id} mode={mode} onMode={setMode} platform={platform} canPublic={canPublic} noPublicText={noPublicText} L={L}
        privateVia={publicOnly ? publicOnly.privateVia : undefined} />
      {publicOnly && !publicOnly.privateVia && mode === "public" && <PrivateInvite text={publicOnly.invitation} L={L} onInsert={(text) => insertCanned(text, L("inviteInserted"))} />}
      {!note && <SuggestedReplies suggestions={suggestions} locale={guard?.locale ?? "en"} L={L} onInsert={insertCanned} />}
      {!note && cannedReplies.length > 0 && (
        <CannedReplyPicker id={id} replies={cannedReplies} customerName={customerName} caseNumber={caseNumber} agentName={agentName} L={L} onInsert={insertCanned} />
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
        <ComposerWarnings id={id} draft={draft} shown={shown} guardWarnings={guardWarnings} notice={notice} labels={labels} L={L}
          onSwitchPrivate={mode === "public" ? () => { setMode("private"); setOverrideOpen(false); textRef.current?.focus(); } : undefined} />
      </div>
      {overrideOpen && !note && (
        <GuardOverrideDialog id={id} reason={overrideReason} onReason={setOverrideReason} pending={pending} G={G}
          onCancel={() => { setOverrideOpen(false); textRef.current?.focus(); }} onSubmitApproval={submitForApproval} onSend={send} />
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
