-- The audit trail refused UPDATE and DELETE but not TRUNCATE, which empties a table without touching a row.
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
