-- Issue #19 §5: marking the author of an open complaint troll or spam becomes a request a team lead approves or
-- refuses, on the troll signals kept with it; its three steps are audit events on the author's case timelines.
-- CreateEnum
CREATE TYPE "ContactMarkRequestStatus" AS ENUM ('PENDING', 'APPROVED', 'REFUSED');

-- AlterEnum (PostgreSQL 12+ and PGlite accept several values in one migration)
ALTER TYPE "AuditAction" ADD VALUE 'CONTACT_MARK_REQUESTED';
ALTER TYPE "AuditAction" ADD VALUE 'CONTACT_MARK_APPROVED';
ALTER TYPE "AuditAction" ADD VALUE 'CONTACT_MARK_REFUSED';

-- CreateTable
CREATE TABLE "contact_mark_requests" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,
    "mark" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "evidence" JSONB NOT NULL,
    "status" "ContactMarkRequestStatus" NOT NULL DEFAULT 'PENDING',
    "requestedById" TEXT NOT NULL,
    "reviewerId" TEXT,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "contact_mark_requests_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "contact_mark_requests_workspaceId_status_createdAt_idx" ON "contact_mark_requests"("workspaceId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "contact_mark_requests_contactId_status_idx" ON "contact_mark_requests"("contactId", "status");

-- AddForeignKey
ALTER TABLE "contact_mark_requests" ADD CONSTRAINT "contact_mark_requests_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_mark_requests" ADD CONSTRAINT "contact_mark_requests_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "contacts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_mark_requests" ADD CONSTRAINT "contact_mark_requests_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_mark_requests" ADD CONSTRAINT "contact_mark_requests_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- One pending request per contact and mark: two community managers asking at once make one request.
CREATE UNIQUE INDEX "contact_mark_requests_one_pending" ON "contact_mark_requests"("contactId", "mark") WHERE "status" = 'PENDING';

-- Nothing is deleted (R1): who asked to call a customer a troll, and who decided, stays on the record.
CREATE TRIGGER contact_mark_requests_no_delete BEFORE DELETE ON contact_mark_requests FOR EACH ROW EXECUTE FUNCTION forbid_delete();
CREATE TRIGGER contact_mark_requests_no_truncate BEFORE TRUNCATE ON contact_mark_requests FOR EACH STATEMENT EXECUTE FUNCTION forbid_delete();
