-- Automation rules (issue #22): versioned rules, their saved versions and the loop guard's runs; agents'
-- availability and cap for round-robin and least-loaded; an automatic acknowledgement is marked (not a first
-- response) and happens at most once per case.

-- CreateEnum
CREATE TYPE "RuleTrigger" AS ENUM ('CASE_CREATED', 'MESSAGE_RECEIVED', 'CASE_CHANGED', 'TIME');

-- AlterEnum
ALTER TYPE "AuditAction" ADD VALUE 'RULE_CREATED';
ALTER TYPE "AuditAction" ADD VALUE 'RULE_UPDATED';
ALTER TYPE "AuditAction" ADD VALUE 'RULE_PAUSED';
ALTER TYPE "AuditAction" ADD VALUE 'RULE_ACTION_REFUSED';
ALTER TYPE "AuditAction" ADD VALUE 'RULE_NOTIFIED';

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'RULE_ALERT';
ALTER TYPE "NotificationKind" ADD VALUE 'RULE_PAUSED';

-- AlterTable
ALTER TABLE "cases" ADD COLUMN     "autoAcknowledgedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "memberships" ADD COLUMN     "available" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "caseCap" INTEGER;

-- AlterTable
ALTER TABLE "messages" ADD COLUMN     "automated" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "automation_rules" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "trigger" "RuleTrigger" NOT NULL,
    "definition" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "position" INTEGER NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "pausedReason" TEXT,
    "pausedAt" TIMESTAMP(3),
    "archivedAt" TIMESTAMP(3),
    "roundRobin" JSONB NOT NULL DEFAULT '{}',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "automation_rules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "automation_rule_versions" (
    "id" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "trigger" "RuleTrigger" NOT NULL,
    "definition" JSONB NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "automation_rule_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "automation_runs" (
    "id" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "eventKey" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "automation_runs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "automation_rules_workspaceId_enabled_trigger_idx" ON "automation_rules"("workspaceId", "enabled", "trigger");

-- CreateIndex
CREATE UNIQUE INDEX "automation_rule_versions_ruleId_version_key" ON "automation_rule_versions"("ruleId", "version");

-- CreateIndex
CREATE INDEX "automation_runs_caseId_idx" ON "automation_runs"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "automation_runs_ruleId_caseId_eventKey_key" ON "automation_runs"("ruleId", "caseId", "eventKey");

-- AddForeignKey
ALTER TABLE "automation_rules" ADD CONSTRAINT "automation_rules_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "automation_rule_versions" ADD CONSTRAINT "automation_rule_versions_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "automation_rules"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "automation_runs" ADD CONSTRAINT "automation_runs_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "automation_rules"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Nothing is ever deleted (R1): a rule is archived; its versions and runs are facts recorded once.
CREATE TRIGGER automation_rules_no_delete BEFORE DELETE ON automation_rules FOR EACH ROW EXECUTE FUNCTION forbid_delete();
CREATE TRIGGER automation_rules_no_truncate BEFORE TRUNCATE ON automation_rules FOR EACH STATEMENT EXECUTE FUNCTION forbid_delete();
CREATE TRIGGER automation_rule_versions_no_delete BEFORE DELETE ON automation_rule_versions FOR EACH ROW EXECUTE FUNCTION forbid_delete();
CREATE TRIGGER automation_rule_versions_no_truncate BEFORE TRUNCATE ON automation_rule_versions FOR EACH STATEMENT EXECUTE FUNCTION forbid_delete();
CREATE TRIGGER automation_rule_versions_no_update BEFORE UPDATE ON automation_rule_versions FOR EACH ROW EXECUTE FUNCTION forbid_update();
CREATE TRIGGER automation_runs_no_delete BEFORE DELETE ON automation_runs FOR EACH ROW EXECUTE FUNCTION forbid_delete();
CREATE TRIGGER automation_runs_no_truncate BEFORE TRUNCATE ON automation_runs FOR EACH STATEMENT EXECUTE FUNCTION forbid_delete();
CREATE TRIGGER automation_runs_no_update BEFORE UPDATE ON automation_runs FOR EACH ROW EXECUTE FUNCTION forbid_update();
