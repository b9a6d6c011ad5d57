"use client";

// The keyboard shortcuts of the inbox and case pages, in a modal: labelled, focus kept inside while open,
// Escape closes, and focus goes back where it was. Also the one place that decides when a key press is a
// shortcut at all (shortcutFrom), so both pages ignore the same keys.
import { useEffect, useId, useRef } from "react";

/** Fields where letters are text, not commands. Checkboxes and radios are not: j/k still move from them. */
function isTypingTarget(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  return el instanceof HTMLInputElement && !["checkbox", "radio", "button", "submit", "reset"].includes(el.type);
}

/**
 * The shortcut a key press stands for, or null when it must be left alone: while typing, during IME
 * composition, inside a dialog, or with Ctrl/Alt/Meta held (those belong to the browser and the OS).
 * Shift is allowed only for "?" and "/", whose Shift state depends on the keyboard layout (both need
 * Shift on a French AZERTY keyboard). Letters come back lower-case, so Caps Lock does not break them.
 */
export function shortcutFrom(e: KeyboardEvent): string | null {
  if (e.defaultPrevented || e.isComposing || e.ctrlKey || e.altKey || e.metaKey) return null;
  if (isTypingTarget(e.target)) return null;
  if (e.target instanceof Element && e.target.closest("[role=dialog]")) return null;
  if (e.key === "?" || e.key === "/") return e.key;
  if (e.shiftKey) return null;
  return e.key.length === 1 ? e.key.toLowerCase() : e.key;
}

const INBOX: [string[], string][] = [
  [["j"], "next"], [["k"], "prev"], [["Enter"], "openCase"], [["a"], "assign"],
  [["x"], "select"], [["/"], "search"], [["."], "showNew"], [["?"], "help"],
];
const CASE: [string[], string][] = [
  [["r"], "replyPublic"], [["p"], "replyPrivate"], [["Ctrl", "Enter"], "send"], [["⌘", "Enter"], "send"],
  [["a"], "assign"], [["u"], "back"], [["Esc"], "back"], [["?"], "help"],
];

export function ShortcutsDialog({ open, onClose, labels }: { open: boolean; onClose: () => void; labels: Record<string, string> }) {
  const L = (k: string) => labels[`shortcuts.${k}`] ?? `shortcuts.${k}`;
  const titleId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  // The latest onClose without re-running the focus effect (which would steal and restore focus again).
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    if (!open) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        // Captured first, so Escape closes the dialog instead of also leaving the case page.
        e.preventDefault();
        e.stopPropagation();
        onCloseRef.current();
        return;
      }
      if (e.key !== "Tab" || !panelRef.current) return;
      const items = Array.from(panelRef.current.querySelectorAll<HTMLElement>('button, [href], [tabindex]:not([tabindex="-1"])'));
      const first = items[0];
      const last = items.at(-1);
      if (!first || !last) return;
      const inside = panelRef.current.contains(document.activeElement);
      if (e.shiftKey && (document.activeElement === first || !inside)) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && (document.activeElement === last || !inside)) {
        e.preventDefault();
        first.focus();
      }
    };
    document.addEventListener("keydown", onKey, true);
    return () => {
      document.removeEventListener("keydown", onKey, true);
      previous?.focus();
    };
  }, [open]);

  if (!open) return null;
  const section = (title: string, rows: [string[], string][]) => (
    <section>
      <h3 className="mb-1 text-sm font-semibold text-slate-700">{title}</h3>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {rows.map(([keys, label]) => (
          <div key={keys.join("+")} className="contents">
            <dt className="whitespace-nowrap">
              {keys.map((k, i) => (
                <span key={k}>
                  {i > 0 && " + "}
                  <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs">{k}</kbd>
                </span>
              ))}
            </dt>
            <dd className="text-slate-700">{L(label)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-4" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={panelRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="shortcuts-dialog"
        className="max-h-[90vh] w-full max-w-xl overflow-y-auto rounded-lg bg-white p-5 shadow-xl"
      >
        <div className="mb-3 flex items-center gap-2">
          <h2 id={titleId} className="text-lg font-semibold">{L("title")}</h2>
          <button ref={closeRef} type="button" onClick={onClose} className="ml-auto rounded px-3 py-1 text-sm ring-1 ring-slate-300 hover:bg-slate-100">
            {L("close")}
          </button>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          {section(L("inbox"), INBOX)}
          {section(L("case"), CASE)}
        </div>
        <p className="mt-3 text-xs text-slate-500">{L("hint")}</p>
      </div>
    </div>
  );
}
