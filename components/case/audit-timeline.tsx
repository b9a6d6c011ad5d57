// The case's history as sentences in the reader's language: who did what, with the escalation reason and the
// proposed solution spelled out (every hop is an audit event; the raw action stays as a data attribute).
import type { CaseDetail } from "@/lib/cases/get-case";
import { formatDateTime } from "@/lib/format/time";
import type { Locale, MessageKey } from "@/lib/i18n/messages";
import { fillTemplate } from "@/lib/notifications/fill-template";

type T = (k: MessageKey) => string;
type Event = CaseDetail["events"][number];

export function auditSentence(e: Event, t: T, locale: Locale = "en"): string {
  const d = (e.data ?? {}) as Record<string, unknown>;
  // An automation rule's action names the rule and its version (issue #22): "Assigned to Sophie by rule “…” v3".
  const rule = ruleOf(d);
  const actor = rule ? fillTemplate(t("desk.audit.rule"), { ruleName: rule.name, ruleVersion: rule.version })
    : e.actor?.name ?? t(e.actorKind === "SYSTEM" ? "desk.audit.system" : e.actorKind === "PLATFORM" ? "desk.audit.platform" : "desk.audit.someone");
  const word = (prefix: string, v: unknown) => (typeof v === "string" ? (t(`${prefix}${v}` as MessageKey) ?? v) : "");
  const vars = {
    ...d,
    actor,
    action: e.action.toLowerCase().replaceAll("_", " "),
    from: word(e.action === "CASE_PRIORITY_CHANGED" || e.action === "HANDOFF_FAILED" ? "priority." : "status.", d.from),
    to: word(e.action === "CASE_PRIORITY_CHANGED" || e.action === "HANDOFF_FAILED" ? "priority." : "status.", d.to),
    reason: e.action === "ESCALATION_CREATED" ? word("desk.reason.", d.reason) : e.action === "MESSAGE_HIDDEN_BY_US" ? word("guards.mod.reason.", d.reason) : d.reason,
    solution: word("desk.solution.", d.kind),
    mark: word("moderation.mark.", d.mark),
    why: e.action === "CASE_UNSNOOZED" ? word("desk.notif.snoozeWhy.", d.reason) : word("case.noReply.", d.noReplyReason),
    until: typeof d.until === "string" ? formatDateTime(new Date(d.until), locale) : d.until,
    ...(rule ? { why: word("desk.audit.rule.why.", d.why), added: Array.isArray(d.added) ? d.added.join(", ") : "" } : {}),
  };
  // Moderation events about the author (issue #19): a hide names the case it was on, a removed mark says so.
  const variant = e.action === "MESSAGE_HIDDEN_BY_US" && d.caseNumber != null && d.hidden !== false ? "moderation.audit.hiddenOn"
    : e.action === "CONTACT_MARKED" && d.on === false ? "moderation.audit.unmarked"
    : e.action === "CASE_STATUS_CHANGED" && d.reason === "no_reply_needed" ? "desk.audit.noReplyNeeded"
    : rule ? ruleVariant(e.action, d) : null;
  const template = t((variant ?? `desk.audit.${e.action}`) as MessageKey) ?? t("desk.audit.other");
  // A sentence that opens with the rule ("Rule “…” hid a message") takes a capital.
  if (rule && template.startsWith("{actor}")) vars.actor = actor.charAt(0).toUpperCase() + actor.slice(1);
  return fillTemplate(template, vars);
}

function ruleOf(d: Record<string, unknown>): { name: string; version: number } | null {
  const r = d.rule as { name?: unknown; version?: unknown } | undefined;
  return r && typeof r.name === "string" && typeof r.version === "number" ? { name: r.name, version: r.version } : null;
}

function ruleVariant(action: string, d: Record<string, unknown>): string | null {
  if (action === "RULE_ACTION_REFUSED" && (d.code === "complaint" || d.code === "other_open_complaint")) return `desk.audit.RULE_ACTION_REFUSED.${d.code}`;
  if (action === "CASE_ASSIGNED") return d.toName ? "desk.audit.rule.CASE_ASSIGNED" : "desk.audit.rule.CASE_ASSIGNED_TEAM";
  if (action === "CASE_TAGS_CHANGED" && Array.isArray(d.added)) return "desk.audit.rule.CASE_TAGS_CHANGED";
  if (action === "CASE_PRIORITY_CHANGED") return "desk.audit.rule.CASE_PRIORITY_CHANGED";
  return null;
}

export function AuditTimeline({ events, locale, t }: { events: CaseDetail["events"]; locale: Locale; t: T }) {
  return (
    <ol className="space-y-1 text-xs text-slate-600" data-testid="audit-timeline">
      {events.map((e) => (
        <li key={e.id.toString()} className="flex gap-2" data-action={e.action}>
          <time className="shrink-0 text-slate-600" dateTime={e.createdAt.toISOString()}>
            {formatDateTime(e.createdAt, locale)}
          </time>
          <span>{auditSentence(e, t, locale)}</span>
        </li>
      ))}
    </ol>
  );
}
