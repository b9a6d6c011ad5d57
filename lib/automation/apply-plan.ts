// Writes what a rule decided for one case (./plan-actions.ts), inside the caller's transaction, one audit
// event per action naming the rule and its version (the timeline reads "Assigned to Sophie by rule … v3").
// Platform work (a hide) and delivery (an acknowledgement) go after commit. Conditional writes where a person
// may act at the same moment: the acknowledgement's once-per-case is a conditional update, not a read.
import type { Prisma } from "../generated/prisma/client";
import { SYSTEM, recordAudit } from "../audit/record-audit";
import type { AfterCommit } from "../jobs/after-commit";
import { notify } from "../notifications/notify";
import type { CaseFacts } from "./case-facts";
import type { CompiledRule } from "./evaluate-rule";
import type { Effect } from "./plan-actions";
import { choose, teamCandidates } from "./pick-assignee";

export interface ApplyPorts {
  afterCommit: AfterCommit;
  /** Hands a queued acknowledgement to delivery (the outbox sweep delivers it anyway). */
  enqueueDelivery: (messageId: string) => Promise<void>;
  /** Hides a message on the platform and records it (lib/automation/hide-spam.ts), after commit. */
  hide: (messageId: string, rule: RuleRef) => Promise<void>;
}

export interface RuleRef { id: string; name: string; version: number }
export const ruleRef = (r: CompiledRule): RuleRef => ({ id: r.id, name: r.name, version: r.version });

/** Applies the effects to the case (already locked by the caller), keeping `f` up to date for the next rule. */
export async function applyEffects(tx: Prisma.TransactionClient, f: CaseFacts, rule: CompiledRule, effects: Effect[], eventKey: string, ports: ApplyPorts) {
  const ref = ruleRef(rule);
  const audit = (action: Parameters<typeof recordAudit>[1]["action"], data: Prisma.InputJsonObject, entity?: { type: "message"; id: string }) =>
    recordAudit(tx, {
      workspaceId: f.workspaceId, action, actor: SYSTEM, caseId: f.caseId,
      entityType: entity?.type ?? "case", entityId: entity?.id ?? f.caseId, data: { ...data, rule: { ...ref } },
    });
  for (const e of effects) {
    switch (e.kind) {
      case "assign_person":
        await assign(e.userId, e.name, f.teamId, null);
        break;
      case "assign_team": {
        const pick = e.strategy === "team_only" ? null : await pickMember(tx, f.workspaceId, rule.id, e.teamId, e.strategy);
        await assign(pick?.userId ?? null, pick?.name ?? null, e.teamId, pick ? null : e.strategy === "team_only" ? "team_only" : "nobody_available");
        break;
      }
      case "add_tags": {
        const to = [...new Set([...f.tags, ...e.tags])].sort();
        await tx.case.update({ where: { id: f.caseId }, data: { tags: to } });
        await audit("CASE_TAGS_CHANGED", { from: f.tags, to, added: e.tags });
        f.tags = to;
        break;
      }
      case "set_priority":
        await tx.case.update({ where: { id: f.caseId }, data: { priority: e.priority as never } });
        await audit("CASE_PRIORITY_CHANGED", { from: f.priority, to: e.priority });
        f.priority = e.priority;
        break;
      case "link_incident":
        await tx.case.update({ where: { id: f.caseId }, data: { incidentId: e.incidentId } });
        await audit("CASE_INCIDENT_LINKED", { incidentId: e.incidentId });
        f.incidentId = e.incidentId;
        break;
      case "notify":
        await notify(tx, f.workspaceId, e.userIds.map((userId) => ({
          userId, kind: "RULE_ALERT" as const, caseId: f.caseId, dedupeKey: `rule:${rule.id}:${f.caseId}:${eventKey}`,
          data: { number: f.number, rule: rule.name, message: e.message ? ` — ${e.message}` : "" },
        })));
        await audit("RULE_NOTIFIED", { to: e.userIds, count: e.userIds.length, message: e.message });
        break;
      case "add_note": {
        const note = await tx.message.create({
          data: {
            workspaceId: f.workspaceId, caseId: f.caseId, channelId: f.channelId, direction: "OUTBOUND", visibility: "INTERNAL",
            kind: "NOTE", body: e.text, platformCreatedAt: new Date(), deliveryStatus: "RECEIVED", automated: true,
          },
        });
        await audit("NOTE_ADDED", { mentions: [] }, { type: "message", id: note.id });
        break;
      }
      case "hide_spam": {
        // The case is marked spam (a visible, audited tag), then the platform is asked after commit.
        if (!f.tags.includes("spam")) {
          const to = [...f.tags, "spam"].sort();
          await tx.case.update({ where: { id: f.caseId }, data: { tags: to } });
          await audit("CASE_TAGS_CHANGED", { from: f.tags, to, added: ["spam"] });
          f.tags = to;
        }
        ports.afterCommit("rule hide", () => ports.hide(e.messageId, ref));
        break;
      }
      case "acknowledge":
        await acknowledge(e);
        break;
      case "refused":
        await audit("RULE_ACTION_REFUSED", { action: e.action, reason: e.reason });
        break;
    }
  }

  async function assign(userId: string | null, name: string | null, teamId: string | null, why: string | null) {
    await tx.case.update({ where: { id: f.caseId }, data: { assigneeId: userId ?? f.assigneeId, teamId } });
    const teamName = teamId ? (await tx.team.findUnique({ where: { id: teamId }, select: { name: true } }))?.name ?? null : null;
    await audit("CASE_ASSIGNED", { fromUser: f.assigneeId, toUser: userId ?? f.assigneeId, fromTeam: f.teamId, toTeam: teamId, toName: name, teamName, why });
    if (userId && userId !== f.assigneeId) {
      await notify(tx, f.workspaceId, [{ userId, kind: "ASSIGNED", caseId: f.caseId, data: { number: f.number, actor: rule.name } }]);
    }
    f.assigneeId = userId ?? f.assigneeId;
    f.teamId = teamId;
  }

  async function acknowledge(e: Extract<Effect, { kind: "acknowledge" }>) {
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
    await audit("REPLY_QUEUED", { visibility: "PRIVATE", inReplyTo: to.id, automated: true, cannedReplyId: e.cannedReplyId }, { type: "message", id: m.id });
    ports.afterCommit("deliver acknowledgement", () => ports.enqueueDelivery(m.id));
  }
}

/** Round-robin or least-loaded pick; the rule's row is locked so concurrent batches take turns. */
async function pickMember(tx: Prisma.TransactionClient, workspaceId: string, ruleId: string, teamId: string, strategy: "round_robin" | "least_loaded") {
  const [row] = await tx.$queryRaw<{ roundRobin: Record<string, string> }[]>`SELECT "roundRobin" FROM automation_rules WHERE id = ${ruleId} FOR UPDATE`;
  const cursor = row?.roundRobin ?? {};
  const pick = choose(await teamCandidates(tx, workspaceId, teamId), strategy, cursor[teamId] ?? null);
  if (pick && strategy === "round_robin") {
    await tx.automationRule.update({ where: { id: ruleId }, data: { roundRobin: { ...cursor, [teamId]: pick.userId } } });
  }
  return pick;
}
