package org.priorauth.intake.tuning;

import java.util.List;
import java.util.Map;
import org.priorauth.intake.audit.AuditTrail;
import org.priorauth.intake.classification.DocumentType;
import org.priorauth.intake.intake.DocumentRepository;
import org.priorauth.intake.intake.ReceivedDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff's corrections of document types: applied to the document, stored, audited, and learnt from. */
@Service
public class TypeCorrections {

    public record Correction(long documentId, String fromType, String toType, String correctedBy) {}

    private final JdbcClient db;
    private final DocumentRepository documents;
    private final AuditTrail audit;

    public TypeCorrections(JdbcClient db, DocumentRepository documents, AuditTrail audit) {
        this.db = db;
        this.documents = documents;
        this.audit = audit;
    }

    /** A correction made as part of a person's decision on the document: kept to learn from. */
    public void remember(long documentId, DocumentType from, DocumentType to, String actor, String note) {
        db.sql(
                        "insert into type_correction (document_id, from_type, to_type, corrected_by, note) values (?, ?, ?, ?, ?)")
                .params(documentId, from == null ? null : from.name(), to.name(), actor, note)
                .update();
        audit.record(
                actor,
                "document.type-corrected",
                documentId,
                null,
                Map.of("from", String.valueOf(from), "to", to.name()));
    }

    @Transactional
    public ReceivedDocument correct(long documentId, DocumentType type, String actor, String note) {
        ReceivedDocument document = documents.find(documentId).orElseThrow();
        db.sql(
                        "insert into type_correction (document_id, from_type, to_type, corrected_by, note) values (?, ?, ?, ?, ?)")
                .params(documentId, document.documentType(), type.name(), actor, note)
                .update();
        documents.correctType(documentId, type.name());
        audit.record(
                actor,
                "document.type-corrected",
                documentId,
                document.caseId(),
                Map.of("from", String.valueOf(document.documentType()), "to", type.name()));
        return documents.find(documentId).orElseThrow();
    }

    /** The latest correction of each corrected document. */
    public List<Correction> latest() {
        return db.sql(
                        """
                        select distinct on (document_id) document_id, from_type, to_type, corrected_by
                        from type_correction order by document_id, id desc""")
                .query((rs, n) -> new Correction(
                        rs.getLong("document_id"),
                        rs.getString("from_type"),
                        rs.getString("to_type"),
                        rs.getString("corrected_by")))
                .list();
    }
}
