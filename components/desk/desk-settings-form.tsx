"use client";

import { useState, useTransition } from "react";
import { updateDeskSettingsAction } from "@/app/actions/desk-actions";
import type { DeskSettingsInput } from "@/lib/resolution/settings-schema";

export function DeskSettingsForm({ initial, labels: L }: { initial: DeskSettingsInput; labels: Record<string, string> }) {
  const [pending, start] = useTransition();
  const [msg, setMsg] = useState<{ ok: boolean; text: string }>();
  const field = "mt-0.5 block w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm";
  return (
    <form aria-busy={pending} className="space-y-3 rounded-lg bg-white p-4 text-sm ring-1 ring-slate-200" onSubmit={(e) => {
      e.preventDefault();
      const input = Object.fromEntries(new FormData(e.currentTarget));
      start(async () => {
        const r = await updateDeskSettingsAction(input);
        setMsg(r.ok ? { ok: true, text: L["desk.settings.saved"]! } : { ok: false, text: r.error });
      });
    }}>
      <label className="block text-xs font-medium">{L["desk.settings.questionFr"]}
        <textarea name="satisfactionQuestionFr" defaultValue={initial.satisfactionQuestionFr} rows={2} required className={field} />
      </label>
      <label className="block text-xs font-medium">{L["desk.settings.questionEn"]}
        <textarea name="satisfactionQuestionEn" defaultValue={initial.satisfactionQuestionEn} rows={2} required className={field} />
      </label>
      <div className="grid gap-3 sm:grid-cols-3">
        <label className="block text-xs font-medium">{L["desk.settings.timeout"]}
          <input type="number" name="confirmationTimeoutHours" min={1} max={720} defaultValue={initial.confirmationTimeoutHours} className={field} />
        </label>
        <label className="block text-xs font-medium">{L["desk.settings.pickup"]}
          <input type="number" name="escalationPickupMinutes" min={5} max={10080} defaultValue={initial.escalationPickupMinutes} className={field} />
        </label>
        <label className="block text-xs font-medium">{L["desk.settings.solution"]}
          <input type="number" name="escalationSolutionHours" min={1} max={720} defaultValue={initial.escalationSolutionHours} className={field} />
        </label>
      </div>
      <label className="flex items-start gap-2 text-xs font-medium">
        <input type="checkbox" name="assignOnReply" defaultChecked={initial.assignOnReply} className="mt-0.5" data-testid="assign-on-reply" />
        <span>{L["desk.settings.assignOnReply"]}<span className="block font-normal text-slate-500">{L["desk.settings.assignOnReplyHelp"]}</span></span>
      </label>
      <button disabled={pending} className="rounded bg-brand px-3 py-1.5 text-white hover:bg-brand-dark">{L["desk.settings.save"]}</button>
      {msg && <p role={msg.ok ? "status" : "alert"} className={msg.ok ? "text-emerald-700" : "text-rose-700"}>{msg.text}</p>}
    </form>
  );
}
