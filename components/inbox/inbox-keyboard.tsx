"use client";

// Keyboard triage of the inbox: j/k move a visible selection over the case rows, Enter opens, a assigns to
// me, x ticks the row for bulk actions, / searches, ? lists the shortcuts. It reads the rows from the DOM
// (data-testid="case-row", data-case-id) so the table stays a server component.
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { updateCaseAction } from "@/app/actions/case-actions";
import { useHydrated } from "../ui/use-hydrated";
import { ShortcutsDialog, shortcutFrom } from "../ui/shortcuts-dialog";

const ROW = '[data-testid="case-row"]';
/** How the selected row looks; the focused link inside it also gets the global focus ring. */
const SELECTED = ["bg-sky-50", "outline-2", "-outline-offset-2", "outline-brand"];
const fmt = (s: string, vars: Record<string, string> = {}) => s.replace(/\{(\w+)\}/g, (w, k: string) => vars[k] ?? w);

const caseLink = (row: HTMLElement) => row.querySelector<HTMLAnchorElement>('a[href*="/cases/"]');
/** The row's case id: data-case-id, or else the id at the end of its link. */
const caseIdOf = (row: HTMLElement) => row.dataset.caseId ?? caseLink(row)?.getAttribute("href")?.split("/cases/")[1]?.split(/[?#/]/)[0] ?? null;
/** "#12": what the row's first link says, for announcements. */
const caseLabel = (row: HTMLElement) => caseLink(row)?.textContent?.trim() ?? "";

const RETURN_KEY = "inbox.lastCase";

export function InboxKeyboard({ children, labels }: { children: ReactNode; labels: Record<string, string> }) {
  const hydrated = useHydrated();
  const L = useCallback((k: string, vars?: Record<string, string>) => fmt(labels[`shortcuts.${k}`] ?? `shortcuts.${k}`, vars), [labels]);
  const router = useRouter();
  const rootRef = useRef<HTMLDivElement>(null);
  const selectedId = useRef<string | null>(null);
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState("");

  // Cleared first so the same sentence twice in a row is announced twice.
  const announce = useCallback((text: string) => {
    setMessage("");
    requestAnimationFrame(() => setMessage(text));
  }, []);

  const rows = useCallback(() => Array.from(rootRef.current?.querySelectorAll<HTMLElement>(ROW) ?? []), []);
  const paint = useCallback(() => {
    for (const row of rows()) {
      const on = selectedId.current !== null && caseIdOf(row) === selectedId.current;
      row.setAttribute("aria-selected", String(on));
      for (const c of SELECTED) row.classList.toggle(c, on);
    }
  }, [rows]);
  const selectedRow = useCallback(() => rows().find((r) => caseIdOf(r) === selectedId.current) ?? null, [rows]);

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    // After router.refresh() React may re-create rows: paint the selection again (attribute changes are not
    // observed, so painting does not loop).
    const observer = new MutationObserver(paint);
    observer.observe(root, { childList: true, subtree: true });
    // Clicking or tabbing into a row makes it the selection, so j/k continue from where the user is.
    const onFocusIn = (e: FocusEvent) => {
      const row = e.target instanceof Element ? e.target.closest<HTMLElement>(ROW) : null;
      if (row && caseIdOf(row) !== selectedId.current) {
        selectedId.current = caseIdOf(row);
        paint();
      }
      // Remembered for the way back from the case page (below).
      if (row) sessionStorage.setItem(RETURN_KEY, caseIdOf(row) ?? "");
    };
    // Back from a case: the row that was opened is selected and focused again, not the top of the page.
    const back = sessionStorage.getItem(RETURN_KEY);
    const backRow = back ? rows().find((r) => caseIdOf(r) === back) : undefined;
    if (backRow && document.activeElement === document.body) {
      selectedId.current = back;
      paint();
      caseLink(backRow)?.focus();
    }
    root.addEventListener("focusin", onFocusIn);
    return () => {
      observer.disconnect();
      root.removeEventListener("focusin", onFocusIn);
    };
  }, [paint, rows]);

  useEffect(() => {
    const move = (delta: number) => {
      const list = rows();
      if (list.length === 0) return announce(L("noRows"));
      const i = list.findIndex((r) => caseIdOf(r) === selectedId.current);
      const next = list[i < 0 ? (delta > 0 ? 0 : list.length - 1) : Math.max(0, Math.min(list.length - 1, i + delta))]!;
      selectedId.current = caseIdOf(next);
      paint();
      next.scrollIntoView({ block: "nearest" });
      caseLink(next)?.focus({ preventScroll: true });
    };
    const assign = async (row: HTMLElement) => {
      const id = caseIdOf(row);
      if (!id) return;
      announce(L("assigning", { case: caseLabel(row) }));
      try {
        const res = await updateCaseAction(id, { assigneeId: "me" });
        announce(res.ok ? L("assigned", { case: caseLabel(row) }) : L("assignFailed", { case: caseLabel(row), error: res.error }));
        if (res.ok) router.refresh();
      } catch {
        announce(L("assignFailed", { case: caseLabel(row), error: "" }));
      }
    };
    const onKey = (e: KeyboardEvent) => {
      const key = shortcutFrom(e);
      if (!key || open) return;
      const row = selectedRow();
      const handled = (fn: () => void) => {
        e.preventDefault();
        fn();
      };
      if (key === "j") handled(() => move(1));
      else if (key === "k") handled(() => move(-1));
      else if (key === "/") handled(() => {
        const search = document.getElementById("inbox-search");
        if (search instanceof HTMLInputElement) { search.focus(); search.select(); }
      });
      else if (key === "?") handled(() => setOpen(true));
      else if (!row) return;
      // Enter on a focused link or button already activates it; only a non-interactive focus opens here.
      else if (key === "Enter" && !(e.target instanceof Element && e.target.closest("a, button, summary, [role=button]"))) handled(() => caseLink(row)?.click());
      else if (key === "a") handled(() => void assign(row));
      else if (key === "x") handled(() => {
        const box = row.querySelector<HTMLInputElement>("input[data-bulk-select]");
        if (!box) return;
        box.click(); // a real click, so the bulk bar hears the change event
        announce(L(box.checked ? "checked" : "unchecked", { case: caseLabel(row) }));
      });
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open, rows, paint, selectedRow, announce, L, router]);

  return (
    <div ref={rootRef} data-ready={hydrated} data-testid="inbox-keyboard">
      <div className="mb-2 flex flex-wrap items-center gap-2 text-xs text-slate-600">
        <p role="status" aria-live="polite" className="mr-auto min-h-4" data-testid="shortcut-announcer">{message}</p>
        <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog" aria-keyshortcuts="?" className="rounded px-2 py-1 ring-1 ring-slate-300 hover:bg-slate-100">
          {L("button")} <kbd className="font-mono">?</kbd>
        </button>
      </div>
      {children}
      <ShortcutsDialog open={open} onClose={() => setOpen(false)} labels={labels} />
    </div>
  );
}
