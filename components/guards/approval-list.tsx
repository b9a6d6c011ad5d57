"use client";

// Drafts held by a `high` finding, waiting for a team lead: approve (sent) or return with a comment.
import Link from "next/link";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { decideDraftAction } from "@/app/actions/guard-actions";
import { refusalMessage } from "@/lib/guards/refusal-message";

export interface PendingDraft {
  id: string;
  caseId: string;
  caseNumber: number | null;
  author: string;
  text: string;
  visibility: string;
  findings: string[];
}

export function ApprovalList({ drafts, labels }: { drafts: PendingDraft[]; labels: Record<string, string> }) {
  const L = (k: string) => labels[`guards.approvals.${k}`] ?? k;
  const router = useRouter();
  const [comments, setComments] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const decide = (id: string, decision: "approve" | "return") => {
    setError(null);
    start(async () => {
      const res = await decideDraftAction(id, { decision, ...(comments[id]?.trim() ? { comment: comments[id]!.trim() } : {}) });
      if (!res.ok) return setError(refusalMessage(res, labels));
      router.refresh();
    });
  };
  return (
    <section className="space-y-2" aria-labelledby="approvals-title" data-testid="approval-list">
      <h2 id="approvals-title" className="text-lg font-semibold">{L("title")}</h2>
      {drafts.length === 0 && <p className="text-sm text-slate-500">—</p>}
      {error && <p role="alert" className="rounded bg-rose-50 px-2 py-1 text-sm text-rose-800">{error}</p>}
      <ul className="space-y-2">
        {drafts.map((d) => (
          <li key={d.id} className="space-y-1 rounded-lg bg-white p-3 text-sm ring-1 ring-slate-200">
            <div className="text-xs text-slate-500">
              <Link href={`/cases/${d.caseId}`} className="text-brand hover:underline">#{d.caseNumber ?? "?"}</Link> · {d.author} · {d.visibility} · {d.findings.join(", ")}
            </div>
            <p className="whitespace-pre-wrap">{d.text}</p>
            <input value={comments[d.id] ?? ""} onChange={(e) => setComments({ ...comments, [d.id]: e.target.value })} placeholder={L("comment")} aria-label={L("comment")}
              className="w-full rounded border border-slate-300 px-2 py-1 text-sm" />
            <div className="flex justify-end gap-2">
              <button type="button" disabled={pending} onClick={() => decide(d.id, "return")} className="rounded px-3 py-1 text-sm ring-1 ring-slate-300">{L("return")}</button>
              <button type="button" disabled={pending} onClick={() => decide(d.id, "approve")} className="rounded bg-brand px-3 py-1 text-sm font-medium text-white">{L("approve")}</button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
