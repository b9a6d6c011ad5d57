-- Issue #23: Google Business Profile reviews and YouTube comments.
ALTER TYPE "ChannelKind" ADD VALUE 'GOOGLE_BUSINESS_LOCATION';
ALTER TYPE "ChannelKind" ADD VALUE 'YOUTUBE_CHANNEL';
ALTER TYPE "Platform" ADD VALUE 'GOOGLE';
ALTER TYPE "Platform" ADD VALUE 'YOUTUBE';

-- A review's stars as it arrived (an edit is a message event beside it, with its new stars).
ALTER TABLE "messages" ADD COLUMN "rating" INTEGER CHECK ("rating" BETWEEN 1 AND 5);
-- A comment the platform held back from the public (YouTube "held for review" / "likely spam") when it arrived;
-- publishing or rejecting it is a message event, like a hide.
CREATE TYPE "HeldStatus" AS ENUM ('HELD_FOR_REVIEW', 'LIKELY_SPAM');
ALTER TABLE "messages" ADD COLUMN "held" "HeldStatus";
ALTER TABLE "message_events" ADD COLUMN "newRating" INTEGER CHECK ("newRating" BETWEEN 1 AND 5);
-- The case's review stars now (the latest edit wins): filters, rules, search and reports read it.
ALTER TABLE "cases" ADD COLUMN "rating" INTEGER CHECK ("rating" BETWEEN 1 AND 5);
ALTER TYPE "AuditAction" ADD VALUE 'HELD_COMMENT_MODERATED';
-- Polling waits until then (a platform quota that resets at a known time: YouTube's quotaExceeded), reason in lastError.
ALTER TABLE "channels" ADD COLUMN "pollPausedUntil" TIMESTAMP(3);
