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

    /** One event as the trail keeps it. */
    public record AuditEvent(
            long id,
            java.time.Instant at,
            String actor,
            String action,
            Long documentId,
            Long caseId,
            tools.jackson.databind.JsonNode detail) {}

    /** The events about a case, a document, or (both null) the latest 500, oldest first. */
    public java.util.List<AuditEvent> events(Long caseId, Long documentId) {
        return db.sql(
                        """
                        select * from (select * from audit_event
                            where (cast(? as bigint) is null or case_id = ?) and (cast(? as bigint) is null or document_id = ?)
                            order by id desc limit 500) latest order by id""")
                .params(caseId, caseId, documentId, documentId)
                .query((rs, n) -> new AuditEvent(
                        rs.getLong("id"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        (Long) rs.getObject("document_id"),
                        (Long) rs.getObject("case_id"),
                        json.readTree(rs.getString("detail"))))
                .list();
    }

    public void record(String actor, String action, Long documentId, Long caseId, Map<String, ?> detail) {
        db.sql("insert into audit_event (actor, action, document_id, case_id, detail) values (?, ?, ?, ?, ?::jsonb)")
                .params(actor, action, documentId, caseId, json.writeValueAsString(detail))
                .update();
    }
}
