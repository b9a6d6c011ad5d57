-- Issue #21 item 4: what a delivery only referenced (an Instagram mention: ids only) is read from the platform
-- before ingestion claims the delivery, outside any transaction, and kept with the delivery. It is evidence like
-- the body: set once (NULL to a value), never changed afterwards.
ALTER TABLE "raw_deliveries" ADD COLUMN "completions" JSONB;

CREATE OR REPLACE FUNCTION public.raw_deliveries_keep_payload() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  IF NEW.id IS DISTINCT FROM OLD.id OR NEW.kind IS DISTINCT FROM OLD.kind
     OR NEW."channelIds" IS DISTINCT FROM OLD."channelIds" OR NEW.body IS DISTINCT FROM OLD.body
     OR NEW."receivedAt" IS DISTINCT FROM OLD."receivedAt"
     OR (OLD.completions IS NOT NULL AND NEW.completions IS DISTINCT FROM OLD.completions) THEN
    RAISE EXCEPTION 'a raw delivery is kept as it arrived (append-only record)';
  END IF;
  RETURN NEW;
END $$;
