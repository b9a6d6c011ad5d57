-- Suggested replies (issue #24 §4, p95 <= 100 ms at 200,000 cases): the team's replies are read newest first,
-- in the case's language. The language lived only on the case, so the walk looked up each reply's case to keep
-- the ones in the right language: for the rarer language, thousands of lookups for 400 candidates (p95 220 ms).
-- A reply now carries the language of its case when it is written, whoever writes it (the composer, an
-- incident answer, a test seeder), and a partial index holds exactly the replies suggestions read, by language.

CREATE OR REPLACE FUNCTION public.reply_language_from_case() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  IF NEW.direction = 'OUTBOUND' AND NEW.language IS NULL THEN
    SELECT c.language INTO NEW.language FROM public.cases c WHERE c.id = NEW."caseId";
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER messages_reply_language BEFORE INSERT ON messages FOR EACH ROW
  EXECUTE FUNCTION public.reply_language_from_case();

-- Replies written before this migration: their case's language (the language column is not among the fixed ones).
UPDATE messages m SET language = c.language
  FROM cases c
 WHERE m."caseId" = c.id AND m.direction = 'OUTBOUND' AND m.language IS NULL AND c.language IS NOT NULL;

CREATE INDEX "messages_reply_suggestions_idx" ON messages ("workspaceId", language, "createdAt")
  WHERE direction = 'OUTBOUND' AND "authorUserId" IS NOT NULL AND kind <> 'NOTE' AND "deliveryStatus" = 'SENT';
