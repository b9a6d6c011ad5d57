-- Issue #20 item 2: our functions resolved names through the CALLER's search_path. A session that could create
-- a schema put a look-alike first (x.to_jsonb, an operator x.=(text, text)) and the append-only triggers
-- compared nothing: a message changed direction and case, an API token changed owner, a customer's words were
-- rewritten. Every function below now runs with a fixed search_path, pg_catalog first and pg_temp last (a
-- temporary table can no longer stand in for one of ours), and names what it calls with its schema. The app
-- role also loses CREATE on the database (lib/db/app-role.ts); this holds even for a role that can create.
-- tests/integration/regressions/trigger-search-path.test.ts checks that no function of ours lacks the setting.

CREATE OR REPLACE FUNCTION public.forbid_delete() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  RAISE EXCEPTION 'rows of "%" are never deleted (append-only record)', TG_TABLE_NAME
    USING HINT = 'Record a status change or an event instead.';
END $$;

CREATE OR REPLACE FUNCTION public.forbid_update() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  RAISE EXCEPTION 'rows of "%" are never changed (append-only record)', TG_TABLE_NAME;
END $$;

CREATE OR REPLACE FUNCTION public.forbid_column_change() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE col text;
BEGIN
  FOREACH col IN ARRAY TG_ARGV LOOP
    IF (pg_catalog.to_jsonb(OLD) OPERATOR(pg_catalog.->) col)
       IS DISTINCT FROM (pg_catalog.to_jsonb(NEW) OPERATOR(pg_catalog.->) col) THEN
      RAISE EXCEPTION 'column "%" of "%" is never changed (append-only record)', col, TG_TABLE_NAME;
    END IF;
  END LOOP;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION public.forbid_unrevoke() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  IF OLD."revokedAt" IS NOT NULL AND NEW."revokedAt" IS DISTINCT FROM OLD."revokedAt" THEN
    RAISE EXCEPTION 'a revoked API token stays revoked; create a new one';
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION public.forbid_inbound_body_change() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  IF NEW.body IS DISTINCT FROM OLD.body
     AND (OLD.direction = 'INBOUND' OR OLD.kind = 'NOTE' OR OLD."deliveryStatus" IN ('SENDING', 'SENT')) THEN
    RAISE EXCEPTION 'the body of this message is never rewritten (inbound, note or sent reply); record an event or a new message instead';
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION public.raw_deliveries_keep_payload() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  IF NEW.id IS DISTINCT FROM OLD.id OR NEW.kind IS DISTINCT FROM OLD.kind
     OR NEW."channelIds" IS DISTINCT FROM OLD."channelIds" OR NEW.body IS DISTINCT FROM OLD.body
     OR NEW."receivedAt" IS DISTINCT FROM OLD."receivedAt" THEN
    RAISE EXCEPTION 'a raw delivery is kept as it arrived (append-only record)';
  END IF;
  RETURN NEW;
END $$;

-- Case numbers: pg_catalog now comes first in the path, so the sequence's schema is written out (an
-- unqualified CREATE would target pg_catalog).
CREATE OR REPLACE FUNCTION public.case_number_sequence(ws text) RETURNS text LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, public, pg_temp AS $$
  SELECT 'case_numbers_' || pg_catalog.replace(ws, '-', '_')
$$;

CREATE OR REPLACE FUNCTION public.workspaces_create_case_sequence() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  EXECUTE pg_catalog.format('CREATE SEQUENCE IF NOT EXISTS public.%I AS integer START WITH %s',
                            public.case_number_sequence(NEW.id), NEW."caseCounter" + 1);
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION public.next_case_number(ws text) RETURNS integer LANGUAGE sql SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp AS $$
  SELECT pg_catalog.nextval(pg_catalog.format('public.%I', public.case_number_sequence(ws))::regclass)::integer
$$;

CREATE OR REPLACE FUNCTION public.audit_events_notify() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  PERFORM pg_catalog.pg_notify('inbox_events', pg_catalog.json_build_object(
    'id', NEW.id, 'action', NEW.action, 'workspaceId', NEW."workspaceId", 'caseId', NEW."caseId",
    'entityType', NEW."entityType", 'entityId', NEW."entityId", 'actorUserId', NEW."actorUserId")::text);
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION public.notifications_notify() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  PERFORM pg_catalog.pg_notify('inbox_events', pg_catalog.json_build_object(
    'id', NEW.id, 'action', 'NOTIFICATION_CREATED', 'workspaceId', NEW."workspaceId", 'caseId', NULL,
    'entityType', 'notification', 'entityId', NEW.id, 'actorUserId', NULL, 'recipientId', NEW."userId")::text);
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION public.cases_sla_due() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  IF NEW.status IN ('NEW', 'OPEN', 'WAITING_ON_CUSTOMER', 'ESCALATED') THEN
    NEW."slaDueAt" := LEAST(
      CASE WHEN NEW."firstRespondedAt" IS NULL THEN NEW."firstResponseDueAt" END,
      CASE WHEN NEW.status <> 'WAITING_ON_CUSTOMER' THEN NEW."nextResponseDueAt" END,
      CASE WHEN NEW.status <> 'WAITING_ON_CUSTOMER' THEN NEW."resolutionDueAt" END);
  ELSE
    NEW."slaDueAt" := NULL;
  END IF;
  RETURN NEW;
END $$;

-- Search: the same texts as before, with every dictionary, configuration and function named with its schema.
CREATE OR REPLACE FUNCTION public.inbox_tsvector(t text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, public, pg_temp AS $$
  SELECT public.unaccent('public.unaccent'::regdictionary,
                         pg_catalog.to_tsvector('pg_catalog.french'::regconfig, coalesce(t, ''))::text)::tsvector
      || pg_catalog.to_tsvector('public.inbox_fr'::regconfig, coalesce(t, ''))
      || pg_catalog.to_tsvector('public.inbox_en'::regconfig, coalesce(t, ''))
$$;

CREATE OR REPLACE FUNCTION public.inbox_tsquery(q text) RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, public, pg_temp AS $$
  SELECT CASE WHEN b = a AND c = a THEN a WHEN b = a OR c = b THEN a || c WHEN c = a THEN a || b ELSE a || b || c END
    FROM (SELECT public.unaccent('public.unaccent'::regdictionary,
                                 pg_catalog.websearch_to_tsquery('pg_catalog.french'::regconfig, q)::text)::tsquery AS a,
                 pg_catalog.websearch_to_tsquery('public.inbox_fr'::regconfig, q) AS b,
                 pg_catalog.websearch_to_tsquery('public.inbox_en'::regconfig, q) AS c) v
$$;

CREATE OR REPLACE FUNCTION public.cases_search_init() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  NEW.search := public.inbox_tsvector(
    (SELECT "displayName" FROM public.contacts WHERE id = NEW."contactId") || ' ' || coalesce(NEW.preview, ''))
    || coalesce(NEW.search, ''::tsvector);
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION public.cases_search_add_messages() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  IF pg_catalog.current_setting('inbox.search_by_ingest', true) = 'on' THEN
    PERFORM pg_catalog.set_config('inbox.search_by_ingest', 'off', true);
    RETURN NULL;
  END IF;
  UPDATE public.cases c SET search = coalesce(c.search, ''::tsvector) || n.v
    FROM (SELECT "caseId", public.inbox_tsvector(pg_catalog.string_agg(body, ' ' ORDER BY "platformCreatedAt", id)) AS v
            FROM new_messages GROUP BY "caseId") n
   WHERE c.id = n."caseId";
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION public.cases_search_add_edit() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  IF NEW."newText" IS NOT NULL THEN
    UPDATE public.cases SET search = coalesce(search, ''::tsvector) || public.inbox_tsvector(NEW."newText")
     WHERE id = (SELECT "caseId" FROM public.messages WHERE id = NEW."messageId");
  END IF;
  RETURN NULL;
END $$;
