"use client";

// Snooze a case until a time (issue #26 item 4): presets computed by the server in the workspace's time zone,
// or a date and time read in that zone (not the browser's), and an optional word on what we wait for. While the
// case sleeps, the same place says until when and wakes it early. Refusals come back in the page's language.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { snoozeCaseAction, unsnoozeCaseAction } from "@/app/actions/case-actions";
import type { ActionResult } from "@/lib/server/run-action";
import { zonedLocalToDate } from "@/lib/format/zoned-time";

type Preset = "hour" | "tomorrow" | "monday";

export function SnoozeForm({ caseId, presets, timeZone, snoozedUntil, labels: L }: {
  caseId: string; presets: Record<Preset, string>; timeZone: string;
  /** Formatted "until" while the case sleeps; null offers the form. */
  snoozedUntil: string | null; labels: Record<string, string>;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [custom, setCustom] = useState("");
  const [note, setNote] = useState("");
  const [error, setError] = useState<string>();
  const submit = (act: () => Promise<ActionResult>) => start(async () => {
    const r = await act();
    setError(r.ok ? undefined : (r.code && L[`case.snooze.refused.${r.code}`]) || r.error);
    if (r.ok) router.refresh();
  });
  const snooze = (until: string | null | undefined) => {
    if (!until) return setError(L["case.snooze.pick"]);
    submit(() => snoozeCaseAction(caseId, { until, ...(note.trim() ? { note } : {}) }));
  };
  const button = "rounded px-2 py-1 ring-1 ring-slate-300 hover:bg-slate-100 disabled:opacity-50";
  return (
    <section aria-busy={pending} data-testid="snooze-form" className="space-y-2 rounded-lg bg-white p-3 text-sm ring-1 ring-slate-200">
      <h2 className="font-medium">{L["case.snooze.title"]}</h2>
      {snoozedUntil ? (
        <>
          <p data-testid="snoozed-until">{L["case.snooze.until"]} {snoozedUntil}</p>
          <button type="button" disabled={pending} className={button} data-testid="snooze-wake"
            onClick={() => submit(() => unsnoozeCaseAction(caseId))}>{L["case.snooze.wake"]}</button>
        </>
      ) : (
        <>
          <p className="text-xs text-slate-500">{L["case.snooze.help"]}</p>
          <div className="flex flex-wrap gap-1">
            {(["hour", "tomorrow", "monday"] as const).map((p) => (
              <button key={p} type="button" disabled={pending} className={button} data-testid={`snooze-${p}`}
                onClick={() => snooze(presets[p])}>{L[`case.snooze.${p}`]}</button>
            ))}
          </div>
          <form className="flex flex-wrap items-end gap-1" onSubmit={(e) => {
            e.preventDefault();
            snooze(zonedLocalToDate(custom, timeZone)?.toISOString());
          }}>
            <label className="text-xs text-slate-600">{L["case.snooze.custom"]} ({L["case.snooze.zone"]} {timeZone})
              <input type="datetime-local" value={custom} onChange={(e) => setCustom(e.target.value)} data-testid="snooze-custom"
                className="mt-0.5 block rounded border border-slate-300 px-2 py-1 text-sm" />
            </label>
            <button disabled={pending} className={button} data-testid="snooze-submit">{L["case.snooze.submit"]}</button>
          </form>
          <label className="block text-xs text-slate-600">{L["case.snooze.note"]}
            <input value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} data-testid="snooze-note"
              className="mt-0.5 block w-full rounded border border-slate-300 px-2 py-1 text-sm" />
          </label>
        </>
      )}
      {error && <p role="alert" className="text-xs text-rose-700" data-testid="snooze-error">{error}</p>}
    </section>
  );
}
