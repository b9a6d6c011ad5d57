-- Issue #20 item 3: a sent reply could be rewritten below the API. The body trigger judged the status the row
-- had at that moment, so one transaction stepped back (SENT → FAILED), changed the words and stepped forward
-- again; the platform time and the delivery time moved freely. The delivery of a message now only moves
-- forward, as lib/outbound does it:
--   QUEUED  → SENDING (a worker claims it), or SENT / FAILED (a worker whose lease ran out records the outcome
--             after the sweeper handed the reply back to the queue)
--   SENDING → QUEUED (a retryable failure, or the sweeper taking back a lost worker's claim), SENT, FAILED
--   SENT, FAILED and RECEIVED (customers' messages, notes) are final: nothing retries a failed reply.
-- What a reply said is fixed once it left for the platform (SENDING, SENT, FAILED); when and how it was
-- delivered is fixed once final, except a platform id found later (the echo of our own reply) on a row
-- that had none. Every message keeps its platform time.

CREATE OR REPLACE FUNCTION public.forbid_inbound_body_change() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  IF NEW.body IS DISTINCT FROM OLD.body
     AND (OLD.direction = 'INBOUND' OR OLD.kind = 'NOTE' OR OLD."deliveryStatus" IN ('SENDING', 'SENT', 'FAILED')) THEN
    RAISE EXCEPTION 'the body of this message is never rewritten (inbound, note or reply that left for the platform); record an event or a new message instead';
  END IF;
  RETURN NEW;
END $$;

CREATE FUNCTION public.forbid_delivery_rewrite() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  IF NEW."deliveryStatus" IS DISTINCT FROM OLD."deliveryStatus" AND NOT (
       (OLD."deliveryStatus" = 'QUEUED' AND NEW."deliveryStatus" IN ('SENDING', 'SENT', 'FAILED'))
    OR (OLD."deliveryStatus" = 'SENDING' AND NEW."deliveryStatus" IN ('QUEUED', 'SENT', 'FAILED'))) THEN
    RAISE EXCEPTION 'the delivery status of a message only moves forward (% to % refused; append-only record)',
      OLD."deliveryStatus", NEW."deliveryStatus";
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

CREATE TRIGGER messages_delivery_forward BEFORE UPDATE ON messages FOR EACH ROW
  EXECUTE FUNCTION public.forbid_delivery_rewrite();

DROP TRIGGER messages_fixed_columns ON messages;
CREATE TRIGGER messages_fixed_columns BEFORE UPDATE ON messages FOR EACH ROW EXECUTE FUNCTION
  public.forbid_column_change('workspaceId', 'caseId', 'channelId', 'threadId', 'direction', 'visibility', 'kind',
                              'authorIdentityId', 'authorUserId', 'createdAt', 'platformCreatedAt');
