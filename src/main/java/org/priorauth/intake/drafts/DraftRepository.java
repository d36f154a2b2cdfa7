package org.priorauth.intake.drafts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class DraftRepository {

    private final JdbcClient db;
    private final JsonMapper json;

    DraftRepository(JdbcClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    long create(long caseId, long documentId, DraftText text) {
        return db.sql(
                        """
                        insert into draft (case_id, document_id, kind, body, sources, missing, status)
                        values (?, ?, ?, ?, ?::jsonb, ?::jsonb, 'DRAFT') returning id""")
                .params(
                        caseId,
                        documentId,
                        text.kind().name(),
                        text.body(),
                        json.writeValueAsString(text.sources()),
                        json.writeValueAsString(text.missing()))
                .query(Long.class)
                .single();
    }

    Optional<Draft> find(long id) {
        return db.sql("select * from draft where id = ?")
                .param(id)
                .query(this::row)
                .optional();
    }

    List<Draft> ofCase(long caseId) {
        return db.sql("select * from draft where case_id = ? order by id")
                .param(caseId)
                .query(this::row)
                .list();
    }

    boolean decide(long id, DraftStatus status, String by) {
        return db.sql(
                                "update draft set status = ?, decided_by = ?, decided_at = now() where id = ? and status = 'DRAFT'")
                        .params(status.name(), by, id)
                        .update()
                == 1;
    }

    boolean edit(long id, String body) {
        return db.sql("update draft set body = ? where id = ? and status = 'DRAFT'")
                        .params(body, id)
                        .update()
                == 1;
    }

    void queueForPatient(Draft draft, String by) {
        db.sql("insert into patient_outbox (draft_id, case_id, body, queued_by) values (?, ?, ?, ?)")
                .params(draft.id(), draft.caseId(), draft.body(), by)
                .update();
    }

    List<OutboxMessage> outbox() {
        return db.sql("select * from patient_outbox order by queued_at, id")
                .query((rs, n) -> new OutboxMessage(
                        rs.getLong("id"),
                        rs.getLong("draft_id"),
                        rs.getLong("case_id"),
                        rs.getString("body"),
                        rs.getTimestamp("queued_at").toInstant(),
                        rs.getString("queued_by")))
                .list();
    }

    /** Pages of the case's other documents of the given type, by document id: where items may already be on file. */
    List<java.util.Map.Entry<Long, String>> pagesOfCase(long caseId, long exceptDocument, String documentType) {
        return db.sql(
                        """
                        select d.id, p.text from document d join document_page p on p.document_id = d.id
                        where d.case_id = ? and d.id <> ? and d.document_type = ? order by d.id, p.page_no""")
                .params(caseId, exceptDocument, documentType)
                .query((rs, n) -> java.util.Map.entry(rs.getLong("id"), rs.getString("text")))
                .list();
    }

    private Draft row(ResultSet rs, int n) throws SQLException {
        return new Draft(
                rs.getLong("id"),
                rs.getLong("case_id"),
                (Long) rs.getObject("document_id"),
                DraftKind.valueOf(rs.getString("kind")),
                rs.getString("body"),
                json.readValue(rs.getString("sources"), new TypeReference<List<DraftSource>>() {}),
                json.readValue(rs.getString("missing"), new TypeReference<List<String>>() {}),
                DraftStatus.valueOf(rs.getString("status")),
                rs.getString("decided_by"),
                rs.getTimestamp("decided_at") == null
                        ? null
                        : rs.getTimestamp("decided_at").toInstant());
    }
}
