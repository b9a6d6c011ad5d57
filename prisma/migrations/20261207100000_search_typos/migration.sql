-- Issue #24: typo tolerance. When a search finds nothing, lib/search/correct-typos.ts looks for words of the
-- workspace's recent messages that look like the mistyped one (trigram similarity). PGlite bundles the
-- extension (lib/db/pglite.ts loads it); on PostgreSQL it is a trusted extension, created by the owner.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
