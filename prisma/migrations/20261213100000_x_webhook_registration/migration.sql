-- Issue #23 item 3: how an X channel's webhook is registered (the v2 Webhooks API, its id, whether X found it
-- valid, whether the account is subscribed, when it was last checked), shown on the Channels page. Not a secret.
ALTER TABLE "channels" ADD COLUMN "webhookRegistration" JSONB;
ALTER TYPE "AuditAction" ADD VALUE 'CHANNEL_WEBHOOK_REGISTERED';
