"use client";

// Actions on every ticked case of the inbox at once. The row checkboxes live in the server-rendered table
// (input[data-bulk-select], value = case id), so the bar listens to the page rather than owning them.
// Each case is updated on its own (lib/cases/bulk-update-cases.ts): the ones refused are listed by number.
import { useId, useState, useSyncExternalStore, useTransition } from "react";
import { useRouter } from "next/navigation";
import { bulkUpdateAction } from "@/app/actions/case-actions";
import { formatLabel } from "@/lib/i18n/translate";

const BOX = "input[data-bulk-select]";
const STATUSES = ["OPEN", "WAITING_ON_CUSTOMER", "RESOLVED", "CLOSED"] as const;
// ICU messages ("{count, plural, …}") formatted by next-intl in the page's language.
const pageLocale = () => (typeof document !== "undefined" && document.documentElement.lang === "fr" ? "fr" : "en");
const fmt = (s: string, vars?: Record<string, string | number>) => (vars ? formatLabel(s, vars, pageLocale()) : s);

const boxes = () => Array.from(document.querySelectorAll<HTMLInputElement>(BOX));
const checkedIds = () => boxes().filter((b) => b.checked && b.value).map((b) => b.value);
const CHANGED = "bulk-select:changed";

/** The ticked ids change on a checkbox change (clicks, the x shortcut) or when rows are re-rendered. */
function subscribe(onChange: () => void): () => void {
  const onEvent = (e: Event) => {
    if (e.type === CHANGED || (e.target instanceof Element && e.target.matches(BOX))) onChange();
  };
  document.addEventListener("change", onEvent);
  document.addEventListener(CHANGED, onEvent);
  const observer = new MutationObserver(onChange);
  observer.observe(document.body, { childList: true, subtree: true });
  return () => {
    document.removeEventListener("change", onEvent);
    document.removeEventListener(CHANGED, onEvent);
    observer.disconnect();
  };
}

/** "#12" from the ticked row's first link, so failures name cases the way the table does. */
function caseLabel(id: string): string {
  const box = boxes().find((b) => b.value === id);
  return box?.closest("tr, [data-testid=case-row]")?.querySelector("a")?.textContent?.trim() || id.slice(0, 8);
}

export function BulkBar({ labels }: { labels: Record<string, string> }) {
  const L = (k: string, vars?: Record<string, string | number>) => fmt(labels[k] ?? k, vars);
  const router = useRouter();
  const id = useId();
  const snapshot = useSyncExternalStore(subscribe, () => checkedIds().join(","), () => "");
  const ids = snapshot ? snapshot.split(",") : [];
  const [status, setStatus] = useState("");
  const [tag, setTag] = useState("");
  const [done, setDone] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [failures, setFailures] = useState<{ id: string; label: string; error: string }[]>([]);
  const [pending, startTransition] = useTransition();

  const clear = (keep: string[] = []) => {
    // Setting .checked fires no event: notify the store ourselves.
    for (const b of boxes()) b.checked = keep.includes(b.value);
    document.dispatchEvent(new Event(CHANGED));
  };

  function apply(patch: Record<string, unknown>) {
    const target = ids;
    setError(null);
    setFailures([]);
    setDone("");
    startTransition(async () => {
      try {
        const res = await bulkUpdateAction(target, patch);
        if (!res.ok) {
          setError(res.error);
          return;
        }
        const failed = (res.data ?? []).filter((r) => !r.ok);
        setFailures(failed.map((f) => ({ id: f.id, label: caseLabel(f.id), error: f.error ?? "" })));
        // Refused cases stay ticked, ready for another try; the others are done.
        clear(failed.map((f) => f.id));
        setDone(L("bulk.done", { count: target.length - failed.length }));
        if (patch.status) setStatus("");
        if (patch.addTags) setTag("");
        router.refresh();
      } catch {
        setError(L("bulk.failedGeneric"));
      }
    });
  }

  const button = "rounded px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 bg-white hover:bg-slate-100 disabled:opacity-50";
  return (
    <>
      <p role="status" aria-live="polite" className="sr-only" data-testid="bulk-announcer">
        {ids.length > 0 ? L("bulk.selected", { count: ids.length }) : ""} {done}
      </p>
      {(ids.length > 0 || failures.length > 0 || error) && (
        <section aria-label={L("bulk.region")} aria-busy={pending} data-testid="bulk-bar" className="sticky top-0 z-10 mb-3 space-y-2 rounded-lg bg-white p-3 shadow-sm ring-1 ring-brand/40">
          <div className="flex flex-wrap items-end gap-2">
            <span className="mr-2 text-sm font-medium" data-testid="bulk-count">{L("bulk.selected", { count: ids.length })}</span>
            <button type="button" className={button} disabled={pending || !ids.length} onClick={() => apply({ assigneeId: "me" })}>{L("bulk.assignMe")}</button>
            <button type="button" className={button} disabled={pending || !ids.length} onClick={() => apply({ assigneeId: null })}>{L("bulk.unassign")}</button>
            <form className="flex items-end gap-1" onSubmit={(e) => { e.preventDefault(); if (status) apply({ status }); }}>
              <label htmlFor={`${id}-status`} className="sr-only">{L("bulk.status")}</label>
              <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value)} className="rounded border border-slate-300 bg-white px-2 py-1.5 text-sm" data-testid="bulk-status">
                <option value="">{L("bulk.statusChoose")}</option>
                {STATUSES.map((s) => <option key={s} value={s}>{L(`status.${s}`)}</option>)}
              </select>
              <button className={button} disabled={pending || !ids.length || !status}>{L("bulk.apply")}</button>
            </form>
            <form className="flex items-end gap-1" onSubmit={(e) => { e.preventDefault(); if (tag.trim()) apply({ addTags: [tag.trim()] }); }}>
              <label htmlFor={`${id}-tag`} className="sr-only">{L("bulk.tag")}</label>
              <input id={`${id}-tag`} value={tag} onChange={(e) => setTag(e.target.value)} placeholder={L("bulk.tag")} maxLength={40} className="w-36 rounded border border-slate-300 px-2 py-1.5 text-sm" data-testid="bulk-tag" />
              <button className={button} disabled={pending || !ids.length || !tag.trim()}>{L("bulk.tagAdd")}</button>
            </form>
            <button type="button" className="ml-auto text-sm text-brand hover:underline disabled:opacity-50" disabled={pending} onClick={() => { clear(); setFailures([]); setError(null); }}>
              {L("bulk.clear")}
            </button>
          </div>
          {pending && <p className="text-sm text-slate-500">{L("bulk.working")}</p>}
          {error && <p role="alert" className="rounded bg-rose-50 px-3 py-2 text-sm text-rose-800">{error}</p>}
          {failures.length > 0 && (
            <div role="alert" className="rounded bg-rose-50 px-3 py-2 text-sm text-rose-800" data-testid="bulk-failures">
              <p className="font-medium">{L("bulk.failed", { count: failures.length })}</p>
              <ul className="list-disc pl-5">
                {failures.map((f) => <li key={f.id}>{f.label}: {f.error}</li>)}
              </ul>
            </div>
          )}
        </section>
      )}
    </>
  );
}
