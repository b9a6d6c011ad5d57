-- Set-based ingestion writes the case search itself, in the statements that insert and update the cases
-- (lib/ingest/inbound-run-sql.ts): the per-statement trigger on messages then updated every new case a second
-- time (one more row version through every index of cases, the GIN one included), about a sixth of a batch.
-- Contract: an INSERT into messages that sets the transaction-local setting inbox.search_by_ingest to 'on'
-- (in a CTE of the statement itself) leaves the search to its author; the trigger turns the setting off
-- again, so it never outlives that one statement. Everything else (replies, notes, one-by-one ingestion)
-- is unchanged.
-- A case inserted with a search (its messages' text) keeps it after its contact's name and preview.
CREATE OR REPLACE FUNCTION cases_search_init() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search := inbox_tsvector(
    (SELECT "displayName" FROM contacts WHERE id = NEW."contactId") || ' ' || coalesce(NEW.preview, ''))
    || coalesce(NEW.search, ''::tsvector);
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION cases_search_add_messages() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('inbox.search_by_ingest', true) = 'on' THEN
    PERFORM set_config('inbox.search_by_ingest', 'off', true);
    RETURN NULL;
  END IF;
  UPDATE cases c SET search = coalesce(c.search, ''::tsvector) || n.v
    FROM (SELECT "caseId", inbox_tsvector(string_agg(body, ' ' ORDER BY "platformCreatedAt", id)) AS v
            FROM new_messages GROUP BY "caseId") n
   WHERE c.id = n."caseId";
  RETURN NULL;
END $$;
