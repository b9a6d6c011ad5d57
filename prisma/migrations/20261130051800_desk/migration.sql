-- CreateEnum
CREATE TYPE "Confirmation" AS ENUM ('PENDING', 'CONFIRMED', 'DISPUTED', 'NO_ANSWER');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('ASSIGNED', 'MENTION', 'ESCALATION_CREATED', 'ESCALATION_PICKED_UP', 'ESCALATION_HANDED_BACK', 'ESCALATION_RETURNED', 'FOLLOW_UP_DUE', 'SLA_BREACH', 'CUSTOMER_CONFIRMED', 'CUSTOMER_DISPUTED');

-- CreateEnum
CREATE TYPE "FollowUpStatus" AS ENUM ('OPEN', 'DONE');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AuditAction" ADD VALUE 'ESCALATION_PICKED_UP';
ALTER TYPE "AuditAction" ADD VALUE 'ESCALATION_SOLUTION_PROPOSED';
ALTER TYPE "AuditAction" ADD VALUE 'ESCALATION_RETURNED';
ALTER TYPE "AuditAction" ADD VALUE 'ESCALATION_REASSIGNED';
ALTER TYPE "AuditAction" ADD VALUE 'SATISFACTION_CHECK_SENT';
ALTER TYPE "AuditAction" ADD VALUE 'CUSTOMER_CONFIRMED';
ALTER TYPE "AuditAction" ADD VALUE 'CUSTOMER_DISPUTED';
ALTER TYPE "AuditAction" ADD VALUE 'CONFIRMATION_NO_ANSWER';
ALTER TYPE "AuditAction" ADD VALUE 'FOLLOW_UP_CREATED';
ALTER TYPE "AuditAction" ADD VALUE 'FOLLOW_UP_OVERDUE';
ALTER TYPE "AuditAction" ADD VALUE 'FOLLOW_UP_DONE';

-- AlterEnum
ALTER TYPE "EscalationStatus" ADD VALUE 'RETURNED';

-- AlterTable
ALTER TABLE "cases" ADD COLUMN     "confirmation" "Confirmation",
ADD COLUMN     "confirmationDueAt" TIMESTAMP(3),
ADD COLUMN     "confirmedAt" TIMESTAMP(3),
ADD COLUMN     "csat" INTEGER;

-- AlterTable
ALTER TABLE "escalations" ADD COLUMN     "pickUpDueAt" TIMESTAMP(3),
ADD COLUMN     "pickedUpAt" TIMESTAMP(3),
ADD COLUMN     "references" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "returnReason" TEXT,
ADD COLUMN     "solutionDueAt" TIMESTAMP(3),
ADD COLUMN     "solutionKind" TEXT,
ADD COLUMN     "summary" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "teamId" TEXT;

-- AlterTable
ALTER TABLE "workspaces" ADD COLUMN     "confirmationTimeoutHours" INTEGER NOT NULL DEFAULT 72,
ADD COLUMN     "escalationPickupMinutes" INTEGER NOT NULL DEFAULT 240,
ADD COLUMN     "escalationSolutionHours" INTEGER NOT NULL DEFAULT 48,
ADD COLUMN     "satisfactionQuestionEn" TEXT NOT NULL DEFAULT 'Hello, is your request fully sorted out? Just answer yes or no, or give a rating from 1 to 5.',
ADD COLUMN     "satisfactionQuestionFr" TEXT NOT NULL DEFAULT 'Bonjour, votre demande est-elle bien réglée ? Répondez simplement oui ou non, ou donnez une note de 1 à 5.';

-- CreateTable
CREATE TABLE "notifications" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "caseId" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "dedupeKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "follow_ups" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "messageId" TEXT,
    "phrase" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "status" "FollowUpStatus" NOT NULL DEFAULT 'OPEN',
    "overdueNotifiedAt" TIMESTAMP(3),
    "doneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "follow_ups_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "notifications_userId_createdAt_idx" ON "notifications"("userId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "notifications_userId_dedupeKey_key" ON "notifications"("userId", "dedupeKey");

-- CreateIndex
CREATE UNIQUE INDEX "follow_ups_messageId_key" ON "follow_ups"("messageId");

-- CreateIndex
CREATE INDEX "follow_ups_workspaceId_status_dueAt_idx" ON "follow_ups"("workspaceId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "follow_ups_caseId_idx" ON "follow_ups"("caseId");

-- CreateIndex
CREATE INDEX "escalations_assigneeId_status_idx" ON "escalations"("assigneeId", "status");

-- CreateIndex
CREATE INDEX "escalations_teamId_status_idx" ON "escalations"("teamId", "status");

-- AddForeignKey
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "teams"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "cases"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Nothing is deleted (R1): notifications are marked read, follow-ups done.
CREATE TRIGGER notifications_no_delete BEFORE DELETE ON notifications FOR EACH ROW EXECUTE FUNCTION forbid_delete();
CREATE TRIGGER notifications_no_truncate BEFORE TRUNCATE ON notifications FOR EACH STATEMENT EXECUTE FUNCTION forbid_delete();
CREATE TRIGGER follow_ups_no_delete BEFORE DELETE ON follow_ups FOR EACH ROW EXECUTE FUNCTION forbid_delete();
CREATE TRIGGER follow_ups_no_truncate BEFORE TRUNCATE ON follow_ups FOR EACH STATEMENT EXECUTE FUNCTION forbid_delete();

-- A new notification is announced to its recipient's browsers at commit, on the same live channel as case
-- changes; the stream route forwards it to that user only (recipientId).
CREATE FUNCTION notifications_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('inbox_events', json_build_object(
    'id', NEW.id, 'action', 'NOTIFICATION_CREATED', 'workspaceId', NEW."workspaceId", 'caseId', NULL,
    'entityType', 'notification', 'entityId', NEW.id, 'actorUserId', NULL, 'recipientId', NEW."userId")::text);
  RETURN NULL;
END $$;

CREATE TRIGGER notifications_notify AFTER INSERT ON notifications FOR EACH ROW EXECUTE FUNCTION notifications_notify();
