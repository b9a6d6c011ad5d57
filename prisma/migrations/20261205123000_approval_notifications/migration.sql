-- Leads are told when something waits for their decision (issue #26 item 7): a draft held by the guards and
-- a troll/spam mark requested on the author of an open complaint.
ALTER TYPE "NotificationKind" ADD VALUE 'DRAFT_APPROVAL_REQUESTED';
ALTER TYPE "NotificationKind" ADD VALUE 'MARK_REQUESTED';
