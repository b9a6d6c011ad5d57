-- "No reply needed" (issue #26 item 4): a case closed without a reply, with its reason, is not a missed first
-- response (praise and bot spam no longer count as late or against the SLA). The act itself is audited.
CREATE TYPE "NoReplyReason" AS ENUM ('PRAISE', 'SPAM', 'OFF_TOPIC', 'DUPLICATE');
ALTER TABLE "cases" ADD COLUMN "noReplyReason" "NoReplyReason";
