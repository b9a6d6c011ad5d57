-- CreateEnum
CREATE TYPE "AlertKind" AS ENUM ('VOLUME_SPIKE', 'NEGATIVE_SURGE', 'ME_TOO', 'HIGH_REACH', 'PROFESSIONAL', 'LEGAL_PRESS', 'SLA_BREACH');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AuditAction" ADD VALUE 'INCIDENT_CASE_UNLINKED';
ALTER TYPE "AuditAction" ADD VALUE 'INCIDENT_STATUS_POSTED';
ALTER TYPE "AuditAction" ADD VALUE 'CASE_SCORED';
ALTER TYPE "AuditAction" ADD VALUE 'ALERT_RAISED';
ALTER TYPE "AuditAction" ADD VALUE 'ALERT_ACKNOWLEDGED';
ALTER TYPE "AuditAction" ADD VALUE 'SLA_POLICY_UPDATED';

-- AlterEnum
CREATE TYPE "IncidentStatus_new" AS ENUM ('SUGGESTED', 'OPEN', 'RESOLVED');
ALTER TABLE "public"."incidents" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "incidents" ALTER COLUMN "status" TYPE "IncidentStatus_new" USING ("status"::text::"IncidentStatus_new");
ALTER TYPE "IncidentStatus" RENAME TO "IncidentStatus_old";
ALTER TYPE "IncidentStatus_new" RENAME TO "IncidentStatus";
DROP TYPE "public"."IncidentStatus_old";
ALTER TABLE "incidents" ALTER COLUMN "status" SET DEFAULT 'SUGGESTED';

-- AlterTable
ALTER TABLE "cases" ADD COLUMN     "nextResponseDueAt" TIMESTAMP(3),
ADD COLUMN     "sentiment" INTEGER,
ADD COLUMN     "slaDueAt" TIMESTAMP(3),
ADD COLUMN     "urgency" INTEGER;

-- AlterTable
ALTER TABLE "incidents" ADD COLUMN     "confirmedAt" TIMESTAMP(3),
ADD COLUMN     "confirmedById" TEXT,
ADD COLUMN     "excludedCaseIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "firstAt" TIMESTAMP(3),
ADD COLUMN     "lastAt" TIMESTAMP(3),
ADD COLUMN     "terms" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ALTER COLUMN "status" SET DEFAULT 'SUGGESTED';

-- AlterTable
ALTER TABLE "messages" ADD COLUMN     "sentiment" INTEGER,
ADD COLUMN     "urgency" INTEGER;

-- CreateTable
CREATE TABLE "incident_updates" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "incident_updates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sla_policies" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Paris',
    "businessHours" JSONB NOT NULL,
    "holidays" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "targets" JSONB NOT NULL,
    "atRiskPercent" INTEGER NOT NULL DEFAULT 25,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sla_policies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alerts" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "kind" "AlertKind" NOT NULL,
    "scopeKey" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "caseIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "data" JSONB NOT NULL DEFAULT '{}',
    "firstAt" TIMESTAMP(3) NOT NULL,
    "lastAt" TIMESTAMP(3) NOT NULL,
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "alerts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "incident_updates_incidentId_createdAt_idx" ON "incident_updates"("incidentId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "sla_policies_workspaceId_key" ON "sla_policies"("workspaceId");

-- CreateIndex
CREATE INDEX "alerts_workspaceId_createdAt_idx" ON "alerts"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "alerts_workspaceId_kind_scopeKey_lastAt_idx" ON "alerts"("workspaceId", "kind", "scopeKey", "lastAt");

-- CreateIndex
CREATE INDEX "cases_workspaceId_slaDueAt_id_idx" ON "cases"("workspaceId", "slaDueAt", "id");

-- AddForeignKey
ALTER TABLE "incident_updates" ADD CONSTRAINT "incident_updates_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sla_policies" ADD CONSTRAINT "sla_policies_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Nothing is deleted (R1): incident status updates are append-only; alerts and SLA policies are never deleted.
CREATE TRIGGER incident_updates_no_delete BEFORE DELETE ON incident_updates FOR EACH ROW EXECUTE FUNCTION forbid_delete();
CREATE TRIGGER incident_updates_no_truncate BEFORE TRUNCATE ON incident_updates FOR EACH STATEMENT EXECUTE FUNCTION forbid_delete();
CREATE TRIGGER incident_updates_no_update BEFORE UPDATE ON incident_updates FOR EACH ROW EXECUTE FUNCTION forbid_update();
CREATE TRIGGER alerts_no_delete BEFORE DELETE ON alerts FOR EACH ROW EXECUTE FUNCTION forbid_delete();
CREATE TRIGGER alerts_no_truncate BEFORE TRUNCATE ON alerts FOR EACH STATEMENT EXECUTE FUNCTION forbid_delete();
CREATE TRIGGER sla_policies_no_delete BEFORE DELETE ON sla_policies FOR EACH ROW EXECUTE FUNCTION forbid_delete();

-- Hand-written: the earliest running SLA clock of an active case, for the Late view's order and the at-risk
-- counts. A trigger rather than code so that every writer (ingestion, case updates, bulk, imports) keeps it.
-- First response runs until answered; resolution pauses while waiting on the customer (lib/sla).
CREATE FUNCTION cases_sla_due() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status IN ('NEW', 'OPEN', 'WAITING_ON_CUSTOMER', 'ESCALATED') THEN
    NEW."slaDueAt" := LEAST(
      CASE WHEN NEW."firstRespondedAt" IS NULL THEN NEW."firstResponseDueAt" END,
      CASE WHEN NEW.status <> 'WAITING_ON_CUSTOMER' THEN NEW."nextResponseDueAt" END,
      CASE WHEN NEW.status <> 'WAITING_ON_CUSTOMER' THEN NEW."resolutionDueAt" END);
  ELSE
    NEW."slaDueAt" := NULL;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER cases_sla_due BEFORE INSERT OR UPDATE ON cases FOR EACH ROW EXECUTE FUNCTION cases_sla_due();
UPDATE cases SET "slaDueAt" = NULL;
