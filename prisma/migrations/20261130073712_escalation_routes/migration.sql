-- AlterEnum
ALTER TYPE "AuditAction" ADD VALUE 'ESCALATION_ROUTING_UPDATED';

-- CreateTable
CREATE TABLE "escalation_routes" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "teamId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "escalation_routes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "escalation_routes_workspaceId_reason_key" ON "escalation_routes"("workspaceId", "reason");

-- AddForeignKey
ALTER TABLE "escalation_routes" ADD CONSTRAINT "escalation_routes_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "escalation_routes" ADD CONSTRAINT "escalation_routes_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "teams"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Routes are changed (a null team: the shared queue), never deleted (R1).
CREATE TRIGGER escalation_routes_no_delete BEFORE DELETE ON escalation_routes FOR EACH ROW EXECUTE FUNCTION forbid_delete();
CREATE TRIGGER escalation_routes_no_truncate BEFORE TRUNCATE ON escalation_routes FOR EACH STATEMENT EXECUTE FUNCTION forbid_delete();
