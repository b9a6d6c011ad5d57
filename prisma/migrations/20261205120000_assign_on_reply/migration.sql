-- Replying assigns an unassigned case to the one who replied (issue #26 item 3): a workspace setting, on by default,
-- so "Per agent" credits whoever answered rather than nobody.
ALTER TABLE "workspaces" ADD COLUMN "assignOnReply" BOOLEAN NOT NULL DEFAULT true;
