-- The workspace's own public contact details (support phones, e-mails, web and postal addresses) are a guards
-- setting (issue #19): a brand's own helpline in a public reply is never the customer's personal data.
ALTER TABLE "guard_settings" ADD COLUMN "publicContacts" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
