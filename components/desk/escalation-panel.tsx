// The escalations of a case, at the top of its thread: why (reason, summary, references), how to reach the
// customer, who has it, its clock, and what customer service proposed or why they returned it.
import type { CaseDetail } from "@/lib/cases/get-case";
import { escalationSla } from "@/lib/escalations/escalation-sla";
import { formatDateTime } from "@/lib/format/time";
import type { Locale, MessageKey } from "@/lib/i18n/messages";
import { fillTemplate } from "@/lib/notifications/fill-template";
import { EscalationControls } from "./escalation-controls";

type T = (k: MessageKey) => string;

export function EscalationPanel({ escalations, canWork, locale, t, labels, targets }: {
  escalations: CaseDetail["escalations"]; canWork: boolean; locale: Locale; t: T; labels: Record<string, string>;
  /** Where an open escalation can be handed: customer-service teams and agents. */
  targets: { teams: { id: string; name: string }[]; agents: { id: string; name: string }[] };
}) {
  if (escalations.length === 0) return null;
  return (
    <div className="mb-3 space-y-2">
      {escalations.map((e) => {
        const ctx = (e.context ?? {}) as Record<string, unknown>;
        const sla = escalationSla(e);
        const open = e.status === "PENDING" || e.status === "IN_PROGRESS";
        return (
          <section key={e.id} data-testid="escalation-panel" data-status={e.status} aria-label={t("desk.panel.title")}
            className={`rounded-lg p-3 text-sm ring-1 ${open ? "bg-rose-50 ring-rose-200" : "bg-slate-50 ring-slate-200"}`}>
            <div className="flex flex-wrap items-center gap-2">
              <h2 className="font-semibold">{t("desk.panel.title")}</h2>
              <span className="rounded bg-white px-1.5 text-xs ring-1 ring-slate-300">{t(`desk.status.${e.status}` as MessageKey)}</span>
              <span className="rounded bg-rose-100 px-1.5 text-xs text-rose-900" data-testid="escalation-reason">{t(`desk.reason.${e.reason}` as MessageKey) ?? e.reason}</span>
              {sla.dueAt && (
                <span className={`text-xs ${sla.late ? "font-semibold text-rose-700" : "text-slate-600"}`}>
                  {sla.late ? `${t("desk.sla.late")} · ` : ""}{fillTemplate(t(`desk.sla.${sla.clock}` as MessageKey), { time: formatDateTime(sla.dueAt, locale) })}
                </span>
              )}
            </div>
            <dl className="mt-2 grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
              <dt className="text-xs text-slate-500">{t("desk.panel.summary")}</dt>
              <dd className="whitespace-pre-wrap" data-testid="escalation-summary">{e.summary || "—"}</dd>
              {e.references.length > 0 && (<><dt className="text-xs text-slate-500">{t("desk.panel.references")}</dt><dd className="font-mono text-xs">{e.references.join(", ")}</dd></>)}
              {typeof ctx.contactChannel === "string" && (<><dt className="text-xs text-slate-500">{t("desk.panel.contact")}</dt><dd>{ctx.contactChannel}</dd></>)}
              <dt className="text-xs text-slate-500">{t("desk.panel.assignee")}</dt>
              <dd>{e.assignee?.name ?? (e.team ? fillTemplate(t("desk.teamNamed"), { name: e.team.name }) : `${t("desk.defaultQueue")} (${t("desk.panel.nobody")})`)}</dd>
            </dl>
            <p className="mt-1 text-xs text-slate-500">{fillTemplate(t("desk.panel.by"), { name: e.createdBy.name })} · {formatDateTime(e.createdAt, locale)}</p>
            {e.status === "DONE" && (
              <p className="mt-2 rounded bg-emerald-50 p-2 ring-1 ring-emerald-200" data-testid="escalation-solution">
                <strong>{fillTemplate(t("desk.panel.solutionNamed"), { solution: t(`desk.solution.${e.solutionKind}` as MessageKey) ?? e.solutionKind })}</strong> — {e.resolution}
              </p>
            )}
            {e.status === "RETURNED" && <p className="mt-2 rounded bg-white p-2 ring-1 ring-slate-200"><strong>{t("desk.panel.returned")}</strong> — {e.returnReason}</p>}
            {canWork && open && (
              <>
                <p className="mt-2 text-xs text-slate-600">{t("desk.panel.privateHint")}</p>
                <EscalationControls escalationId={e.id} status={e.status} labels={labels} targets={targets}
                  current={e.assigneeId ? `agent:${e.assigneeId}` : e.teamId ? `team:${e.teamId}` : ""} />
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}
