// "Try before it runs" (issue #22 item 2): what a rule would have done over the last 7 or 30 days — how many cases
// it matches, a sample of them with what it would do to each, the count of each action, and the cases a guard
// would refuse — through the very functions the live run uses (ruleMatches, planActions), nothing written.
// Events are replayed in order and what the rule did to earlier ones is kept (./preview-simulation.ts): a case it
// tagged stays tagged, a case it acknowledged is not acknowledged twice, an author it marked spam has one open
// complaint fewer. For MESSAGE_RECEIVED, each batch of a case's messages ingestion stored together is one event.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { notFound } from "../errors/domain-errors";
import { compileRule, ruleMatches } from "./evaluate-rule";
import { businessClock } from "./load-rules";
import { brokenReference, NO_PERSON_CHANGES, planActions, type Effect, type RefusalCode } from "./plan-actions";
import { OPENING_BATCH_MS, previewFacts, scoredPriority, type PreviewFacts } from "./preview-facts";
import { PreviewSimulation } from "./preview-simulation";
import { loadReferences } from "./rule-references";
import { ruleDefinition, type RuleDefinition } from "./rule-schema";
import { businessMinutes, timeHolds } from "./time-conditions";

const SAMPLE = 10;

export interface RulePreview {
  days: number;
  scanned: number;
  /** Cases the rule's conditions would have matched at least once. */
  matched: number;
  /** Events it would have run on (a case per message for MESSAGE_RECEIVED): one loop-guard row each, live. */
  events: number;
  /** How many times each action would have taken effect (a refusal counts under "refused"). */
  actions: Partial<Record<Effect["kind"], number>>;
  /** Round-robin / least-loaded: how many cases each member would have taken. */
  assignees: { userId: string | null; name: string | null; cases: number }[];
  sample: { id: string; number: number; preview: string; platform: string; openedAt: Date; effects: Effect[] }[];
  refused: { id: string; number: number; action: string; code: RefusalCode; problem: string | null; reason: string }[];
  /** Set when the rule points at something gone: it would be paused, not run. */
  broken: string | null;
}

export async function previewSavedRule(prisma: PrismaClient, member: Member, ruleId: string, days: number, now = new Date()) {
  assertCan(member.role, "automation.manage");
  const r = await prisma.automationRule.findFirst({ where: { id: ruleId, workspaceId: member.workspaceId } });
  if (!r) throw notFound("Rule");
  return previewRule(prisma, member, { id: r.id, name: r.name, version: r.version, definition: ruleDefinition.parse(r.definition) }, days, now);
}

export async function previewRule(
  prisma: PrismaClient, member: Member, rule: { id: string; name: string; version: number; definition: RuleDefinition }, days: number, now = new Date(),
): Promise<RulePreview> {
  assertCan(member.role, "automation.manage");
  const ws = member.workspaceId;
  const def = rule.definition;
  const compiled = compileRule({ ...rule, position: 0 });
  const refs = await loadReferences(prisma, ws, [def]);
  const out: RulePreview = { days, scanned: 0, matched: 0, events: 0, actions: {}, assignees: [], sample: [], refused: [], broken: brokenReference(compiled, refs) };
  if (out.broken) return out;
  const [open, minutes] = [await businessClock(prisma, ws), await businessMinutes(prisma, ws)];
  const sim = new PreviewSimulation(prisma, ws);
  const hides = def.actions.some((a) => a.type === "hide_spam");
  const since = new Date(now.getTime() - days * 86_400_000);
  for await (const page of previewFacts(prisma, ws, def.trigger, since, { followers: def.conditions.some((c) => c.field === "followers") })) {
    for (const f of page) {
      out.scanned++;
      const done: Effect[] = [];
      let matched = false;
      for (const ev of events(f, def.trigger === "MESSAGE_RECEIVED")) {
        const at = ev.messages.at(-1)?.at ?? f.openedAt;
        const storedAt = ev.messages.at(-1)?.storedAt ?? f.openedAt;
        if (def.time && !timeHolds(def.time, f, now, minutes, true)) continue;
        const ctx = { businessOpen: open(at) };
        if (!ruleMatches(compiled, ev, ctx)) continue;
        matched = true;
        out.events++;
        const others = hides ? await sim.otherOpenComplaints(f, storedAt) : 0;
        const effects = planActions(compiled, ev, { ...ctx, person: NO_PERSON_CHANGES, acknowledged: sim.acknowledged.has(f.caseId), otherOpenComplaints: others, refs });
        await sim.apply(ev, effects);
        done.push(...effects);
        for (const e of effects) {
          out.actions[e.kind] = (out.actions[e.kind] ?? 0) + 1;
          if (e.kind === "refused") out.refused.push({ id: f.caseId, number: f.number, action: e.action, code: e.code, problem: e.problem, reason: e.reason });
        }
      }
      if (!matched) continue;
      out.matched++;
      if (out.sample.length < SAMPLE) out.sample.push({ id: f.caseId, number: f.number, preview: f.preview, platform: f.platform, openedAt: f.openedAt, effects: done });
    }
  }
  out.assignees = [...sim.assignees.values()].sort((a, b) => b.cases - a.cases);
  return out;
}

/**
 * The events a case gives: itself, or (MESSAGE_RECEIVED) each batch of customer messages ingestion stored
 * together (a webhook's one message, a poll's or a replay's several), in turn, on one evolving case.
 */
function* events(f: PreviewFacts, perMessage: boolean): Generator<PreviewFacts> {
  if (!perMessage) { yield f; return; }
  const all = [...f.messages].sort((a, b) => a.storedAt.getTime() - b.storedAt.getTime());
  while (all.length > 0) {
    const start = all[0]!.storedAt.getTime();
    const end = all.findIndex((m) => m.storedAt.getTime() > start + OPENING_BATCH_MS);
    const batch = all.splice(0, end === -1 ? all.length : end);
    const text = batch.map((m) => m.body).join("\n");
    yield Object.assign(f, { messages: batch, text, words: undefined, priority: scoredPriority(f.priority, f.signals, batch) });
  }
}
