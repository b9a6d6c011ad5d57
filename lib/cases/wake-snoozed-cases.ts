// The minute sweep's part for snoozes (lib/notifications/desk-sweep.ts): every snooze that has ended — its
// time came, an SLA clock ran out, the case was resolved, closed or escalated meanwhile, or the customer wrote
// and the after-ingest handler did not get to it (a crash between commit and handler) — is cleared, audited
// with its reason (actor SYSTEM) and announced (./end-snooze.ts). The lists already treat an ended snooze as
// over (./snooze-sql.ts); this writes it down and tells people. Bounded and idempotent: a second run finds none.
import type { PrismaClient } from "../generated/prisma/client";
import { SYSTEM } from "../audit/record-audit";
import { endSnooze } from "./end-snooze";
import { snoozedSql } from "./snooze-sql";
import { wakeReason } from "./snooze-rule";

export async function wakeSnoozedCases(prisma: PrismaClient, now = new Date()): Promise<number> {
  const ended = await prisma.$queryRaw<{ id: string; status: string; snoozedUntil: Date | null; slaDueAt: Date | null; wrote: boolean }[]>`
    SELECT c.id, c.status::text AS status, c."snoozedUntil", c."slaDueAt", (c."lastInboundAt" > c."snoozedAt") AS wrote
      FROM cases c
     WHERE c."snoozedUntil" IS NOT NULL AND (NOT ${snoozedSql(now)} OR c."lastInboundAt" > c."snoozedAt")
     ORDER BY c."snoozedUntil" LIMIT 500`;
  let n = 0;
  for (const c of ended) {
    const reason = c.wrote && c.status !== "RESOLVED" && c.status !== "CLOSED" ? "customer_wrote" : wakeReason(c, now);
    if (await prisma.$transaction((tx) => endSnooze(tx, c.id, reason, SYSTEM, now))) n++;
  }
  return n;
}
