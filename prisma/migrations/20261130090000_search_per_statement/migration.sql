-- Case search kept current per INSERT statement instead of per message row: ingestion now inserts a whole
-- batch of messages in one statement, and one UPDATE of a case per message (each a new row version through
-- every index of cases, the GIN one included) was most of the cost of a burst. Same lexemes: the messages of
-- one case in one statement are added together, in platform-time order.
DROP TRIGGER cases_search_add_message ON messages;

CREATE FUNCTION cases_search_add_messages() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE cases c SET search = coalesce(c.search, ''::tsvector) || n.v
    FROM (SELECT "caseId", inbox_tsvector(string_agg(body, ' ' ORDER BY "platformCreatedAt", id)) AS v
            FROM new_messages GROUP BY "caseId") n
   WHERE c.id = n."caseId";
  RETURN NULL;
END $$;
CREATE TRIGGER cases_search_add_messages AFTER INSERT ON messages REFERENCING NEW TABLE AS new_messages
  FOR EACH STATEMENT EXECUTE FUNCTION cases_search_add_messages();
DROP FUNCTION cases_search_add_message();
