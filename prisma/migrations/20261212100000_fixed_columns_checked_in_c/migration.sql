-- The append-only column guards (forbid_column_change, 20261130043958_security_hardening) ran PL/pgSQL for every
-- updated row and turned OLD and NEW into jsonb once per guarded column: about 70 µs a row, half of an UPDATE of
-- 300 cases (issue #22: what automation writes). A WHEN condition, evaluated in C, now calls the function only when
-- a guarded column really differs, which is exactly when it raises; the error and its message are unchanged.

DROP TRIGGER messages_fixed_columns ON messages;
CREATE TRIGGER messages_fixed_columns BEFORE UPDATE ON messages FOR EACH ROW
  WHEN (OLD."workspaceId" IS DISTINCT FROM NEW."workspaceId" OR OLD."caseId" IS DISTINCT FROM NEW."caseId"
     OR OLD."channelId" IS DISTINCT FROM NEW."channelId" OR OLD."threadId" IS DISTINCT FROM NEW."threadId"
     OR OLD.direction IS DISTINCT FROM NEW.direction OR OLD.visibility IS DISTINCT FROM NEW.visibility
     OR OLD.kind IS DISTINCT FROM NEW.kind OR OLD."authorIdentityId" IS DISTINCT FROM NEW."authorIdentityId"
     OR OLD."authorUserId" IS DISTINCT FROM NEW."authorUserId" OR OLD."createdAt" IS DISTINCT FROM NEW."createdAt"
     OR OLD."platformCreatedAt" IS DISTINCT FROM NEW."platformCreatedAt")
  EXECUTE FUNCTION public.forbid_column_change('workspaceId', 'caseId', 'channelId', 'threadId', 'direction', 'visibility',
                                               'kind', 'authorIdentityId', 'authorUserId', 'createdAt', 'platformCreatedAt');

DROP TRIGGER cases_fixed_columns ON cases;
CREATE TRIGGER cases_fixed_columns BEFORE UPDATE ON cases FOR EACH ROW
  WHEN (OLD."workspaceId" IS DISTINCT FROM NEW."workspaceId" OR OLD.number IS DISTINCT FROM NEW.number
     OR OLD."channelId" IS DISTINCT FROM NEW."channelId" OR OLD."createdAt" IS DISTINCT FROM NEW."createdAt")
  EXECUTE FUNCTION public.forbid_column_change('workspaceId', 'number', 'channelId', 'createdAt');

DROP TRIGGER escalations_fixed_columns ON escalations;
CREATE TRIGGER escalations_fixed_columns BEFORE UPDATE ON escalations FOR EACH ROW
  WHEN (OLD."caseId" IS DISTINCT FROM NEW."caseId" OR OLD.reason IS DISTINCT FROM NEW.reason
     OR OLD."createdById" IS DISTINCT FROM NEW."createdById" OR OLD."createdAt" IS DISTINCT FROM NEW."createdAt")
  EXECUTE FUNCTION public.forbid_column_change('caseId', 'reason', 'createdById', 'createdAt');

DROP TRIGGER api_tokens_fixed_columns ON api_tokens;
CREATE TRIGGER api_tokens_fixed_columns BEFORE UPDATE ON api_tokens FOR EACH ROW
  WHEN (OLD."workspaceId" IS DISTINCT FROM NEW."workspaceId" OR OLD."userId" IS DISTINCT FROM NEW."userId"
     OR OLD."tokenHash" IS DISTINCT FROM NEW."tokenHash" OR OLD.prefix IS DISTINCT FROM NEW.prefix
     OR OLD."createdAt" IS DISTINCT FROM NEW."createdAt")
  EXECUTE FUNCTION public.forbid_column_change('workspaceId', 'userId', 'tokenHash', 'prefix', 'createdAt');

DROP TRIGGER memberships_fixed_columns ON memberships;
CREATE TRIGGER memberships_fixed_columns BEFORE UPDATE ON memberships FOR EACH ROW
  WHEN (OLD."workspaceId" IS DISTINCT FROM NEW."workspaceId" OR OLD."userId" IS DISTINCT FROM NEW."userId"
     OR OLD."createdAt" IS DISTINCT FROM NEW."createdAt")
  EXECUTE FUNCTION public.forbid_column_change('workspaceId', 'userId', 'createdAt');

DROP TRIGGER teams_fixed_columns ON teams;
CREATE TRIGGER teams_fixed_columns BEFORE UPDATE ON teams FOR EACH ROW
  WHEN (OLD."workspaceId" IS DISTINCT FROM NEW."workspaceId" OR OLD."createdAt" IS DISTINCT FROM NEW."createdAt")
  EXECUTE FUNCTION public.forbid_column_change('workspaceId', 'createdAt');

DROP TRIGGER channels_fixed_columns ON channels;
CREATE TRIGGER channels_fixed_columns BEFORE UPDATE ON channels FOR EACH ROW
  WHEN (OLD."workspaceId" IS DISTINCT FROM NEW."workspaceId" OR OLD.kind IS DISTINCT FROM NEW.kind
     OR OLD.platform IS DISTINCT FROM NEW.platform OR OLD."externalId" IS DISTINCT FROM NEW."externalId"
     OR OLD."createdAt" IS DISTINCT FROM NEW."createdAt")
  EXECUTE FUNCTION public.forbid_column_change('workspaceId', 'kind', 'platform', 'externalId', 'createdAt');
