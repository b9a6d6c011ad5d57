-- CreateEnum
CREATE TYPE "AlertDeliveryStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "alert_webhooks" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "secretCiphertext" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "alert_webhooks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alert_deliveries" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "webhookId" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "AlertDeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3),
    "lastError" TEXT,
    "deliveredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "alert_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alert_delivery_attempts" (
    "id" TEXT NOT NULL,
    "deliveryId" TEXT NOT NULL,
    "attempt" INTEGER NOT NULL,
    "httpStatus" INTEGER,
    "error" TEXT,
    "durationMs" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "alert_delivery_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "alert_webhooks_workspaceId_key" ON "alert_webhooks"("workspaceId");

-- CreateIndex
CREATE INDEX "alert_deliveries_status_nextAttemptAt_idx" ON "alert_deliveries"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "alert_deliveries_workspaceId_createdAt_idx" ON "alert_deliveries"("workspaceId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "alert_delivery_attempts_deliveryId_attempt_key" ON "alert_delivery_attempts"("deliveryId", "attempt");

-- CreateIndex
CREATE INDEX "cases_workspaceId_openedAt_idx" ON "cases"("workspaceId", "openedAt");

-- CreateIndex
CREATE INDEX "cases_workspaceId_resolvedAt_idx" ON "cases"("workspaceId", "resolvedAt");

-- AddForeignKey
ALTER TABLE "alert_webhooks" ADD CONSTRAINT "alert_webhooks_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert_deliveries" ADD CONSTRAINT "alert_deliveries_webhookId_fkey" FOREIGN KEY ("webhookId") REFERENCES "alert_webhooks"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert_delivery_attempts" ADD CONSTRAINT "alert_delivery_attempts_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "alert_deliveries"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Nothing is deleted (R1): notifications and their attempts are part of the record; attempts never change.
CREATE TRIGGER alert_webhooks_no_delete BEFORE DELETE ON alert_webhooks FOR EACH ROW EXECUTE FUNCTION forbid_delete();
CREATE TRIGGER alert_deliveries_no_delete BEFORE DELETE ON alert_deliveries FOR EACH ROW EXECUTE FUNCTION forbid_delete();
CREATE TRIGGER alert_deliveries_no_truncate BEFORE TRUNCATE ON alert_deliveries FOR EACH STATEMENT EXECUTE FUNCTION forbid_delete();
CREATE TRIGGER alert_delivery_attempts_no_delete BEFORE DELETE ON alert_delivery_attempts FOR EACH ROW EXECUTE FUNCTION forbid_delete();
CREATE TRIGGER alert_delivery_attempts_no_truncate BEFORE TRUNCATE ON alert_delivery_attempts FOR EACH STATEMENT EXECUTE FUNCTION forbid_delete();
CREATE TRIGGER alert_delivery_attempts_no_update BEFORE UPDATE ON alert_delivery_attempts FOR EACH ROW EXECUTE FUNCTION forbid_update();
