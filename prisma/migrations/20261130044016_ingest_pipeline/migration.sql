-- CreateEnum
CREATE TYPE "RawDeliveryStatus" AS ENUM ('PENDING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "raw_deliveries" (
    "id" BIGSERIAL NOT NULL,
    "kind" "ChannelKind" NOT NULL,
    "channelIds" TEXT[],
    "body" BYTEA NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" "RawDeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "processedAt" TIMESTAMP(3),

    CONSTRAINT "raw_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "parked_events" (
    "id" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "event" JSONB NOT NULL,
    "platformTime" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "appliedAt" TIMESTAMP(3),

    CONSTRAINT "parked_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "raw_deliveries_status_nextAttemptAt_id_idx" ON "raw_deliveries"("status", "nextAttemptAt", "id");

-- CreateIndex
CREATE INDEX "raw_deliveries_receivedAt_idx" ON "raw_deliveries"("receivedAt");

-- CreateIndex
CREATE INDEX "parked_events_channelId_externalId_idx" ON "parked_events"("channelId", "externalId");

-- ---------------------------------------------------------------------------------------------------------
-- Hand-written below: what Prisma's schema language cannot express.

-- The raw delivery log is evidence (R1): never deleted, and what arrived never changes. Only the processing
-- columns (status, attempts, nextAttemptAt, lastError, processedAt) may move.
CREATE FUNCTION raw_deliveries_keep_payload() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.id IS DISTINCT FROM OLD.id OR NEW.kind IS DISTINCT FROM OLD.kind
     OR NEW."channelIds" IS DISTINCT FROM OLD."channelIds" OR NEW.body IS DISTINCT FROM OLD.body
     OR NEW."receivedAt" IS DISTINCT FROM OLD."receivedAt" THEN
    RAISE EXCEPTION 'a raw delivery is kept as it arrived (append-only record)';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER raw_deliveries_keep_payload BEFORE UPDATE ON raw_deliveries FOR EACH ROW
  EXECUTE FUNCTION raw_deliveries_keep_payload();

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['raw_deliveries', 'parked_events']
  LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE DELETE ON %I FOR EACH ROW EXECUTE FUNCTION forbid_delete()',
                   t || '_no_delete', t);
    EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION forbid_delete()',
                   t || '_no_truncate', t);
  END LOOP;
END $$;

-- Wakes the ingestion loops of every process (app instances, `npm run worker`) when deliveries are appended.
-- Per statement, not per row, and without payload: NOTIFY folds identical notifications of one transaction.
CREATE FUNCTION raw_deliveries_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('raw_deliveries', '');
  RETURN NULL;
END $$;
CREATE TRIGGER raw_deliveries_notify AFTER INSERT ON raw_deliveries FOR EACH STATEMENT
  EXECUTE FUNCTION raw_deliveries_notify();

-- Case numbers come from one sequence per workspace: nextval takes no row lock and is not rolled back, so
-- concurrent ingestion batches never queue behind the workspace row (a rolled-back batch leaves a gap, as any
-- sequence does). workspaces."caseCounter" only seeds the sequence of a workspace created with a count.
CREATE FUNCTION case_number_sequence(ws text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT 'case_numbers_' || replace(ws, '-', '_')
$$;

CREATE FUNCTION workspaces_create_case_sequence() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE SEQUENCE IF NOT EXISTS %I AS integer START WITH %s',
                 case_number_sequence(NEW.id), NEW."caseCounter" + 1);
  RETURN NULL;
END $$;
CREATE TRIGGER workspaces_create_case_sequence AFTER INSERT ON workspaces FOR EACH ROW
  EXECUTE FUNCTION workspaces_create_case_sequence();

DO $$
DECLARE w record;
BEGIN
  FOR w IN SELECT ws.id, greatest(ws."caseCounter", coalesce(max(c.number), 0)) AS last
             FROM workspaces ws LEFT JOIN cases c ON c."workspaceId" = ws.id GROUP BY ws.id
  LOOP
    EXECUTE format('CREATE SEQUENCE IF NOT EXISTS %I AS integer START WITH %s', case_number_sequence(w.id), w.last + 1);
  END LOOP;
END $$;

CREATE FUNCTION next_case_number(ws text) RETURNS integer LANGUAGE sql AS $$
  SELECT nextval(case_number_sequence(ws)::regclass)::integer
$$;
