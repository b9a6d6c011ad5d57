// Runs a workspace's rules for a set of case events (issue #22): after ingestion (./rules-after-ingest.ts), after
// a person's change (lib/cases/update-case.ts) and from the minute sweep (./run-time-rules.ts).
// Set-based where it can be: the rules, the facts of every case and the objects rules point at are each loaded
// once per call; conditions are evaluated in memory; only cases some rule matches open a transaction. In that
// transaction the case is locked and re-read (a person may have acted since), and rules apply in their order,
// each re-checked on the case as the earlier ones left it. The loop guard is a row per (rule, case, event):
// a replayed batch or a concurrent one finds it and does nothing.
import type { PrismaClient, Prisma } from "../generated/prisma/client";
import type { RuleTrigger } from "../generated/prisma/enums";
import { log } from "../log";
import { transactionThen, type EnqueueDelivery } from "../jobs/after-commit";
import { openComplaintNumbers } from "../moderation/open-complaints";
import { loadCaseFacts, type CaseFacts } from "./case-facts";
import { ruleMatches, type CompiledRule } from "./evaluate-rule";
import { activeRules, businessClock } from "./load-rules";
import { brokenReference, planActions, type PersonChanges, type References } from "./plan-actions";
import { applyEffects } from "./apply-plan";
import { loadReferences } from "./rule-references";
import { pauseRule } from "./pause-rule";
import { hideSpamForRule } from "./hide-spam";

export interface RuleEvent { caseId: string; eventKey: string; messageIds?: string[] }
export interface RunSummary { matched: number; applied: number }

export async function runRules(
  prisma: PrismaClient, workspaceId: string, triggers: RuleTrigger[], events: RuleEvent[],
  opts: { enqueueDelivery: EnqueueDelivery; rules?: CompiledRule[] },
): Promise<RunSummary> {
  const summary: RunSummary = { matched: 0, applied: 0 };
  if (events.length === 0) return summary;
  let rules = opts.rules ?? await activeRules(prisma, workspaceId, triggers);
  if (rules.length === 0) return summary;
  const refs = await loadReferences(prisma, workspaceId, rules.map((r) => r.definition));
  const broken = rules.map((r) => [r, brokenReference(r, refs)] as const).filter(([, why]) => why !== null);
  for (const [r, why] of broken) await pauseRule(prisma, r, workspaceId, why!);
  rules = rules.filter((r) => !broken.some(([b]) => b.id === r.id));
  if (rules.length === 0) return summary;

  const messageIds = new Map(events.filter((e) => e.messageIds?.length).map((e) => [e.caseId, e.messageIds!]));
  const facts = await loadCaseFacts(prisma, [...new Set(events.map((e) => e.caseId))], messageIds);
  const open = await businessClock(prisma, workspaceId);
  const byCase = new Map(facts.map((f) => [f.caseId, f]));
  for (const ev of events) {
    const f = byCase.get(ev.caseId);
    if (!f) continue;
    const ctx = { businessOpen: open(f.messages.at(-1)?.at ?? new Date()) };
    const matching = rules.filter((r) => ruleMatches(r, f, ctx));
    if (matching.length === 0) continue;
    summary.matched++;
    try {
      summary.applied += await applyToCase(prisma, f, matching, ev.eventKey, ctx.businessOpen, refs, opts.enqueueDelivery);
    } catch (err) {
      log.error("automation.case_failed", { caseId: f.caseId, error: String(err) });
    }
  }
  return summary;
}

async function applyToCase(prisma: PrismaClient, f: CaseFacts, rules: CompiledRule[], eventKey: string, businessOpen: boolean, refs: References, enqueueDelivery: EnqueueDelivery): Promise<number> {
  return transactionThen(prisma, async (tx, afterCommit) => {
    const c = await lockCase(tx, f.caseId);
    Object.assign(f, { assigneeId: c.assigneeId, teamId: c.teamId, tags: c.tags, priority: c.priority, incidentId: c.incidentId, status: c.status });
    const person = await personChanges(tx, f.caseId);
    const hides = rules.some((r) => r.definition.actions.some((a) => a.type === "hide_spam"));
    const others = hides ? (await openComplaintNumbers(tx, f.workspaceId, f.contactId)).filter((n) => n !== f.number).length : 0;
    const ports = { afterCommit, enqueueDelivery, hide: (id: string, rule: { id: string; name: string; version: number }) => hideSpamForRule(prisma, id, rule) };
    let applied = 0;
    for (const rule of rules) {
      if (!ruleMatches(rule, f, { businessOpen })) continue; // the case as locked, and as the earlier rules left it
      const run = await tx.$queryRaw<{ id: string }[]>`
        INSERT INTO automation_runs (id, "ruleId", "caseId", "eventKey", version)
        VALUES (gen_random_uuid()::text, ${rule.id}, ${f.caseId}, ${eventKey}, ${rule.version})
        ON CONFLICT ("ruleId", "caseId", "eventKey") DO NOTHING RETURNING id`;
      if (run.length === 0) continue; // this rule already acted on this event
      const plan = planActions(rule, f, { businessOpen, person, acknowledged: c.autoAcknowledgedAt !== null, otherOpenComplaints: others, refs });
      if ("pause" in plan) continue; // references were checked before; a team removed this instant waits for the next run
      await applyEffects(tx, f, rule, plan.effects, eventKey, ports);
      applied++;
      if (rule.definition.stop) break;
    }
    return applied;
  });
}

async function lockCase(tx: Prisma.TransactionClient, caseId: string) {
  const [c] = await tx.$queryRaw<{ assigneeId: string | null; teamId: string | null; tags: string[]; priority: string; incidentId: string | null; status: string; autoAcknowledgedAt: Date | null }[]>`
    SELECT "assigneeId", "teamId", tags, priority::text AS priority, "incidentId", status::text AS status, "autoAcknowledgedAt"
      FROM cases WHERE id = ${caseId} FOR UPDATE`;
  return c!;
}

/** What people (not rules, not the system) changed on the case: rules do not undo it. */
async function personChanges(tx: Prisma.TransactionClient, caseId: string): Promise<PersonChanges> {
  const rows = await tx.auditEvent.findMany({
    where: { caseId, actorKind: { in: ["USER", "API"] }, action: { in: ["CASE_ASSIGNED", "CASE_PRIORITY_CHANGED", "CASE_TAGS_CHANGED", "INCIDENT_CASE_UNLINKED"] } },
    select: { action: true, data: true },
  });
  const removedTags = new Set<string>();
  for (const r of rows.filter((x) => x.action === "CASE_TAGS_CHANGED")) {
    const d = r.data as { from?: string[]; to?: string[] };
    for (const t of d.from ?? []) if (!(d.to ?? []).includes(t)) removedTags.add(t);
  }
  return {
    assigned: rows.some((r) => r.action === "CASE_ASSIGNED"),
    priority: rows.some((r) => r.action === "CASE_PRIORITY_CHANGED"),
    removedTags,
    unlinked: rows.some((r) => r.action === "INCIDENT_CASE_UNLINKED"),
  };
}
