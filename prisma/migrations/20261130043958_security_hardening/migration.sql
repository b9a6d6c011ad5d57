-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AuditAction" ADD VALUE 'USER_SIGNED_OUT';
ALTER TYPE "AuditAction" ADD VALUE 'USER_PASSWORD_CHANGED';

-- AlterTable
ALTER TABLE "login_attempts" ADD COLUMN     "throttled" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "memberships" ADD COLUMN     "deactivatedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- ---------------------------------------------------------------------------------------------------------
-- Hand-written below (issue #11, item 7): the append-only promise holds below the API, whoever connects.

-- Who may act, and what they tried, is part of the record too: deactivate and revoke instead of deleting.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['api_tokens', 'memberships', 'teams', 'login_attempts', 'workspaces', 'users']
  LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE DELETE ON %I FOR EACH ROW EXECUTE FUNCTION forbid_delete()',
                   t || '_no_delete', t);
    EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION forbid_delete()',
                   t || '_no_truncate', t);
  END LOOP;
END $$;

CREATE TRIGGER login_attempts_no_update BEFORE UPDATE ON login_attempts FOR EACH ROW EXECUTE FUNCTION forbid_update();

-- Columns named in the trigger's arguments never change once the row exists (a row never moves to another
-- case or workspace, a message never changes direction or author).
CREATE FUNCTION forbid_column_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE col text;
BEGIN
  FOREACH col IN ARRAY TG_ARGV LOOP
    IF (to_jsonb(OLD) -> col) IS DISTINCT FROM (to_jsonb(NEW) -> col) THEN
      RAISE EXCEPTION 'column "%" of "%" is never changed (append-only record)', col, TG_TABLE_NAME;
    END IF;
  END LOOP;
  RETURN NEW;
END $$;

CREATE TRIGGER messages_fixed_columns BEFORE UPDATE ON messages FOR EACH ROW EXECUTE FUNCTION
  forbid_column_change('workspaceId', 'caseId', 'channelId', 'threadId', 'direction', 'visibility', 'kind',
                       'authorIdentityId', 'authorUserId', 'createdAt');
CREATE TRIGGER cases_fixed_columns BEFORE UPDATE ON cases FOR EACH ROW EXECUTE FUNCTION
  forbid_column_change('workspaceId', 'number', 'channelId', 'createdAt');
CREATE TRIGGER escalations_fixed_columns BEFORE UPDATE ON escalations FOR EACH ROW EXECUTE FUNCTION
  forbid_column_change('caseId', 'reason', 'createdById', 'createdAt');
CREATE TRIGGER api_tokens_fixed_columns BEFORE UPDATE ON api_tokens FOR EACH ROW EXECUTE FUNCTION
  forbid_column_change('workspaceId', 'userId', 'tokenHash', 'prefix', 'createdAt');
CREATE TRIGGER memberships_fixed_columns BEFORE UPDATE ON memberships FOR EACH ROW EXECUTE FUNCTION
  forbid_column_change('workspaceId', 'userId', 'createdAt');
CREATE TRIGGER teams_fixed_columns BEFORE UPDATE ON teams FOR EACH ROW EXECUTE FUNCTION
  forbid_column_change('workspaceId', 'createdAt');
CREATE TRIGGER channels_fixed_columns BEFORE UPDATE ON channels FOR EACH ROW EXECUTE FUNCTION
  forbid_column_change('workspaceId', 'kind', 'platform', 'externalId', 'createdAt');

-- A revoked token stays revoked; a deactivation is lifted only by recording a new membership decision
-- (#14 may reactivate: that clears deactivatedAt, which stays allowed).
CREATE FUNCTION forbid_unrevoke() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."revokedAt" IS NOT NULL AND NEW."revokedAt" IS DISTINCT FROM OLD."revokedAt" THEN
    RAISE EXCEPTION 'a revoked API token stays revoked; create a new one';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER api_tokens_no_unrevoke BEFORE UPDATE ON api_tokens FOR EACH ROW EXECUTE FUNCTION forbid_unrevoke();

-- What was written stays as written: the customer's words, internal notes, and replies once they left for the
-- platform. A reply may still be corrected while it waits in the outbox (QUEUED / FAILED). An edited note is
-- a new note beside the old one.
DROP TRIGGER messages_inbound_body_immutable ON messages;
CREATE OR REPLACE FUNCTION forbid_inbound_body_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.body IS DISTINCT FROM OLD.body
     AND (OLD.direction = 'INBOUND' OR OLD.kind = 'NOTE' OR OLD."deliveryStatus" IN ('SENDING', 'SENT')) THEN
    RAISE EXCEPTION 'the body of this message is never rewritten (inbound, note or sent reply); record an event or a new message instead';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER messages_body_immutable BEFORE UPDATE ON messages FOR EACH ROW
  EXECUTE FUNCTION forbid_inbound_body_change();
