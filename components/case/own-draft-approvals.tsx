// Beside the composer, for the community manager who asked a team lead to approve a draft: which drafts are
// still waiting, and which came back, with the lead's comment and the text to rework. Server component.
import { formatDateTime } from "@/lib/format/time";
import type { OwnDraftApproval } from "@/lib/guards/list-own-draft-approvals";
import type { MessageKey } from "@/lib/i18n/messages";
import type { MessageValues } from "@/lib/i18n/translate";

export function OwnDraftApprovals({ approvals, locale, t }: {
  approvals: OwnDraftApproval[];
  locale: string;
  t: (key: MessageKey, values?: MessageValues) => string;
}) {
  if (approvals.length === 0) return null;
  const when = (d: Date) => formatDateTime(d, locale);
  return (
    <section aria-labelledby="own-drafts-title" className="mt-4 space-y-2" data-testid="own-draft-approvals">
      <h2 id="own-drafts-title" className="text-sm font-semibold text-slate-700">{t("guards.approvals.yours")}</h2>
      {approvals.map((a) => (
        <article key={a.id} data-testid={`own-draft-${a.status.toLowerCase()}`}
          className={`rounded-lg border p-3 text-sm ${a.status === "RETURNED" ? "border-amber-300 bg-amber-50" : "border-slate-200 bg-white"}`}>
          {a.status === "PENDING" ? (
            <p className="text-slate-700">{t("guards.approvals.pending")} · <span className="text-slate-500">{when(a.createdAt)}</span></p>
          ) : (
            <>
              <p className="font-medium text-amber-900">
                {t("guards.approvals.returnedBy", { name: a.reviewerName ?? t("guards.approvals.aLead"), date: when(a.decidedAt ?? a.createdAt) })}
              </p>
              <blockquote className="mt-1 border-l-4 border-amber-400 pl-2 text-slate-800" data-testid="own-draft-comment">
                {a.comment?.trim() ? a.comment : t("guards.approvals.noComment")}
              </blockquote>
            </>
          )}
          <details className="mt-2">
            <summary className="cursor-pointer text-xs text-slate-600">{t("guards.approvals.yourDraft")}</summary>
            <p className="mt-1 whitespace-pre-wrap text-slate-700">{a.text}</p>
          </details>
        </article>
      ))}
    </section>
  );
}
