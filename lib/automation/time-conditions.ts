// Time rules (issue #22): "no first reply after N business minutes", "waiting on the customer for N days", "an SLA
// clock at risk" (less than a quarter of its span left, as the dashboard counts it). One pure predicate for the
// minute sweep (./run-time-rules.ts) and the preview; the sweep's SQL only narrows the candidates (wall time is
// never less than business time) and names each event, so a rule acts once per wait.
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { getSlaPolicy } from "../sla/get-sla-policy";
import { businessMinutesBetween } from "../sla/business-time";
import { isAtRisk } from "../sla/at-risk";
import type { TimeCondition } from "./rule-schema";

type Db = PrismaClient | Prisma.TransactionClient;
type Minutes = (from: Date, to: Date) => number;

export interface TimeFacts { status: string; openedAt: Date; firstRespondedAt: Date | null; lastMessageAt: Date; slaDueAt: Date | null }

/** Business minutes between two instants on the workspace's calendar (wall minutes without an SLA policy). */
export async function businessMinutes(db: Db, workspaceId: string): Promise<Minutes> {
  const policy = await getSlaPolicy(db, workspaceId);
  return policy ? (a, b) => businessMinutesBetween(policy, a, b) : (a, b) => Math.max(0, (b.getTime() - a.getTime()) / 60_000);
}

/**
 * Whether the time condition holds for the case at `now`. `past`: the preview's reading, "did it happen during the
 * window" (a case answered late still waited), rather than "is it so now".
 */
export function timeHolds(t: TimeCondition, f: TimeFacts, now: Date, minutes: Minutes, past = false): boolean {
  switch (t.kind) {
    case "no_first_reply": {
      if (f.firstRespondedAt && !past) return false;
      const end = f.firstRespondedAt ?? now;
      return (past || f.status === "NEW" || f.status === "OPEN") && minutes(f.openedAt, end) >= t.minutes;
    }
    case "pending":
      return f.status === "WAITING_ON_CUSTOMER" && now.getTime() - f.lastMessageAt.getTime() >= t.days * 86_400_000;
    case "sla_at_risk": return isAtRisk(f, now);
  }
}
