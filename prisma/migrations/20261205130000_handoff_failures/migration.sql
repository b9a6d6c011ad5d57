-- Failed hand-offs (R10, issue #25): the routes we gave (a number, an address, a department, a link) that a
-- customer reported as not working, per case and problem type, for the composer's warning and the lead's figures.
-- AlterEnum
ALTER TYPE "AuditAction" ADD VALUE 'HANDOFF_FAILED';

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'HANDOFF_FAILED';

-- CreateTable
CREATE TABLE "handoff_failures" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "handoffMessageId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "route" TEXT NOT NULL,
    "display" TEXT NOT NULL,
    "problem" TEXT,
    "reasons" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "handoff_failures_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "handoff_failures_workspaceId_route_createdAt_idx" ON "handoff_failures"("workspaceId", "route", "createdAt");

-- CreateIndex
CREATE INDEX "handoff_failures_workspaceId_createdAt_idx" ON "handoff_failures"("workspaceId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "handoff_failures_messageId_route_key" ON "handoff_failures"("messageId", "route");

-- AddForeignKey
ALTER TABLE "handoff_failures" ADD CONSTRAINT "handoff_failures_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Nothing is ever deleted (R1), and a recorded failure is a fact: it is never rewritten either.
CREATE TRIGGER handoff_failures_no_delete BEFORE DELETE ON handoff_failures FOR EACH ROW EXECUTE FUNCTION forbid_delete();
CREATE TRIGGER handoff_failures_no_truncate BEFORE TRUNCATE ON handoff_failures FOR EACH STATEMENT EXECUTE FUNCTION forbid_delete();
CREATE TRIGGER handoff_failures_no_update BEFORE UPDATE ON handoff_failures FOR EACH ROW EXECUTE FUNCTION forbid_update();
