package org.priorauth.intake.audit;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit events in the caller's transaction, so an event exists exactly when what it describes does.
 * The table refuses updates and deletes (a trigger), whoever asks.
 */
@Component
public class AuditTrail {

    public static final String SYSTEM = "system";

    private final JdbcClient db;
    private final JsonMapper json;

    public AuditTrail(JdbcClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    public void record(String actor, String action, Long documentId, Long caseId, Map<String, ?> detail) {
        db.sql("insert into audit_event (actor, action, document_id, case_id, detail) values (?, ?, ?, ?, ?::jsonb)")
                .params(actor, action, documentId, caseId, json.writeValueAsString(detail))
                .update();
    }
}
