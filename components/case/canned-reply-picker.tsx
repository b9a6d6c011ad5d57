"use client";

// Picks a canned reply and hands it back filled for this case ({{first_name}}, {{case_number}},
// {{agent_name}}), with a notice naming any variable it could not fill: the composer inserts it at the caret.
import { useState } from "react";
import { fillVariables, firstNameOf } from "@/lib/canned-replies/fill-variables";

export interface CannedReply { id: string; title: string; body: string; language: string }

export function CannedReplyPicker({ id, replies, customerName, caseNumber, agentName, L, onInsert }: {
  id: string;
  replies: CannedReply[];
  customerName: string;
  caseNumber: number;
  agentName: string;
  L: (key: string, vars?: Record<string, string | number>) => string;
  onInsert: (text: string, notice: string) => void;
}) {
  const [cannedId, setCannedId] = useState("");

  function insert() {
    const reply = replies.find((r) => r.id === cannedId);
    if (!reply) return;
    const { text, missing } = fillVariables(reply.body, {
      first_name: firstNameOf(customerName), case_number: caseNumber, agent_name: agentName,
    });
    onInsert(text, missing.length ? L("cannedMissing", { title: reply.title, names: missing.map((n) => `{{${n}}}`).join(", ") }) : L("cannedInserted", { title: reply.title }));
    setCannedId("");
  }

  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="min-w-0 grow">
        <label htmlFor={`${id}-canned`} className="mb-1 block text-xs font-medium text-slate-600">{L("canned")}</label>
        <select id={`${id}-canned`} value={cannedId} onChange={(e) => setCannedId(e.target.value)} data-testid="composer-canned" className="w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm">
          <option value="">{L("cannedNone")}</option>
          {replies.map((r) => <option key={r.id} value={r.id}>{`[${r.language.toUpperCase()}] ${r.title}`}</option>)}
        </select>
      </div>
      <button type="button" onClick={insert} disabled={!cannedId} className="rounded px-3 py-1.5 text-sm font-medium text-brand ring-1 ring-brand hover:bg-brand/10 disabled:opacity-50">
        {L("cannedInsert")}
      </button>
    </div>
  );
}
