// The minute sweep's part of automation (issue #22): for every enabled time rule, the open cases whose wait has
// come (./time-conditions.ts), each under an event key that names the wait — the first reply awaited, this
// stretch of waiting on the customer, this SLA clock — so a rule acts once per wait and again on the next one.
// Cases already handled for that key are left out in SQL; at most BATCH per rule per sweep, the newest waits first
// (a sweep every minute meets each case as its wait comes; cases a rule's conditions skip do not hold the line).
import { atRiskSql } from "../sla/at-risk";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { EnqueueDelivery } from "../jobs/after-commit";
import { log } from "../log";
import { OPEN_STATUSES } from "../moderation/open-complaints";
import type { CompiledRule } from "./evaluate-rule";
import { activeRules } from "./load-rules";
import { runRules, type RunSummary } from "./run-rules";
import { businessMinutes, timeHolds, type TimeFacts } from "./time-conditions";
import type { TimeCondition } from "./rule-schema";

const BATCH = 500;

export async function runTimeRules(prisma: PrismaClient, enqueueDelivery: EnqueueDelivery, now = new Date()): Promise<RunSummary> {
  const total: RunSummary = { matched: 0, applied: 0 };
  const workspaces = await prisma.automationRule.findMany({
    where: { enabled: true, pausedAt: null, archivedAt: null, trigger: "TIME" }, distinct: ["workspaceId"], select: { workspaceId: true },
  });
  for (const { workspaceId } of workspaces) {
    try {
      const minutes = await businessMinutes(prisma, workspaceId);
      for (const rule of await activeRules(prisma, workspaceId, ["TIME"])) {
        const time = rule.definition.time!;
        const due = (await candidates(prisma, workspaceId, rule, time, now)).filter((c) => timeHolds(time, c, now, minutes));
        const r = await runRules(prisma, workspaceId, ["TIME"], due.map((c) => ({ caseId: c.id, eventKey: c.eventKey })), { enqueueDelivery, rules: [rule] });
        total.matched += r.matched;
        total.applied += r.applied;
      }
    } catch (err) {
      log.error("automation.time_rules_failed", { workspaceId, error: String(err) });
    }
  }
  return total;
}

type Candidate = TimeFacts & { id: string; eventKey: string };

function candidates(prisma: PrismaClient, workspaceId: string, rule: CompiledRule, t: TimeCondition, now: Date): Promise<Candidate[]> {
  const open = Prisma.join(OPEN_STATUSES.map((s) => Prisma.sql`${s}`));
  const [where, key] = ((): [Prisma.Sql, Prisma.Sql] => {
    switch (t.kind) {
      case "no_first_reply":
        return [
          Prisma.sql`c.status::text IN ('NEW', 'OPEN') AND c."firstRespondedAt" IS NULL AND c."openedAt" <= ${new Date(now.getTime() - t.minutes * 60_000)}`,
          Prisma.sql`'time:first'`,
        ];
      case "pending":
        return [
          Prisma.sql`c.status = 'WAITING_ON_CUSTOMER' AND c."lastMessageAt" <= ${new Date(now.getTime() - t.days * 86_400_000)}`,
          Prisma.sql`'time:pending:' || floor(extract(epoch FROM c."lastMessageAt"))::bigint`,
        ];
      case "sla_at_risk":
        return [
          Prisma.sql`c.status::text IN (${open}) AND ${atRiskSql(now)}`,
          Prisma.sql`'time:risk:' || floor(extract(epoch FROM c."slaDueAt"))::bigint`,
        ];
    }
  })();
  return prisma.$queryRaw<Candidate[]>`
    SELECT id, status, "openedAt", "firstRespondedAt", "lastMessageAt", "slaDueAt", "eventKey" FROM (
      SELECT c.id, c.status::text AS status, c."openedAt", c."firstRespondedAt", c."lastMessageAt", c."slaDueAt", ${key} AS "eventKey"
        FROM cases c
       WHERE c."workspaceId" = ${workspaceId} AND (c."snoozedUntil" IS NULL OR c."snoozedUntil" <= ${now}) AND ${where}) x
     WHERE NOT EXISTS (SELECT 1 FROM automation_runs r WHERE r."ruleId" = ${rule.id} AND r."caseId" = x.id AND r."eventKey" = x."eventKey")
     ORDER BY "openedAt" DESC LIMIT ${BATCH}`;
}
