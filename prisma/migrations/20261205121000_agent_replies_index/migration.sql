-- The dashboard's replies per agent in a period (issue #26 item 3), answered from the index.
CREATE INDEX "messages_workspaceId_direction_createdAt_authorUserId_idx" ON "messages"("workspaceId", "direction", "createdAt", "authorUserId");
