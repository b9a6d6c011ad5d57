"use client";

// Case page shortcuts: r / p open the composer in public / private mode, a assigns the case to me,
// u or Escape go back to the inbox, ? lists the shortcuts. Keys typed in the composer are never taken
// (shortcutFrom), so Escape inside a draft does not throw the draft away by leaving the page.
import { useCallback, useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { updateCaseAction } from "@/app/actions/case-actions";
import { useHydrated } from "../ui/use-hydrated";
import { ShortcutsDialog, shortcutFrom } from "../ui/shortcuts-dialog";
import { focusComposer } from "./composer";

const fmt = (s: string, vars: Record<string, string> = {}) => s.replace(/\{(\w+)\}/g, (w, k: string) => vars[k] ?? w);

export function CaseKeyboard({ caseId, caseNumber, labels }: { caseId: string; caseNumber: number; labels: Record<string, string> }) {
  const hydrated = useHydrated();
  const L = useCallback((k: string, vars?: Record<string, string>) => fmt(labels[`shortcuts.${k}`] ?? `shortcuts.${k}`, vars), [labels]);
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);

  const announce = useCallback((text: string) => {
    setMessage("");
    requestAnimationFrame(() => setMessage(text));
  }, []);

  const assign = useCallback(async () => {
    const label = `#${caseNumber}`;
    setBusy(true);
    announce(L("assigning", { case: label }));
    try {
      const res = await updateCaseAction(caseId, { assigneeId: "me" });
      announce(res.ok ? L("assigned", { case: label }) : L("assignFailed", { case: label, error: res.error }));
      if (res.ok) router.refresh();
    } catch {
      announce(L("assignFailed", { case: label, error: "" }));
    } finally {
      setBusy(false);
    }
  }, [caseId, caseNumber, announce, L, router]);

  useEffect(() => {
    // Leaving with a draft in the composer would lose it silently: ask first.
    const back = () => {
      const draft = document.querySelector<HTMLTextAreaElement>('[data-testid="composer-text"]')?.value.trim();
      if (!draft || window.confirm(L("leaveDraft"))) router.push("/inbox");
    };
    const onKey = (e: KeyboardEvent) => {
      const key = shortcutFrom(e);
      if (!key || open) return;
      const actions: Record<string, () => void> = {
        // preventDefault matters here: otherwise the "r" itself lands in the textarea that just got focus.
        r: () => focusComposer("public"),
        p: () => focusComposer("private"),
        a: () => void (busy || assign()),
        u: back,
        Escape: back,
        "?": () => setOpen(true),
      };
      const action = actions[key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open, busy, assign, router, L]);

  return (
    <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600" data-ready={hydrated} data-testid="case-keyboard">
      <p role="status" aria-live="polite" className="mr-auto min-h-4" data-testid="shortcut-announcer">{message}</p>
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog" aria-keyshortcuts="?" className="rounded px-2 py-1 ring-1 ring-slate-300 hover:bg-slate-100">
        {L("button")} <kbd className="font-mono">?</kbd>
      </button>
      <ShortcutsDialog open={open} onClose={() => setOpen(false)} labels={labels} />
    </div>
  );
}
