package org.priorauth.intake.requirements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The chart facts of each case (table {@code case_fact}). */
@Repository
public class CaseFacts {

    private final JdbcClient db;

    CaseFacts(JdbcClient db) {
        this.db = db;
    }

    /** A fact that cannot be taken as given: the reason says what to add. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /**
     * Keeps a fact with its source: a document on file (and its page), or a description of the record it was
     * taken from; refused without a value or a source, or citing a document that is not on file.
     */
    public long add(
            long caseId,
            FactKind kind,
            String value,
            LocalDate observedOn,
            String outcome,
            Long documentId,
            Integer page,
            String source,
            String recordedBy) {
        if (value == null || value.isBlank()) throw new Refused("the fact has no value");
        boolean described = source != null && !source.isBlank();
        if (documentId == null && !described)
            throw new Refused("a fact needs its source: a document on file, or the record it comes from");
        if (documentId != null
                && db.sql("select count(*) from document where id = ?")
                                .param(documentId)
                                .query(Long.class)
                                .single()
                        == 0) throw new Refused("no document " + documentId + " on file");
        return db.sql(
                        """
                        insert into case_fact (case_id, kind, value, observed_on, outcome, document_id, page, source, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        caseId,
                        kind.name(),
                        value.strip(),
                        observedOn,
                        outcome == null || outcome.isBlank() ? null : outcome.strip(),
                        documentId,
                        page,
                        described ? source.strip() : null,
                        recordedBy)
                .query(Long.class)
                .single();
    }

    public List<CaseFact> ofCase(long caseId) {
        return db.sql("select * from case_fact where case_id = ? order by recorded_at, id")
                .param(caseId)
                .query(CaseFacts::row)
                .list();
    }

    private static CaseFact row(ResultSet rs, int n) throws SQLException {
        java.sql.Date observed = rs.getDate("observed_on");
        return new CaseFact(
                rs.getLong("id"),
                rs.getLong("case_id"),
                FactKind.valueOf(rs.getString("kind")),
                rs.getString("value"),
                observed == null ? null : observed.toLocalDate(),
                rs.getString("outcome"),
                (Long) rs.getObject("document_id"),
                (Integer) rs.getObject("page"),
                rs.getString("source"),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
