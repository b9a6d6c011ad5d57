// The desk's part of the minute sweep (registered in lib/jobs/workers.ts): close unanswered satisfaction
// checks, notify overdue follow-ups and first-response breaches, wake the cases whose snooze has ended.
// Each step is idempotent and bounded.
import type { PrismaClient } from "../generated/prisma/client";
import { closeUnanswered } from "../resolution/close-unanswered";
import { notifyOverdueFollowUps } from "../followups/notify-overdue-follow-ups";
import { notifySlaBreaches } from "./notify-sla-breaches";
import { wakeSnoozedCases } from "../cases/wake-snoozed-cases";

export async function runDeskSweep(prisma: PrismaClient, now = new Date()) {
  return {
    closedNoAnswer: await closeUnanswered(prisma, now),
    overdueFollowUps: await notifyOverdueFollowUps(prisma, now),
    slaBreaches: await notifySlaBreaches(prisma, now),
    wokenSnoozes: await wakeSnoozedCases(prisma, now),
  };
}
