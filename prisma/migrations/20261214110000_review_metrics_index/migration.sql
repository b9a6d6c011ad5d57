-- The lead's review figures (lib/metrics/compute-review-metrics.ts) read only cases with stars: a partial index
-- that holds just those, covering what the figures read, so the dashboard's cost does not grow with the rest.
CREATE INDEX "cases_reviews_by_opening" ON "cases" ("workspaceId", "openedAt") INCLUDE (rating, "firstRespondedAt") WHERE rating IS NOT NULL;
