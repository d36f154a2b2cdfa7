package org.priorauth.intake.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.priorauth.intake.audit.AuditTrail;
import org.priorauth.intake.classification.Classification;
import org.priorauth.intake.classification.Classifier;
import org.priorauth.intake.classification.DocumentType;
import org.priorauth.intake.fields.Fields;
import org.priorauth.intake.matching.MatchOutcome;
import org.priorauth.intake.reading.ExtractedText;
import org.priorauth.intake.reading.PageText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes what a document decided: its record, pages, fields and evidence, the case link and the audit events,
 * then publishes {@link DocumentRecorded} for the features that act on it (the case's status and task in
 * {@code tasks}, the drafts in {@code drafts}). They run in the same transaction: either all of it is there
 * or none of it, and the source is let go only after the commit.
 */
@Component
public class OutcomeRecorder {

    private static final Logger log = LoggerFactory.getLogger(OutcomeRecorder.class);

    private final DocumentRepository documents;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final OriginalStore originals;
    private final Clock clock;

    public OutcomeRecorder(
            DocumentRepository documents,
            ApplicationEventPublisher events,
            AuditTrail audit,
            OriginalStore originals,
            Clock clock) {
        this.documents = documents;
        this.events = events;
        this.audit = audit;
        this.originals = originals;
        this.clock = clock;
    }

    /** What the pipeline concluded about one document. */
    public record Outcome(DocumentState state, Long caseId, String reviewReason) {}

    @Transactional
    public Outcome record(
            long documentId, ExtractedText text, Fields readFields, Classification classification, MatchOutcome match) {
        DocumentType type = classification.type();
        Fields fields = readFields.keepTypeSpecific(
                type == DocumentType.MORE_INFO_REQUEST, type == DocumentType.DENIAL, type == DocumentType.APPROVAL);
        LocalDate today = LocalDate.now(clock);

        Long caseId = match instanceof MatchOutcome.Matched m ? m.caseId() : null;
        String reviewReason = null;
        if (!classification.confident()) {
            // a sure answer the rules hold for a person says which hold, not "unsure"
            reviewReason = classification.evidence().stream()
                    .filter(e -> e.kind().equals(Classifier.HELD_FOR_REVIEW))
                    .map(e -> e.rule() + ": " + e.matched())
                    .findFirst()
                    .orElse("unsure of the type (" + type + ", confidence " + classification.confidence() + ")");
        } else if (caseId == null && type != DocumentType.OTHER && match instanceof MatchOutcome.NeedsReview r) {
            reviewReason = "case not matched: " + r.why();
        }
        DocumentState state = reviewReason == null ? DocumentState.PROCESSED : DocumentState.NEEDS_REVIEW;

        for (PageText page : text.pages()) {
            documents.addPage(documentId, page.number(), page.method().name(), page.confidence(), page.text());
        }
        documents.finish(
                documentId,
                state,
                text.format().name(),
                text.pageCount(),
                type.name(),
                classification.confidence(),
                caseId,
                fields,
                evidence(classification, fields, match, reviewReason));
        audit.record(
                AuditTrail.SYSTEM,
                "document.read",
                documentId,
                null,
                Map.of(
                        "format",
                        text.format().name(),
                        "pages",
                        text.pageCount(),
                        "methods",
                        text.pages().stream()
                                .map(p -> p.method().name())
                                .distinct()
                                .toList()));
        audit.record(
                AuditTrail.SYSTEM,
                "document.classified",
                documentId,
                null,
                Map.of(
                        "type",
                        type.name(),
                        "confidence",
                        classification.confidence(),
                        "confident",
                        classification.confident()));
        audit.record(
                AuditTrail.SYSTEM,
                caseId != null ? "document.attached" : "document.not-attached",
                documentId,
                caseId,
                Map.of(
                        "reasons",
                        match.reasons(),
                        "outcome",
                        match instanceof MatchOutcome.NeedsReview r ? r.why() : "matched"));

        events.publishEvent(
                new DocumentRecorded(documentId, state, type, caseId, fields, reviewReason, text.fullText(), today));
        log.info(
                "document {} recorded: {} {} (confidence {}), case {}",
                documentId,
                state,
                type,
                classification.confidence(),
                caseId == null ? "none" : caseId);
        return new Outcome(state, caseId, reviewReason);
    }

    private static Map<String, Object> evidence(
            Classification classification, Fields fields, MatchOutcome match, String reviewReason) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("type", classification.evidence());
        evidence.put("fields", fields.evidence());
        Map<String, Object> matchEvidence = new LinkedHashMap<>();
        matchEvidence.put("outcome", match instanceof MatchOutcome.Matched ? "MATCHED" : "NEEDS_REVIEW");
        if (match instanceof MatchOutcome.NeedsReview r) {
            matchEvidence.put("why", r.why());
            matchEvidence.put("candidates", r.candidates());
            if (r.suggestion() != null) matchEvidence.put("suggestion", r.suggestion());
        }
        if (match instanceof MatchOutcome.Matched m) matchEvidence.put("score", m.score());
        matchEvidence.put("reasons", match.reasons());
        evidence.put("match", matchEvidence);
        if (reviewReason != null) evidence.put("review", reviewReason);
        return evidence;
    }

    /**
     * A document that could not be read or decided: FAILED with the reason for staff, the original kept. When
     * the failure came before the document had a record (an unreadable mail, a corrupt ZIP), the record is
     * made here from the raw item.
     */
    @Transactional
    public long recordFailure(Long documentId, IntakeItem item, String reason) {
        long id;
        if (documentId != null) {
            id = documentId;
        } else {
            StoredOriginal original = originals.store(item.content());
            id = documents
                    .insertProcessing(item, original)
                    .orElseGet(() ->
                            documents.findBySha(original.sha256()).orElseThrow().id());
        }
        documents.fail(id, reason);
        audit.record(AuditTrail.SYSTEM, "document.failed", id, null, Map.of("reason", reason));
        log.warn("document {} failed: {}", id, reason);
        return id;
    }
}
