-- Issue #24: a number written inside a word ("TX482", "colis 6A12345678901", "CMD2026") was indexed whole, so
-- searching "482" or "12345678901" found nothing (the parser splits "ML-52004" at the hyphen, not "TX482").
-- The index now also holds the letter and digit runs of every token that mixes both, as plain lexemes
-- ('simple': no stemming, no stop words). Only mixed tokens are split, so ordinary text adds nothing.
CREATE OR REPLACE FUNCTION public.inbox_mixed_token_runs(t text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, public, pg_temp AS $$
  SELECT pg_catalog.to_tsvector('pg_catalog.simple'::regconfig,
    pg_catalog.regexp_replace(pg_catalog.regexp_replace(
      pg_catalog.array_to_string(ARRAY(
        SELECT m[1] FROM pg_catalog.regexp_matches(coalesce(t, ''),
          '([[:alnum:]]*(?:[[:alpha:]][[:digit:]]|[[:digit:]][[:alpha:]])[[:alnum:]]*)', 'g') AS m), ' '),
      '([[:alpha:]])([[:digit:]])', '\1 \2', 'g'),
    '([[:digit:]])([[:alpha:]])', '\1 \2', 'g'))
$$;

CREATE OR REPLACE FUNCTION public.inbox_tsvector(t text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, public, pg_temp AS $$
  SELECT public.unaccent('public.unaccent'::regdictionary,
                         pg_catalog.to_tsvector('pg_catalog.french'::regconfig, coalesce(t, ''))::text)::tsvector
      || pg_catalog.to_tsvector('public.inbox_fr'::regconfig, coalesce(t, ''))
      || pg_catalog.to_tsvector('public.inbox_en'::regconfig, coalesce(t, ''))
      || public.inbox_mixed_token_runs(t)
$$;

-- Cases already indexed gain the runs of their messages and edits (the rest of their index is unchanged).
UPDATE public.cases c SET search = coalesce(c.search, ''::tsvector) || public.inbox_mixed_token_runs(x.t)
  FROM (SELECT m."caseId", pg_catalog.string_agg(concat_ws(' ', m.body, e.texts), ' ') AS t
          FROM public.messages m
          LEFT JOIN LATERAL (SELECT pg_catalog.string_agg(me."newText", ' ') AS texts FROM public.message_events me
                              WHERE me."messageId" = m.id AND me."newText" IS NOT NULL) e ON true
         GROUP BY m."caseId") x
 WHERE c.id = x."caseId" AND x.t ~ '[[:alpha:]][[:digit:]]|[[:digit:]][[:alpha:]]';
