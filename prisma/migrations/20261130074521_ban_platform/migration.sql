-- CreateEnum
CREATE TYPE "BanPlatformStatus" AS ENUM ('PENDING', 'DONE', 'FAILED', 'UNSUPPORTED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AuditAction" ADD VALUE 'BAN_APPLIED_ON_PLATFORM';
ALTER TYPE "AuditAction" ADD VALUE 'BAN_PLATFORM_RETRY';
ALTER TYPE "AuditAction" ADD VALUE 'BAN_PLATFORM_FAILED';

-- AlterTable
ALTER TABLE "bans" ADD COLUMN     "platformAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "platformDoneAt" TIMESTAMP(3),
ADD COLUMN     "platformError" TEXT,
ADD COLUMN     "platformNextAttemptAt" TIMESTAMP(3),
ADD COLUMN     "platformStatus" "BanPlatformStatus";

-- CreateIndex
CREATE INDEX "bans_platformStatus_platformNextAttemptAt_idx" ON "bans"("platformStatus", "platformNextAttemptAt");
