-- Live updates: every audit event (and every change writes one) is announced on channel "inbox_events" when
-- its transaction commits, so all app instances can push it to their browsers (server-sent events).
CREATE FUNCTION audit_events_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('inbox_events', json_build_object(
    'id', NEW.id, 'action', NEW.action, 'workspaceId', NEW."workspaceId", 'caseId', NEW."caseId",
    'entityType', NEW."entityType", 'entityId', NEW."entityId", 'actorUserId', NEW."actorUserId")::text);
  RETURN NULL;
END $$;

CREATE TRIGGER audit_events_notify AFTER INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_notify();
