-- Resolving a case asks what becomes of its open promises (issue #26 item 6): kept, done, or cancelled with a
-- reason. A cancelled promise stays on record (nothing is deleted) with why and when.
ALTER TYPE "FollowUpStatus" ADD VALUE 'CANCELLED';
ALTER TYPE "AuditAction" ADD VALUE 'FOLLOW_UP_CANCELLED';
ALTER TABLE "follow_ups" ADD COLUMN "cancelledAt" TIMESTAMP(3), ADD COLUMN "cancelReason" TEXT;
