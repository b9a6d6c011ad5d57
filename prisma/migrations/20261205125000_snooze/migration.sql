-- Snooze a case until a time (issue #26 item 4): it leaves the working views and comes back with a notice to
-- whoever snoozed it, at that time, when the customer writes, or when an SLA clock runs out (a snooze never
-- hides a breach). Who snoozed, when and why stay on the case; every snooze and wake is audited.
ALTER TYPE "AuditAction" ADD VALUE 'CASE_SNOOZED';
ALTER TYPE "AuditAction" ADD VALUE 'CASE_UNSNOOZED';
ALTER TYPE "NotificationKind" ADD VALUE 'SNOOZE_ENDED';

ALTER TABLE "cases" ADD COLUMN "snoozeNote" TEXT,
ADD COLUMN "snoozedAt" TIMESTAMP(3),
ADD COLUMN "snoozedById" TEXT,
ADD COLUMN "snoozedUntil" TIMESTAMP(3);

-- The wake sweep reads the snoozed cases only.
CREATE INDEX "cases_snoozedUntil_idx" ON "cases"("snoozedUntil");

ALTER TABLE "cases" ADD CONSTRAINT "cases_snoozedById_fkey" FOREIGN KEY ("snoozedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
