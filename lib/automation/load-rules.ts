// The rules that run for a trigger, in their order, compiled once per version (issue #22). A rule's stored
// definition is parsed again here: a row written by an older version of the schema that no longer parses is
// skipped and logged, never half-applied.
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { RuleTrigger } from "../generated/prisma/enums";
import { log } from "../log";
import { getSlaPolicy } from "../sla/get-sla-policy";
import { businessMinutesBetween } from "../sla/business-time";
import { compileRule, type CompiledRule } from "./evaluate-rule";
import { ruleDefinition } from "./rule-schema";

type Db = PrismaClient | Prisma.TransactionClient;

const compiled = new Map<string, CompiledRule>(); // key: id@version

export function compiledRule(r: { id: string; name: string; version: number; position: number; definition: unknown }): CompiledRule | null {
  const key = `${r.id}@${r.version}`;
  const hit = compiled.get(key);
  if (hit) return hit.position === r.position && hit.name === r.name ? hit : { ...hit, position: r.position, name: r.name };
  const parsed = ruleDefinition.safeParse(r.definition);
  if (!parsed.success) {
    log.error("automation.rule_unreadable", { ruleId: r.id, version: r.version, error: parsed.error.message });
    return null;
  }
  const c = compileRule({ ...r, definition: parsed.data });
  if (compiled.size > 5000) compiled.clear();
  compiled.set(key, c);
  return c;
}

/** The workspace's enabled, unpaused, unarchived rules for these triggers, in order. */
export async function activeRules(db: Db, workspaceId: string, triggers: RuleTrigger[]): Promise<CompiledRule[]> {
  const rows = await db.automationRule.findMany({
    where: { workspaceId, enabled: true, pausedAt: null, archivedAt: null, trigger: { in: triggers } },
    select: { id: true, name: true, version: true, position: true, definition: true },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  return rows.map(compiledRule).filter((r): r is CompiledRule => r !== null);
}

/** Whether the workspace is inside its business hours at an instant (always, when no SLA policy sets them). */
export async function businessClock(db: Db, workspaceId: string): Promise<(at: Date) => boolean> {
  const policy = await getSlaPolicy(db, workspaceId);
  if (!policy) return () => true;
  return (at) => businessMinutesBetween(policy, at, new Date(at.getTime() + 60_000)) > 0;
}
