"use client";

// The author's troll signals (R8) and the moderation controls: mark troll/spam with a reason (on the author of
// an open complaint, a community manager's mark is a request a team lead decides beside its evidence, issue
// #19), ban (team leads, with a reason and a confirmation). The server refuses a ban while the author has an
// open complaint (R1). A VIP mark (issue #22: automation rules route and watch VIPs) silences nobody, so it
// applies at once, whoever asks.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { banContactAction, decideContactMarkAction, markContactAction } from "@/app/actions/guard-actions";
import { refusalMessage } from "@/lib/guards/refusal-message";
import { MarkRequestCard, type MarkRequestItem } from "./mark-request-card";

export interface ModerationFacts {
  contactId: string;
  marks: { troll: boolean; spam: boolean; vip: boolean };
  humorUsed: boolean;
  hostileCount: number;
  caseCount: number;
  /** Every open case, New included (the count shown); openComplaints are those not marked troll/spam. */
  openCases: number[];
  openComplaints: number[];
  banned: boolean;
  bans: { platform: string; status: string | null; error: string | null }[];
}

export function ModerationPanel({ caseId, facts, requests, canMark, canBan, canDecide, locale, labels }: {
  caseId: string;
  facts: ModerationFacts;
  requests: MarkRequestItem[];
  canMark: boolean;
  canBan: boolean;
  canDecide: boolean;
  locale: string;
  labels: Record<string, string>;
}) {
  const L = (k: string, vars: Record<string, string | number> = {}) => (labels[`guards.mod.${k}`] ?? k).replace(/\{(\w+)\}/g, (w, v: string) => String(vars[v] ?? w));
  const router = useRouter();
  const M = (k: string, vars: Record<string, string | number> = {}) => (labels[`moderation.${k}`] ?? k).replace(/\{(\w+)\}/g, (w, v: string) => String(vars[v] ?? w));
  const [banOpen, setBanOpen] = useState(false);
  const [markOpen, setMarkOpen] = useState<"troll" | "spam" | "vip" | null>(null);
  // Only a troll/spam mark on the author of an open complaint waits for a lead.
  const needsLead = markOpen !== "vip" && facts.openComplaints.length > 0 && !canDecide;
  const markLabel = (mark: "troll" | "spam" | "vip", on: boolean) => mark === "vip" ? M(on ? "unmarkVip" : "markVip")
    : L(on ? (mark === "troll" ? "unmarkTroll" : "unmarkSpam") : mark === "troll" ? "markTroll" : "markSpam");
  const [markReason, setMarkReason] = useState("");
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const run = (fn: () => Promise<{ ok: boolean; error?: string; code?: string; details?: unknown }>) => {
    setError(null);
    start(async () => {
      const res = await fn();
      if (!res.ok) return setError(refusalMessage({ error: res.error ?? "", code: res.code, details: res.details }, labels));
      setBanOpen(false);
      setMarkOpen(null);
      setMarkReason("");
      router.refresh();
    });
  };
  return (
    <section className="space-y-2 rounded-lg bg-white p-3 text-sm ring-1 ring-slate-200" data-testid="moderation-panel">
      <h2 className="text-xs uppercase text-slate-500">{L("signals")}</h2>
      <ul className="space-y-0.5 text-slate-700">
        <li>{facts.marks.troll ? L("markedTroll") : facts.marks.spam ? L("markedSpam") : L("notMarked")}</li>
        {facts.marks.vip && <li className="font-medium text-violet-900" data-testid="marked-vip">{M("markedVip")}</li>}
        <li data-testid="hostile-count">{L("hostile", { count: facts.hostileCount })}</li>
        <li>{M("openCount", { count: facts.caseCount, open: facts.openCases.length })}</li>
        <li>{facts.humorUsed ? L("humorUsed") : L("humorAvailable")}</li>
        {facts.banned && <li className="font-medium text-rose-800">{L("banned")}</li>}
        {facts.bans.filter((b) => b.status).map((b, i) => (
          <li key={i} data-testid="ban-platform-status" data-status={b.status} className={b.status === "FAILED" ? "text-rose-800" : "text-slate-600"}>
            {L(`banPlatform.${b.status}`, { platform: labels[`platform.${b.platform}`] ?? b.platform, error: b.error ?? "" })}
          </li>
        ))}
      </ul>
      {/* The latest request on this author, pending or decided, with the evidence it was asked on. */}
      {requests.slice(0, 2).filter((r, i) => i === 0 || r.status === "PENDING").map((r) => (
        <MarkRequestCard key={r.id} r={r} locale={locale} canDecide={canDecide} pending={pending} labels={labels}
          onDecide={(decision, comment) => run(() => decideContactMarkAction(r.id, caseId, { decision, ...(comment.trim() ? { comment } : {}) }))} />
      ))}
      {canMark && (
        <div className="flex flex-wrap gap-1">
          {(["troll", "spam", "vip"] as const).map((mark) => {
            const on = facts.marks[mark];
            const asked = requests.some((r) => r.status === "PENDING" && r.mark === mark);
            return (
              <button key={mark} type="button" disabled={pending || asked} data-testid={`mark-${mark}`}
                onClick={() => (on ? run(() => markContactAction(facts.contactId, caseId, { mark, on: false })) : setMarkOpen(mark))}
                className="rounded px-2 py-0.5 text-xs ring-1 ring-slate-300 hover:bg-slate-100 disabled:opacity-50">
                {asked ? `${markLabel(mark, false)} · ${M("requested")}` : markLabel(mark, on)}
              </button>
            );
          })}
        </div>
      )}
      {markOpen && (
        <div role="dialog" aria-label={markOpen === "vip" ? M("markVip") : M("markDialog", { mark: M(`mark.${markOpen}`) })} className="space-y-1 rounded bg-slate-50 p-2 ring-1 ring-slate-300" data-testid="mark-dialog">
          <p className="text-xs text-slate-800">
            {needsLead ? M("markNeedsLead", { cases: facts.openComplaints.map((n) => `#${n}`).join(", ") }) : markOpen === "vip" ? M("vipDirect") : M("markDirect")}
          </p>
          <label className="block text-xs">{markOpen === "vip" ? M("vipReason") : M("markReason")}
            <input value={markReason} onChange={(e) => setMarkReason(e.target.value)} maxLength={500} data-testid="mark-reason"
              className="mt-0.5 w-full rounded border border-slate-300 bg-white px-1 py-0.5" />
          </label>
          <div className="flex justify-end gap-2">
            <button type="button" onClick={() => setMarkOpen(null)} className="rounded px-2 py-0.5 text-xs ring-1 ring-slate-300">{L("cancel")}</button>
            <button type="button" disabled={pending || markReason.trim().length < 5} data-testid="mark-submit"
              onClick={() => run(() => markContactAction(facts.contactId, caseId, { mark: markOpen, on: true, reason: markReason }))}
              className="rounded bg-slate-800 px-2 py-0.5 text-xs font-medium text-white disabled:opacity-50">
              {needsLead ? M("markSubmit") : markOpen === "vip" ? M("markVip") : M("markConfirm")}
            </button>
          </div>
        </div>
      )}
      {!facts.banned && (canBan ? (
        !banOpen ? (
          <button type="button" onClick={() => setBanOpen(true)} className="rounded px-2 py-0.5 text-xs font-medium text-rose-800 ring-1 ring-rose-300 hover:bg-rose-50" data-testid="ban-open">{L("ban")}</button>
        ) : (
          <div role="dialog" aria-label={L("ban")} className="space-y-1 rounded bg-rose-50 p-2 ring-1 ring-rose-300">
            {facts.openComplaints.length > 0 && <p className="text-xs text-rose-900">{L("banOpenCases", { cases: facts.openComplaints.map((n) => `#${n}`).join(", ") })}</p>}
            <label className="block text-xs">{L("banReason")}
              <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} className="mt-0.5 w-full rounded border border-rose-300 bg-white px-1 py-0.5" data-testid="ban-reason" />
            </label>
            <p className="text-xs text-slate-600">{L("banConfirm")}</p>
            <div className="flex justify-end gap-2">
              <button type="button" onClick={() => setBanOpen(false)} className="rounded px-2 py-0.5 text-xs ring-1 ring-slate-300">{L("cancel")}</button>
              {/* An author with open complaints cannot be banned (R1): the notice above says so once, and Ban is off. */}
              <button type="button" disabled={pending || reason.trim().length < 5 || facts.openComplaints.length > 0} onClick={() => run(() => banContactAction(facts.contactId, caseId, { reason }))}
                className="rounded bg-rose-700 px-2 py-0.5 text-xs font-medium text-white disabled:opacity-50" data-testid="ban-confirm">{L("confirmBan")}</button>
            </div>
          </div>
        )
      ) : <p className="text-xs text-slate-500">{L("banLead")}</p>)}
      {error && <p role="alert" className="rounded bg-rose-50 px-2 py-1 text-xs text-rose-800" data-testid="moderation-error">{error}</p>}
    </section>
  );
}
