-- DropIndex
DROP INDEX "cases_workspaceId_lastMessageAt_id_idx";

-- DropIndex
DROP INDEX "cases_workspaceId_status_lastMessageAt_id_idx";

-- CreateIndex
CREATE INDEX "cases_workspaceId_status_lastMessageAt_id_idx" ON "cases"("workspaceId", "status", "lastMessageAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "cases_workspaceId_lastMessageAt_id_idx" ON "cases"("workspaceId", "lastMessageAt" DESC, "id" DESC);

-- Hand-written: the three query variants (French stems unaccented, inbox_fr, inbox_en) often give the same
-- tsquery; OR-ing identical terms made the planner triple its estimate for rare words and scan the whole
-- inbox index (0.7 s for a word found nowhere, tests/bench/inbox-bench.ts scenario f). Keep each distinct
-- variant once, and keep finer statistics on the search column so estimates stay stable.
ALTER TABLE "cases" ALTER COLUMN "search" SET STATISTICS 1000;
CREATE OR REPLACE FUNCTION inbox_tsquery(q text) RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN b = a AND c = a THEN a WHEN b = a OR c = b THEN a || c WHEN c = a THEN a || b ELSE a || b || c END
    FROM (SELECT unaccent('unaccent'::regdictionary, websearch_to_tsquery('french'::regconfig, q)::text)::tsquery AS a,
                 websearch_to_tsquery('inbox_fr'::regconfig, q) AS b,
                 websearch_to_tsquery('inbox_en'::regconfig, q) AS c) v
$$;
