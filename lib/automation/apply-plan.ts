// Carries out what a rule decided for one case (./plan-actions.ts) inside the batch's transaction: the case facts
// are updated in memory (the next rule reads them, and the batch writes the case once), and each action is an
// audit event naming the rule and its version (the timeline reads "Assigned to Sophie by rule … v3"). Platform
// work (a hide) and delivery (an acknowledgement) go after commit; the acknowledgement's once-per-case is a
// conditional update, not a read, since a person or another batch may act at the same moment.
import type { Prisma } from "../generated/prisma/client";
import { SYSTEM, type AuditInput } from "../audit/record-audit";
import type { AfterCommit } from "../jobs/after-commit";
import type { BatchWriter } from "./batch-writer";
import type { CaseFacts } from "./case-facts";
import type { CompiledRule } from "./evaluate-rule";
import { applyEffectToFacts, mergeTags, type Effect } from "./plan-actions";
import type { Picker } from "./picker";

export interface ApplyPorts {
  afterCommit: AfterCommit;
  /** Hands a queued acknowledgement to delivery (the outbox sweep delivers it anyway). */
  enqueueDelivery: (messageId: string) => Promise<void>;
  /** Hides a message on the platform and records it (./hide-spam.ts), after commit. */
  hide: (messageId: string, rule: RuleRef) => Promise<void>;
}

export interface RuleRef { id: string; name: string; version: number }
export const ruleRef = (r: CompiledRule): RuleRef => ({ id: r.id, name: r.name, version: r.version });

export interface ApplyContext { tx: Prisma.TransactionClient; out: BatchWriter; picker: Picker; ports: ApplyPorts; teamNames: Map<string, string> }

export async function applyEffects(c: ApplyContext, f: CaseFacts, rule: CompiledRule, effects: Effect[], eventKey: string) {
  const ref = ruleRef(rule);
  const audit = (action: AuditInput["action"], data: Prisma.InputJsonObject, entity?: { type: "message"; id: string }) =>
    c.out.audits.push({
      workspaceId: f.workspaceId, action, actor: SYSTEM, caseId: f.caseId,
      entityType: entity?.type ?? "case", entityId: entity?.id ?? f.caseId, data: { ...data, rule: { ...ref } },
    });
  const assign = (userId: string | null, name: string | null, teamId: string | null, why: string | null) => {
    audit("CASE_ASSIGNED", {
      fromUser: f.assigneeId, toUser: userId ?? f.assigneeId, fromTeam: f.teamId, toTeam: teamId, toName: name,
      teamName: teamId ? c.teamNames.get(teamId) ?? null : null, why,
    });
    if (userId && userId !== f.assigneeId) c.out.notifications.push({ userId, kind: "ASSIGNED", caseId: f.caseId, data: { number: f.number, actor: rule.name } });
    f.assigneeId = userId ?? f.assigneeId;
    f.teamId = teamId;
  };
  const addTags = (tags: string[]) => {
    const to = mergeTags(f.tags, tags);
    audit("CASE_TAGS_CHANGED", { from: f.tags, to, added: tags });
    f.tags = to;
  };
  for (const e of effects) {
    switch (e.kind) {
      case "assign_person": assign(e.userId, e.name, f.teamId, null); break;
      case "assign_team": {
        const pick = e.strategy === "team_only" ? null : await c.picker.pick(rule.id, e.teamId, e.strategy);
        assign(pick?.userId ?? null, pick?.name ?? null, e.teamId, pick ? null : e.strategy === "team_only" ? "team_only" : "nobody_available");
        break;
      }
      case "add_tags": addTags(e.tags); break;
      case "set_priority":
        audit("CASE_PRIORITY_CHANGED", { from: f.priority, to: e.priority });
        applyEffectToFacts(f, e);
        break;
      case "link_incident":
        audit("CASE_INCIDENT_LINKED", { incidentId: e.incidentId });
        applyEffectToFacts(f, e);
        break;
      case "notify":
        c.out.notifications.push(...e.userIds.map((userId) => ({
          userId, kind: "RULE_ALERT" as const, caseId: f.caseId, dedupeKey: `rule:${rule.id}:${f.caseId}:${eventKey}`,
          data: { number: f.number, rule: rule.name, message: e.message ? ` — ${e.message}` : "" },
        })));
        audit("RULE_NOTIFIED", { to: e.userIds, count: e.userIds.length, message: e.message });
        break;
      case "add_note":
        audit("NOTE_ADDED", { mentions: [] }, { type: "message", id: c.out.note(f, e.text) });
        break;
      case "hide_spam":
        // The case is marked spam (a visible, audited tag), then the platform is asked after commit.
        if (!f.tags.includes("spam")) addTags(["spam"]);
        c.ports.afterCommit("rule hide", () => c.ports.hide(e.messageId, ref));
        break;
      case "acknowledge": await acknowledge(c, f, e, audit); break;
      case "refused": audit("RULE_ACTION_REFUSED", { action: e.action, code: e.code, problem: e.problem, reason: e.reason }); break;
    }
  }
}

async function acknowledge(c: ApplyContext, f: CaseFacts, e: Extract<Effect, { kind: "acknowledge" }>,
  audit: (action: AuditInput["action"], data: Prisma.InputJsonObject, entity?: { type: "message"; id: string }) => void) {
  const { tx } = c;
  const first = await tx.case.updateMany({ where: { id: f.caseId, autoAcknowledgedAt: null }, data: { autoAcknowledgedAt: new Date() } });
  if (first.count === 0) return; // another rule or batch acknowledged it a moment ago
  const to = await tx.message.findUniqueOrThrow({ where: { id: e.toMessageId }, select: { id: true, externalId: true, channelId: true, threadId: true } });
  const now = new Date();
  const m = await tx.message.create({
    data: {
      workspaceId: f.workspaceId, caseId: f.caseId, channelId: to.channelId, threadId: to.threadId, parentId: to.id,
      parentExternalId: to.externalId, direction: "OUTBOUND", visibility: "PRIVATE", kind: "DM", body: e.body,
      platformCreatedAt: now, deliveryStatus: "QUEUED", nextAttemptAt: now, automated: true,
    },
  });
  audit("REPLY_QUEUED", { visibility: "PRIVATE", inReplyTo: to.id, automated: true, cannedReplyId: e.cannedReplyId }, { type: "message", id: m.id });
  c.ports.afterCommit("deliver acknowledgement", () => c.ports.enqueueDelivery(m.id));
}
