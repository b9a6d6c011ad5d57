-- The dashboard's and the inbox counts' covering indexes (20261130055211_dashboard_indexes) again cover what
-- their queries read. Since 30 Nov those queries came to read snoozedUntil (the Snoozed view, #26),
-- noReplyReason and status ("no reply needed" is not a missed first response, #26; staff are not customers, #25)
-- and csat: each scan went back to the table rows, and at 200,000 cases the dashboard's p95 went 108 -> 525 ms and
-- the view counts' 48 -> 373 ms (npm run bench, 6 Dec).

-- DropIndex
DROP INDEX "cases_workspaceId_openedAt_assigneeId_firstResponseSeconds__idx";

-- DropIndex
DROP INDEX "cases_workspaceId_resolvedAt_openedAt_assigneeId_idx";

-- DropIndex
DROP INDEX "cases_workspaceId_status_priority_channelId_assigneeId_slaD_idx";

-- CreateIndex
CREATE INDEX "cases_workspaceId_status_priority_channelId_assigneeId_slaD_idx" ON "cases"("workspaceId", "status", "priority", "channelId", "assigneeId", "slaDueAt", "openedAt", "snoozedUntil");

-- CreateIndex
CREATE INDEX "cases_workspaceId_openedAt_assigneeId_firstResponseSeconds__idx" ON "cases"("workspaceId", "openedAt", "assigneeId", "firstResponseSeconds", "firstRespondedAt", "firstResponseDueAt", "reopenCount", "status", "noReplyReason");

-- CreateIndex
CREATE INDEX "cases_workspaceId_resolvedAt_openedAt_assigneeId_csat_idx" ON "cases"("workspaceId", "resolvedAt", "openedAt", "assigneeId", "csat");
