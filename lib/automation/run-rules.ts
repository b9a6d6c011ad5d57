// Runs a workspace's rules for a set of case events (issue #22): after ingestion (./rules-after-ingest.ts), after
// a person's change (lib/cases/update-case.ts) and from the minute sweep (./run-time-rules.ts).
// Set-based: the rules, the facts of every case and the objects rules point at are each loaded once per call;
// conditions are evaluated in memory; the cases some rule matches are then handled in ONE transaction, which locks
// and re-reads them (a person may have acted since), applies the rules in their order, each re-checked on the case
// as the earlier ones left it, and writes everything in a few statements (./batch-writer.ts). The loop guard is a
// row per (rule, case, event): a replayed batch or a concurrent one finds it and does nothing.
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { RuleTrigger } from "../generated/prisma/enums";
import { log } from "../log";
import { transactionThen, type EnqueueDelivery } from "../jobs/after-commit";
import { openComplaintNumbers } from "../moderation/open-complaints";
import { loadCaseFacts, type CaseFacts } from "./case-facts";
import { ruleMatches, type CompiledRule } from "./evaluate-rule";
import { activeRules, businessClock } from "./load-rules";
import { brokenReference, NO_PERSON_CHANGES, planActions, type PersonChanges, type References } from "./plan-actions";
import { applyEffects, type RuleRef } from "./apply-plan";
import { BatchWriter, stateOf } from "./batch-writer";
import { Picker } from "./picker";
import { loadReferences } from "./rule-references";
import { pauseRule } from "./pause-rule";
import { hideSpamForRule } from "./hide-spam";

/**
 * A case's event. `eventKey` names it for the loop guard; a function gives each rule its own key from the case's
 * facts (ingestion runs CASE_CREATED and MESSAGE_RECEIVED rules in one pass), null when the rule does not apply.
 */
export interface RuleEvent { caseId: string; eventKey: string | ((rule: CompiledRule, f: CaseFacts) => string | null); messageIds?: string[] }
export interface RunSummary { matched: number; applied: number }

interface CaseWork { f: CaseFacts; rules: { rule: CompiledRule; key: string }[]; businessOpen: boolean }

export async function runRules(
  prisma: PrismaClient, workspaceId: string, triggers: RuleTrigger[], events: RuleEvent[],
  opts: { enqueueDelivery: EnqueueDelivery; rules?: CompiledRule[]; openedBy?: string[] },
): Promise<RunSummary> {
  const summary: RunSummary = { matched: 0, applied: 0 };
  if (events.length === 0) return summary;
  const rules = opts.rules ?? await activeRules(prisma, workspaceId, triggers);
  if (rules.length === 0) return summary;
  // What matches nothing costs a query for the rules and two for the facts: the rest is read only when needed.
  const reads = (field: string) => rules.some((r) => r.definition.conditions.some((c) => c.field === field));
  const messageIds = new Map(events.filter((e) => e.messageIds?.length).map((e) => [e.caseId, e.messageIds!]));
  const facts = await loadCaseFacts(prisma, [...new Set(events.map((e) => e.caseId))], messageIds, { followers: reads("followers"), openedBy: opts.openedBy });
  const clocked = reads("business_hours") || rules.some((r) => r.definition.actions.some((a) => a.type === "acknowledge"));
  const open = clocked ? await businessClock(prisma, workspaceId) : () => true;
  const byCase = new Map(facts.map((f) => [f.caseId, f]));
  let work: CaseWork[] = [];
  for (const ev of events) {
    const f = byCase.get(ev.caseId);
    // No customer message among the triggering ones (a staff member's, issue #25): not a customer's event.
    if (!f || (ev.messageIds?.length && f.messages.length === 0)) continue;
    const businessOpen = open(f.messages.at(-1)?.at ?? new Date());
    const keyed = rules.map((rule) => ({ rule, key: typeof ev.eventKey === "string" ? ev.eventKey : ev.eventKey(rule, f) }))
      .filter((r): r is { rule: CompiledRule; key: string } => r.key !== null);
    // A first reading on the facts as loaded; the batch reads each case again under its lock.
    if (keyed.some((r) => ruleMatches(r.rule, f, { businessOpen }))) work.push({ f, rules: keyed, businessOpen });
  }
  if (work.length === 0) return summary;
  // A rule that points at something gone is paused (and the leads told) when it would act, not run half.
  const refs = await loadReferences(prisma, workspaceId, rules.map((r) => r.definition));
  const broken = new Set<string>();
  for (const r of rules) {
    const why = brokenReference(r, refs);
    if (why) { broken.add(r.id); await pauseRule(prisma, r, workspaceId, why); }
  }
  if (broken.size > 0) {
    for (const w of work) w.rules = w.rules.filter((r) => !broken.has(r.rule.id));
    work = work.filter((w) => w.rules.length > 0);
  }
  summary.matched = work.length;
  if (work.length === 0) return summary;
  // First the cases nobody else holds (another handler, e.g. incident grouping, may be writing some of them: waiting
  // for it while holding ours made both slow), then, in a second transaction once ours are released, the rest.
  let pending = work;
  for (const skipLocked of [true, false]) {
    for (let attempt = 1; pending.length > 0; attempt++) {
      try {
        const r = await applyBatch(prisma, workspaceId, pending, refs, opts.enqueueDelivery, skipLocked);
        summary.applied += r.applied;
        pending = r.skipped;
        break;
      } catch (err) {
        // A deadlock or write conflict with another batch rolls everything back: try again (facts are re-read).
        if (attempt < 3 && isRetryable(err)) continue;
        log.error("automation.batch_failed", { workspaceId, cases: pending.length, error: String(err) });
        return summary;
      }
    }
  }
  return summary;
}

const isRetryable = (err: unknown) =>
  (err as { code?: string }).code === "P2034" || /deadlock detected|could not serialize|40P01|40001/.test(String(err));

/**
 * One transaction for the batch: cases locked in id order (batches at once cannot deadlock), rules applied in turn.
 * FOR NO KEY UPDATE: the next ingestion batch may still add messages and audit events to these cases meanwhile.
 * `skipLocked`: the cases another transaction holds are left out and returned, for a later pass.
 */
async function applyBatch(prisma: PrismaClient, workspaceId: string, all: CaseWork[], refs: References, enqueueDelivery: EnqueueDelivery, skipLocked: boolean) {
  return transactionThen(prisma, async (tx, afterCommit) => {
    const locked = new Map((await lockCases(tx, [...new Set(all.map((w) => w.f.caseId))].sort(), skipLocked)).map((c) => [c.id, c]));
    const work = all.filter((w) => locked.has(w.f.caseId));
    const skipped = all.filter((w) => !locked.has(w.f.caseId));
    const ids = [...locked.keys()];
    if (ids.length === 0) return { applied: 0, skipped };
    const done = await existingRuns(tx, work);
    const person = await personChanges(tx, ids);
    const out = new BatchWriter(tx, workspaceId);
    const picker = new Picker(tx, workspaceId);
    const teamNames = new Map([...refs.teams].map(([id, t]) => [id, t.name]));
    const ports = { afterCommit, enqueueDelivery, hide: (id: string, rule: RuleRef) => hideSpamForRule(prisma, id, rule) };
    const ctx = { tx, out, picker, ports, teamNames };
    let applied = 0;
    for (const w of work) {
      const c = locked.get(w.f.caseId);
      if (!c) continue;
      const f = Object.assign(w.f, { assigneeId: c.assigneeId, teamId: c.teamId, tags: c.tags, priority: c.priority, incidentId: c.incidentId, status: c.status });
      const before = stateOf(f);
      let others: number | null = null;
      for (const { rule, key } of w.rules) {
        if (done.has(`${rule.id}|${f.caseId}|${key}`)) continue; // this rule already acted on this event
        if (!ruleMatches(rule, f, { businessOpen: w.businessOpen })) continue; // the case as locked, and as earlier rules left it
        if (others === null && rule.definition.actions.some((a) => a.type === "hide_spam")) {
          others = (await openComplaintNumbers(tx, f.workspaceId, f.contactId)).filter((n) => n !== f.number).length;
        }
        const effects = planActions(rule, f, {
          businessOpen: w.businessOpen, person: person.get(f.caseId) ?? NO_PERSON_CHANGES, acknowledged: c.autoAcknowledgedAt !== null,
          otherOpenComplaints: others ?? 0, refs,
        });
        out.run(rule.id, f.caseId, key, rule.version);
        await applyEffects(ctx, f, rule, effects, key);
        applied++;
        if (rule.definition.stop) break;
      }
      out.caseState(f, before);
    }
    await picker.flush();
    await out.flush();
    return { applied, skipped };
  }, { timeout: 60_000 });
}

interface Locked { id: string; assigneeId: string | null; teamId: string | null; tags: string[]; priority: string; incidentId: string | null; status: string; autoAcknowledgedAt: Date | null }

function lockCases(tx: Prisma.TransactionClient, ids: string[], skipLocked: boolean) {
  return tx.$queryRaw<Locked[]>`
    SELECT id, "assigneeId", "teamId", tags, priority::text AS priority, "incidentId", status::text AS status, "autoAcknowledgedAt"
      FROM cases WHERE id = ANY(${ids}::text[]) ORDER BY id FOR NO KEY UPDATE ${skipLocked ? Prisma.sql`SKIP LOCKED` : Prisma.empty}`;
}

/** The (rule, case, event) runs already recorded: read under the cases' locks, so a concurrent batch's are seen. */
async function existingRuns(tx: Prisma.TransactionClient, work: CaseWork[]): Promise<Set<string>> {
  const rows = await tx.$queryRaw<{ ruleId: string; caseId: string; eventKey: string }[]>`
    SELECT "ruleId", "caseId", "eventKey" FROM automation_runs WHERE "caseId" = ANY(${work.map((w) => w.f.caseId)}::text[])`;
  return new Set(rows.map((r) => `${r.ruleId}|${r.caseId}|${r.eventKey}`));
}

/** What people (not rules, not the system) changed on the cases: rules do not undo it. */
async function personChanges(tx: Prisma.TransactionClient, caseIds: string[]): Promise<Map<string, PersonChanges>> {
  const rows = await tx.auditEvent.findMany({
    where: { caseId: { in: caseIds }, actorKind: { in: ["USER", "API"] }, action: { in: ["CASE_ASSIGNED", "CASE_PRIORITY_CHANGED", "CASE_TAGS_CHANGED", "INCIDENT_CASE_UNLINKED"] } },
    select: { caseId: true, action: true, data: true },
  });
  const out = new Map<string, PersonChanges>();
  for (const r of rows) {
    const p = out.get(r.caseId!) ?? { assigned: false, priority: false, removedTags: new Set<string>(), unlinked: false };
    if (r.action === "CASE_ASSIGNED") p.assigned = true;
    if (r.action === "CASE_PRIORITY_CHANGED") p.priority = true;
    if (r.action === "INCIDENT_CASE_UNLINKED") p.unlinked = true;
    if (r.action === "CASE_TAGS_CHANGED") {
      const d = r.data as { from?: string[]; to?: string[] };
      for (const t of d.from ?? []) if (!(d.to ?? []).includes(t)) p.removedTags.add(t);
    }
    out.set(r.caseId!, p);
  }
  return out;
}
