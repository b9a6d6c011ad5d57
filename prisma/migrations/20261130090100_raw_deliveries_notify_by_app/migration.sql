-- The delivery log no longer NOTIFYs from a trigger. A transaction that NOTIFYs takes a database-wide lock
-- while it commits, so every webhook INSERT waited for the previous one's disk flush: measured on this
-- machine, 514 one-row INSERTs/s with the trigger against 4,725/s without. The app now sends one
-- pg_notify('raw_deliveries') after the INSERTs of a short window instead (lib/webhooks/append-delivery.ts),
-- off the acknowledgement path; workers also poll the log when idle, so a lost notification only delays.
DROP TRIGGER raw_deliveries_notify ON raw_deliveries;
DROP FUNCTION raw_deliveries_notify();
