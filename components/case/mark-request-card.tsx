"use client";

// A troll/spam mark asked on the author of an open complaint (issue #19): who asked and why, the troll signals
// it was asked on, and for a team lead the decision (approve, or refuse with a comment the asker reads).
import { useState } from "react";
import { formatCount, formatDateTime } from "@/lib/format/time";
import { formatTemplate } from "@/lib/text/template";
import type { TrollEvidence } from "@/lib/moderation/troll-evidence";

export interface MarkRequestItem {
  id: string;
  mark: string;
  reason: string;
  status: "PENDING" | "APPROVED" | "REFUSED";
  comment: string | null;
  evidence: TrollEvidence;
  requestedBy: { name: string };
  reviewer: { name: string } | null;
}

export function MarkRequestCard({ r, locale, canDecide, pending, labels, onDecide }: {
  r: MarkRequestItem;
  locale: string;
  canDecide: boolean;
  pending: boolean;
  labels: Record<string, string>;
  onDecide: (decision: "approve" | "refuse", comment: string) => void;
}) {
  const L = (k: string, vars: Record<string, string | number> = {}) => formatTemplate(labels[`moderation.${k}`] ?? k, vars, locale);
  const [comment, setComment] = useState("");
  const e = r.evidence;
  const relationship = e.orderMentions > 0 || e.closedCases > 0 ? "yes" : "no";
  return (
    <div className="space-y-1 rounded bg-amber-50 p-2 text-xs ring-1 ring-amber-300" data-testid="mark-request" data-status={r.status}>
      <p className="font-medium text-amber-950">{L("requestTitle", { mark: L(`mark.${r.mark}`), by: r.requestedBy.name })}</p>
      <p className="text-slate-800">{L("requestReason", { reason: r.reason })}</p>
      <h3 className="pt-1 uppercase text-slate-500">{L("evidence")}</h3>
      <ul className="list-disc space-y-0.5 pl-4 text-slate-800" data-testid="mark-evidence">
        <li data-testid="ev-hostile">{L("ev.hostile", { hostile: e.hostileCount, inbound: e.inboundCount })}</li>
        <li data-testid="ev-relationship" className={relationship === "yes" ? "font-medium text-emerald-800" : ""}>{L("ev.relationship", { value: relationship })}</li>
        <li>{L("ev.cases", { count: e.caseCount, open: e.openCases, closed: e.closedCases })}</li>
        <li>{L("ev.orders", { count: e.orderMentions })}</li>
        <li>{L("ev.firstSeen", { date: formatDateTime(new Date(e.firstSeenAt), locale) })}</li>
        <li>{e.accountCreatedAt ? formatDateTime(new Date(e.accountCreatedAt), locale) : L("ev.account")}</li>
        {e.followers != null && <li>{L("ev.followers", { count: formatCount(e.followers, locale) })}</li>}
        {e.selfDeclared.length > 0 && <li className="font-medium text-rose-800">{L("ev.declared", { signals: e.selfDeclared.join(", ") })}</li>}
      </ul>
      {r.status === "PENDING" && !canDecide && <p className="text-slate-600">{L("waiting")}</p>}
      {r.status === "APPROVED" && <p className="text-slate-700">{L("decided.APPROVED", { by: r.reviewer?.name ?? "" })}</p>}
      {r.status === "REFUSED" && <p className="text-slate-700">{L("decided.REFUSED", { by: r.reviewer?.name ?? "", comment: r.comment ?? "" })}</p>}
      {r.status === "PENDING" && canDecide && (
        <div className="space-y-1 pt-1">
          <label className="block">{L("decisionComment")}
            <input value={comment} onChange={(ev) => setComment(ev.target.value)} maxLength={500} data-testid="mark-decision-comment"
              className="mt-0.5 w-full rounded border border-amber-300 bg-white px-1 py-0.5" />
          </label>
          <div className="flex flex-wrap justify-end gap-1">
            <button type="button" disabled={pending || comment.trim().length < 5} onClick={() => onDecide("refuse", comment)} data-testid="mark-refuse"
              className="rounded bg-white px-2 py-0.5 font-medium text-emerald-900 ring-1 ring-emerald-400 disabled:opacity-50">{L("refuse")}</button>
            <button type="button" disabled={pending} onClick={() => onDecide("approve", comment)} data-testid="mark-approve"
              className="rounded bg-rose-700 px-2 py-0.5 font-medium text-white disabled:opacity-50">{L("approve")}</button>
          </div>
        </div>
      )}
    </div>
  );
}
