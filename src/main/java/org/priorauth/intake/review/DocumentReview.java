package org.priorauth.intake.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.priorauth.intake.audit.AuditTrail;
import org.priorauth.intake.cases.CaseRepository;
import org.priorauth.intake.cases.CaseService;
import org.priorauth.intake.cases.Patient;
import org.priorauth.intake.cases.PriorAuthCase;
import org.priorauth.intake.classification.DocumentType;
import org.priorauth.intake.fields.FieldEvidence;
import org.priorauth.intake.fields.FieldReader;
import org.priorauth.intake.fields.Fields;
import org.priorauth.intake.intake.DocumentRecorded;
import org.priorauth.intake.intake.DocumentRepository;
import org.priorauth.intake.intake.DocumentState;
import org.priorauth.intake.intake.ReceivedDocument;
import org.priorauth.intake.reading.ExtractedText;
import org.priorauth.intake.tasks.TaskRepository;
import org.priorauth.intake.tasks.TaskService;
import org.priorauth.intake.tuning.TypeCorrections;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where a review ends: a person sets a document's type, fields and case, and from there on the document goes
 * exactly the way a sure one goes by itself. {@link DocumentRecorded} is published as the pipeline publishes
 * it, so the case moves, the routed task is raised and the drafts are written by the same code; the review
 * task is done; the decision is audited, and corrections are kept for rule proposals.
 */
@Service
public class DocumentReview {

    /** The document is not waiting for a person (being read, failed, or already decided with its case). */
    public static class NotReviewable extends RuntimeException {
        NotReviewable(String message) {
            super(message);
        }
    }

    /** What a person asks for; a case a new case cannot be opened from what is known. */
    public static class CannotDecide extends RuntimeException {
        public CannotDecide(String message) {
            super(message);
        }
    }

    /**
     * A person's decision. {@code type} null keeps the type read; {@code caseId} attaches to that case;
     * {@code newCase} opens a case from the document's fields instead; neither keeps the case it has, if any.
     */
    public record Decision(DocumentType type, Long caseId, boolean newCase, String note) {
        public static Decision confirm(Long caseId) {
            return new Decision(null, caseId, false, null);
        }
    }

    private final DocumentRepository documents;
    private final CaseRepository cases;
    private final CaseService caseService;
    private final TypeCorrections typeCorrections;
    private final TaskService taskService;
    private final TaskRepository tasks;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient db;
    private final JsonMapper json;
    private final Clock clock;
    private final FieldReader reader;

    public DocumentReview(
            DocumentRepository documents,
            CaseRepository cases,
            CaseService caseService,
            TypeCorrections typeCorrections,
            TaskService taskService,
            TaskRepository tasks,
            AuditTrail audit,
            ApplicationEventPublisher events,
            JdbcClient db,
            JsonMapper json,
            Clock clock,
            FieldReader reader) {
        this.reader = reader;
        this.documents = documents;
        this.cases = cases;
        this.caseService = caseService;
        this.typeCorrections = typeCorrections;
        this.taskService = taskService;
        this.tasks = tasks;
        this.audit = audit;
        this.events = events;
        this.db = db;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Whether a person may decide the document now: it waits in review, or the system asked about it (a review
     * task is open), or it was read but belongs to no case yet. A document with its case, decided, is left as is:
     * deciding it again would move its case a second time.
     */
    public boolean reviewable(ReceivedDocument document) {
        return switch (document.state()) {
            case NEEDS_REVIEW -> true;
            case PROCESSED ->
                document.caseId() == null || !tasks.openReviewsOf(document.id()).isEmpty();
            default -> false;
        };
    }

    /** The person's decision, then the follow-up an automatic decision would have had. */
    @Transactional
    public ReceivedDocument decide(long documentId, Decision decision, String actor) {
        ReceivedDocument document = documents.findForUpdate(documentId).orElseThrow();
        if (!reviewable(document)) {
            throw new NotReviewable("document " + documentId + " is " + document.state()
                    + (document.caseId() == null ? "" : " with case " + document.caseId())
                    + ": there is nothing to decide"
                    + (document.state() == DocumentState.FAILED ? " until it is read again (retry it)" : ""));
        }
        DocumentType before = document.documentType() == null ? null : DocumentType.valueOf(document.documentType());
        DocumentType type = decision.type() != null ? decision.type() : before;
        if (type == null) throw new CannotDecide("the document has no type yet: choose one");
        if (type != before) typeCorrections.remember(documentId, before, type, actor, decision.note());

        ExtractedText text = documents.textOf(documentId);
        Fields stored = fieldsOf(document);
        // another type keeps other fields: those the record dropped for the type read are read again from its text
        if (type != before) stored = stored.withTypeSpecificFrom(reader.read(text));
        Fields fields = stored.keepTypeSpecific(
                type == DocumentType.MORE_INFO_REQUEST, type == DocumentType.DENIAL, type == DocumentType.APPROVAL);
        Long caseId = decision.newCase() ? openCaseFrom(fields, documentId, actor) : decision.caseId();
        if (caseId == null) caseId = document.caseId();
        if (caseId != null)
            cases.find(caseId).orElseThrow(() -> new CannotDecide("there is no case " + decision.caseId()));

        ObjectNode evidence = document.evidence() instanceof ObjectNode o ? o.deepCopy() : json.createObjectNode();
        evidence.set("fields", json.valueToTree(fields.evidence()));
        ObjectNode decided = evidence.putObject("decision");
        decided.put("by", actor);
        decided.put("type", type.name());
        if (caseId != null) decided.put("caseId", caseId);
        if (decision.note() != null && !decision.note().isBlank()) decided.put("note", decision.note());
        documents.decide(documentId, type.name(), caseId, fields, evidence);
        taskService.closeReviewsOf(documentId, actor);

        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("type", type.name());
        detail.put("typeWas", String.valueOf(before));
        detail.put("caseId", String.valueOf(caseId));
        detail.put("caseWas", String.valueOf(document.caseId()));
        detail.put("newCase", decision.newCase());
        audit.record(actor, "document.reviewed", documentId, caseId, detail);

        LocalDate today = LocalDate.now(clock);
        events.publishEvent(new DocumentRecorded(
                documentId, DocumentState.PROCESSED, type, caseId, fields, null, text.fullText(), today));
        return documents.find(documentId).orElseThrow();
    }

    /**
     * A person sets fields of a document (blank clears one). The document's outcome does not change: a field
     * is corrected before a decision (to open a case from it) or after one (to keep the record true).
     */
    @Transactional
    public ReceivedDocument correctFields(long documentId, Map<String, String> values, String actor) {
        ReceivedDocument document = documents.findForUpdate(documentId).orElseThrow();
        Fields fields = fieldsOf(document);
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String was = fields.text(e.getKey());
            Fields after;
            try {
                after = fields.with(e.getKey(), e.getValue());
            } catch (IllegalArgumentException wrong) {
                throw new CannotDecide(wrong.getMessage());
            }
            String now = after.text(e.getKey());
            if (Objects.equals(was, now)) continue;
            db.sql(
                            "insert into field_correction (document_id, field, from_value, to_value, corrected_by) values (?, ?, ?, ?, ?)")
                    .params(documentId, e.getKey(), was, now, actor)
                    .update();
            changed.add(e.getKey());
            fields = after;
        }
        if (!changed.isEmpty()) {
            documents.replaceFields(documentId, fields, fields.evidence());
            // which fields, not their values: the values are patient data, kept in the document and its corrections
            audit.record(actor, "document.fields-corrected", documentId, document.caseId(), Map.of("fields", changed));
        }
        return documents.find(documentId).orElseThrow();
    }

    private Long openCaseFrom(Fields fields, long documentId, String actor) {
        List<String> missing = new ArrayList<>();
        if (fields.patientName() == null) missing.add("patient name");
        if (fields.payer() == null) missing.add("payer");
        if (fields.drug() == null) missing.add("drug");
        if (!missing.isEmpty()) {
            throw new CannotDecide("a case needs " + String.join(", ", missing)
                    + ": the document does not give it, so set it in its fields first");
        }
        PriorAuthCase opened = caseService.open(
                actor,
                new Patient(fields.patientName(), fields.dateOfBirth(), fields.memberId()),
                fields.payer(),
                fields.drug(),
                fields.paReference(),
                null);
        audit.record(actor, "case.opened-from-document", documentId, opened.id(), Map.of());
        return opened.id();
    }

    /** A document's fields as recorded (or corrected), each with the lines it was read from. */
    public Fields fieldsOf(ReceivedDocument document) {
        JsonNode node = document.fields();
        Fields fields = node == null || node.isNull() || node.isMissingNode()
                ? Fields.none()
                : json.treeToValue(node, Fields.class);
        // where each value was read is kept beside the fields, in the evidence
        JsonNode read = document.evidence() == null ? null : document.evidence().path("fields");
        if (read == null || !read.isArray()) return fields;
        return fields.withEvidence(List.of(json.treeToValue(read, FieldEvidence[].class)));
    }
}
