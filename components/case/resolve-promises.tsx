"use client";

// Resolving a case with promises still open asks what becomes of each (issue #26 item 6): kept (done), still to
// keep (stays under "My promises to keep"), or withdrawn with a reason. Nothing is dropped silently.
import { useState } from "react";

export interface OpenPromise { id: string; phrase: string; dueAt: string | null }
export type Decision = { id: string; action: "done" | "keep" } | { id: string; action: "cancel"; reason: string };

export function ResolvePromises({ promises, labels: L, pending, onConfirm, onCancel }: {
  promises: OpenPromise[]; labels: Record<string, string>; pending: boolean;
  onConfirm: (d: Decision[]) => void; onCancel: () => void;
}) {
  const [choice, setChoice] = useState<Record<string, "done" | "keep" | "cancel">>(Object.fromEntries(promises.map((p) => [p.id, "done"])));
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const missing = promises.some((p) => choice[p.id] === "cancel" && (reasons[p.id] ?? "").trim().length < 5);
  return (
    <form data-testid="resolve-promises" className="space-y-2 rounded border border-amber-300 bg-amber-50 p-2"
      onSubmit={(e) => {
        e.preventDefault();
        onConfirm(promises.map((p): Decision => {
          const a = choice[p.id] ?? "done";
          return a === "cancel" ? { id: p.id, action: "cancel", reason: (reasons[p.id] ?? "").trim() } : { id: p.id, action: a };
        }));
      }}>
      <p className="text-xs font-medium text-amber-900">{L["promises.title"]}</p>
      {promises.map((p) => (
        <fieldset key={p.id} className="space-y-1 rounded bg-white p-2 text-xs ring-1 ring-amber-200" data-testid="resolve-promise">
          <legend className="px-1 italic">“{p.phrase}”</legend>
          <div className="flex flex-wrap gap-3">
            {(["done", "keep", "cancel"] as const).map((a) => (
              <label key={a}><input type="radio" name={`p-${p.id}`} value={a} checked={choice[p.id] === a}
                onChange={() => setChoice({ ...choice, [p.id]: a })} /> {L[`promises.${a}`]}</label>
            ))}
          </div>
          {choice[p.id] === "cancel" && (
            <label className="block">{L["promises.reason"]}
              <input value={reasons[p.id] ?? ""} onChange={(e) => setReasons({ ...reasons, [p.id]: e.target.value })} minLength={5} required
                className="mt-0.5 block w-full rounded border border-slate-300 px-2 py-1" data-testid="resolve-promise-reason" />
            </label>
          )}
        </fieldset>
      ))}
      <div className="flex gap-2">
        <button disabled={pending || missing} className="rounded bg-brand px-2 py-1 text-white disabled:opacity-50" data-testid="resolve-promises-confirm">{L["promises.confirm"]}</button>
        <button type="button" onClick={onCancel} className="rounded px-2 py-1 ring-1 ring-slate-300">{L["promises.back"]}</button>
      </div>
    </form>
  );
}
