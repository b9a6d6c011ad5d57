-- Issue #20 item 3, the rest of it: "transitions only forward, never back to editable". A reply's words were
-- fixed while it was SENDING, SENT or FAILED, but SENDING → QUEUED (a retry, or the sweeper taking back a lost
-- worker's claim) made them editable again, and QUEUED → SENT is allowed for a worker whose lease ran out. So
-- one transaction could still do SENDING → QUEUED, change the body, → SENT: a reply that may already have
-- reached the platform (the first attempt's fate is unknown) recorded as saying something else.
-- Now the words are fixed from the first claim on (attemptCount > 0: lib/outbound/deliver-message.ts counts
-- the attempt in the same UPDATE that claims it), and the attempt count never goes down, so a claimed reply
-- cannot be made to look unclaimed. A reply still waiting for its first attempt may be corrected, as before.

CREATE OR REPLACE FUNCTION public.forbid_inbound_body_change() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  IF NEW.body IS DISTINCT FROM OLD.body
     AND (OLD.direction = 'INBOUND' OR OLD.kind = 'NOTE' OR OLD."deliveryStatus" IN ('SENDING', 'SENT', 'FAILED')
          OR OLD."attemptCount" > 0) THEN
    RAISE EXCEPTION 'the body of this message is never rewritten (inbound, note or reply that left for the platform); record an event or a new message instead';
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION public.forbid_delivery_rewrite() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  IF NEW."deliveryStatus" IS DISTINCT FROM OLD."deliveryStatus" AND NOT (
       (OLD."deliveryStatus" = 'QUEUED' AND NEW."deliveryStatus" IN ('SENDING', 'SENT', 'FAILED'))
    OR (OLD."deliveryStatus" = 'SENDING' AND NEW."deliveryStatus" IN ('QUEUED', 'SENT', 'FAILED'))) THEN
    RAISE EXCEPTION 'the delivery status of a message only moves forward (% to % refused; append-only record)',
      OLD."deliveryStatus", NEW."deliveryStatus";
  END IF;
  IF NEW."attemptCount" IS DISTINCT FROM OLD."attemptCount"
     AND (NEW."attemptCount" IS NULL OR NEW."attemptCount" < OLD."attemptCount") THEN
    RAISE EXCEPTION 'the attempt count of a message never goes down (% to % refused; append-only record)',
      OLD."attemptCount", NEW."attemptCount";
  END IF;
  IF OLD."deliveryStatus" IN ('SENT', 'FAILED') AND (
       NEW."deliveredAt" IS DISTINCT FROM OLD."deliveredAt"
    OR NEW."deliveryError" IS DISTINCT FROM OLD."deliveryError"
    OR NEW."attemptCount" IS DISTINCT FROM OLD."attemptCount"
    OR NEW."nextAttemptAt" IS DISTINCT FROM OLD."nextAttemptAt"
    OR (OLD."externalId" IS NOT NULL AND NEW."externalId" IS DISTINCT FROM OLD."externalId")) THEN
    RAISE EXCEPTION 'the delivery of a sent or failed reply is never changed (append-only record)';
  END IF;
  RETURN NEW;
END $$;
