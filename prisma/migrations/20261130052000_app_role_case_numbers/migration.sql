-- The app connects as a role that owns nothing and may not create objects in the schema (SECURITY.md). The
-- per-workspace case-number sequences are created by a trigger when a workspace is inserted, and read by
-- next_case_number(): both run as their owner (the schema owner), with a fixed search_path, so the app role
-- needs no CREATE privilege and no grant on each new sequence.
ALTER FUNCTION workspaces_create_case_sequence() SECURITY DEFINER SET search_path = public, pg_temp;
ALTER FUNCTION next_case_number(text) SECURITY DEFINER SET search_path = public, pg_temp;
