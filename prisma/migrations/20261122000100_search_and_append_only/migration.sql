-- AlterTable
ALTER TABLE "cases" ADD COLUMN     "search" tsvector;

-- CreateIndex
CREATE INDEX "cases_search_idx" ON "cases" USING GIN ("search");

-- ---------------------------------------------------------------------------------------------------------
-- Hand-written below: what Prisma's schema language cannot express.

-- Search: French and English stemming, accent-insensitive ("livré", "Livraisons", "livraison").
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION inbox_fr (COPY = french);
ALTER TEXT SEARCH CONFIGURATION inbox_fr
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION inbox_en (COPY = english);
ALTER TEXT SEARCH CONFIGURATION inbox_en
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

-- French stems are taken twice: from the accented text (livrée → livr) with the accents then removed, and from
-- the unaccented text (livree → livre), so that a query typed with or without accents meets one of them.
CREATE FUNCTION inbox_tsvector(t text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT unaccent('unaccent'::regdictionary, to_tsvector('french'::regconfig, coalesce(t, ''))::text)::tsvector
      || to_tsvector('inbox_fr'::regconfig, coalesce(t, ''))
      || to_tsvector('inbox_en'::regconfig, coalesce(t, ''))
$$;

-- A match in any variant counts; websearch syntax ("quoted phrase", -exclude, or).
CREATE FUNCTION inbox_tsquery(q text) RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT unaccent('unaccent'::regdictionary, websearch_to_tsquery('french'::regconfig, q)::text)::tsquery
      || websearch_to_tsquery('inbox_fr'::regconfig, q)
      || websearch_to_tsquery('inbox_en'::regconfig, q)
$$;

CREATE FUNCTION cases_search_init() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search := inbox_tsvector(
    (SELECT "displayName" FROM contacts WHERE id = NEW."contactId") || ' ' || coalesce(NEW.preview, ''));
  RETURN NEW;
END $$;
CREATE TRIGGER cases_search_init BEFORE INSERT ON cases FOR EACH ROW EXECUTE FUNCTION cases_search_init();

CREATE FUNCTION cases_search_add_message() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE cases SET search = coalesce(search, ''::tsvector) || inbox_tsvector(NEW.body) WHERE id = NEW."caseId";
  RETURN NULL;
END $$;
CREATE TRIGGER cases_search_add_message AFTER INSERT ON messages FOR EACH ROW
  EXECUTE FUNCTION cases_search_add_message();

CREATE FUNCTION cases_search_add_edit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."newText" IS NOT NULL THEN
    UPDATE cases SET search = coalesce(search, ''::tsvector) || inbox_tsvector(NEW."newText")
     WHERE id = (SELECT "caseId" FROM messages WHERE id = NEW."messageId");
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER cases_search_add_edit AFTER INSERT ON message_events FOR EACH ROW
  EXECUTE FUNCTION cases_search_add_edit();

-- Nothing is deleted (R1): the database refuses DELETE and TRUNCATE on the record, whatever the caller.
-- Plain RAISE (SQLSTATE P0001): a class-23 code would be reported by Prisma's pg adapter as a foreign-key
-- error, hiding this message.
CREATE FUNCTION forbid_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'rows of "%" are never deleted (append-only record)', TG_TABLE_NAME
    USING HINT = 'Record a status change or an event instead.';
END $$;

-- Append-only tables: their rows are never changed either.
CREATE FUNCTION forbid_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'rows of "%" are never changed (append-only record)', TG_TABLE_NAME;
END $$;

-- What the customer wrote stays as they wrote it: platform edits are message_events beside it.
CREATE FUNCTION forbid_inbound_body_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.direction = 'INBOUND' AND (NEW.body IS DISTINCT FROM OLD.body) THEN
    RAISE EXCEPTION 'the body of an inbound message is never rewritten; record an EDITED event instead';
  END IF;
  RETURN NEW;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['cases', 'messages', 'message_events', 'audit_events', 'delivery_attempts',
                           'escalations', 'contacts', 'contact_identities', 'threads', 'channels',
                           'incidents', 'canned_replies', 'bans']
  LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE DELETE ON %I FOR EACH ROW EXECUTE FUNCTION forbid_delete()',
                   t || '_no_delete', t);
    EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION forbid_delete()',
                   t || '_no_truncate', t);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['audit_events', 'message_events', 'delivery_attempts']
  LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION forbid_update()',
                   t || '_no_update', t);
  END LOOP;
END $$;

CREATE TRIGGER messages_inbound_body_immutable BEFORE UPDATE ON messages FOR EACH ROW
  EXECUTE FUNCTION forbid_inbound_body_change();
