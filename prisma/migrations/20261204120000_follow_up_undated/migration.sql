-- A vague promise ("dans les plus brefs délais", "we'll get back to you") makes a follow-up without a due time
-- (issue #18 §5): the owner sees it among their promises, it is never notified as overdue.
ALTER TABLE "follow_ups" ALTER COLUMN "dueAt" DROP NOT NULL;
