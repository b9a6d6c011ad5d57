-- Staff speaking from personal accounts (issue #25): members' linked social identities; a message from one is
-- marked staff (no sentiment, metrics, incident or SLA clock) and its case closed as STAFF, with coaching for the lead.

ALTER TYPE "AuditAction" ADD VALUE 'STAFF_IDENTITY_LINKED';
ALTER TYPE "AuditAction" ADD VALUE 'STAFF_MESSAGE';

-- AlterEnum
ALTER TYPE "NoReplyReason" ADD VALUE 'STAFF';

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'STAFF_COACHING';

-- AlterTable
ALTER TABLE "messages" ADD COLUMN     "staff" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "staff_identities" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "platform" "Platform" NOT NULL,
    "account" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "staff_identities_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "staff_identities_userId_idx" ON "staff_identities"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "staff_identities_workspaceId_platform_account_key" ON "staff_identities"("workspaceId", "platform", "account");

-- AddForeignKey
ALTER TABLE "staff_identities" ADD CONSTRAINT "staff_identities_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Nothing is ever deleted (R1); a link is a fact recorded once.
CREATE TRIGGER staff_identities_no_delete BEFORE DELETE ON staff_identities FOR EACH ROW EXECUTE FUNCTION forbid_delete();
CREATE TRIGGER staff_identities_no_truncate BEFORE TRUNCATE ON staff_identities FOR EACH STATEMENT EXECUTE FUNCTION forbid_delete();
CREATE TRIGGER staff_identities_no_update BEFORE UPDATE ON staff_identities FOR EACH ROW EXECUTE FUNCTION forbid_update();
