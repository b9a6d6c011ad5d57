-- CreateEnum
CREATE TYPE "DraftApprovalStatus" AS ENUM ('PENDING', 'APPROVED', 'RETURNED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AuditAction" ADD VALUE 'GUARD_OVERRIDDEN';
ALTER TYPE "AuditAction" ADD VALUE 'DRAFT_SUBMITTED';
ALTER TYPE "AuditAction" ADD VALUE 'DRAFT_APPROVED';
ALTER TYPE "AuditAction" ADD VALUE 'DRAFT_RETURNED';
ALTER TYPE "AuditAction" ADD VALUE 'GUARD_SETTINGS_UPDATED';
ALTER TYPE "AuditAction" ADD VALUE 'HUMOROUS_REPLY_SENT';
ALTER TYPE "AuditAction" ADD VALUE 'CONTACT_MARKED';

-- CreateTable
CREATE TABLE "guard_settings" (
    "workspaceId" TEXT NOT NULL,
    "flagPhrases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "allowPhrases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "orderNumberPattern" TEXT,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "guard_settings_pkey" PRIMARY KEY ("workspaceId")
);

-- CreateTable
CREATE TABLE "draft_approvals" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "authorUserId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "visibility" TEXT NOT NULL,
    "warnings" JSONB NOT NULL,
    "status" "DraftApprovalStatus" NOT NULL DEFAULT 'PENDING',
    "reviewerId" TEXT,
    "comment" TEXT,
    "messageId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "draft_approvals_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "draft_approvals_workspaceId_status_createdAt_idx" ON "draft_approvals"("workspaceId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "draft_approvals_caseId_idx" ON "draft_approvals"("caseId");

-- AddForeignKey
ALTER TABLE "guard_settings" ADD CONSTRAINT "guard_settings_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "draft_approvals" ADD CONSTRAINT "draft_approvals_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Nothing is deleted (R1): approvals and guard settings are part of the record.
CREATE TRIGGER draft_approvals_no_delete BEFORE DELETE ON draft_approvals FOR EACH ROW EXECUTE FUNCTION forbid_delete();
CREATE TRIGGER draft_approvals_no_truncate BEFORE TRUNCATE ON draft_approvals FOR EACH STATEMENT EXECUTE FUNCTION forbid_delete();
CREATE TRIGGER guard_settings_no_delete BEFORE DELETE ON guard_settings FOR EACH ROW EXECUTE FUNCTION forbid_delete();
CREATE TRIGGER guard_settings_no_truncate BEFORE TRUNCATE ON guard_settings FOR EACH STATEMENT EXECUTE FUNCTION forbid_delete();
