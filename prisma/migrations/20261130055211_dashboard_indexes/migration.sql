-- DropIndex
DROP INDEX "cases_workspaceId_openedAt_idx";

-- DropIndex
DROP INDEX "cases_workspaceId_resolvedAt_idx";

-- CreateIndex
CREATE INDEX "cases_workspaceId_status_priority_channelId_assigneeId_slaD_idx" ON "cases"("workspaceId", "status", "priority", "channelId", "assigneeId", "slaDueAt", "openedAt");

-- CreateIndex
CREATE INDEX "cases_workspaceId_openedAt_assigneeId_firstResponseSeconds__idx" ON "cases"("workspaceId", "openedAt", "assigneeId", "firstResponseSeconds", "firstRespondedAt", "firstResponseDueAt", "reopenCount");

-- CreateIndex
CREATE INDEX "cases_workspaceId_resolvedAt_openedAt_assigneeId_idx" ON "cases"("workspaceId", "resolvedAt", "openedAt", "assigneeId");
