package org.priorauth.intake.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.priorauth.intake.audit.AuditTrail;
import org.priorauth.intake.cases.CaseRepository;
import org.priorauth.intake.cases.CaseStatus;
import org.priorauth.intake.cases.PriorAuthCase;
import org.priorauth.intake.classification.Classification;
import org.priorauth.intake.classification.DocumentType;
import org.priorauth.intake.fields.Fields;
import org.priorauth.intake.matching.MatchOutcome;
import org.priorauth.intake.reading.ExtractedText;
import org.priorauth.intake.reading.PageText;
import org.priorauth.intake.tasks.FollowUpRouter;
import org.priorauth.intake.tasks.RoutingRuleFile;
import org.priorauth.intake.tasks.RoutingRules;
import org.priorauth.intake.tasks.TaskDraft;
import org.priorauth.intake.tasks.TaskRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes everything a document decided in one transaction: its record, pages, fields and evidence, the case
 * link and status change, the task, the audit events. Either all of it is there or none of it, and the source
 * is let go only after the commit.
 */
@Component
public class OutcomeRecorder {

    private static final Logger log = LoggerFactory.getLogger(OutcomeRecorder.class);

    private final DocumentRepository documents;
    private final CaseRepository cases;
    private final TaskRepository tasks;
    private final RoutingRuleFile routing;
    private final AuditTrail audit;
    private final OriginalStore originals;
    private final Clock clock;

    public OutcomeRecorder(DocumentRepository documents, CaseRepository cases, TaskRepository tasks, RoutingRuleFile routing,
            AuditTrail audit, OriginalStore originals, Clock clock) {
        this.documents = documents;
        this.cases = cases;
        this.tasks = tasks;
        this.routing = routing;
        this.audit = audit;
        this.originals = originals;
        this.clock = clock;
    }

    /** What the pipeline concluded about one document. */
    public record Outcome(DocumentState state, Long caseId, String reviewReason) {}

    @Transactional
    public Outcome record(long documentId, ExtractedText text, Fields readFields, Classification classification, MatchOutcome match) {
        DocumentType type = classification.type();
        Fields fields = readFields.keepTypeSpecific(type == DocumentType.MORE_INFO_REQUEST, type == DocumentType.DENIAL);
        LocalDate today = LocalDate.now(clock);

        Long caseId = match instanceof MatchOutcome.Matched m ? m.caseId() : null;
        String reviewReason = null;
        if (!classification.confident()) {
            reviewReason = "unsure of the type (" + type + ", confidence " + classification.confidence() + ")";
        } else if (caseId == null && type != DocumentType.OTHER && match instanceof MatchOutcome.NeedsReview r) {
            reviewReason = "case not matched: " + r.why();
        }
        DocumentState state = reviewReason == null ? DocumentState.PROCESSED : DocumentState.NEEDS_REVIEW;

        for (PageText page : text.pages()) {
            documents.addPage(documentId, page.number(), page.method().name(), page.confidence(), page.text());
        }
        documents.finish(documentId, state, text.format().name(), text.pageCount(), type.name(), classification.confidence(),
                caseId, fields, evidence(classification, fields, match, reviewReason));
        audit.record(AuditTrail.SYSTEM, "document.read", documentId, null, Map.of(
                "format", text.format().name(), "pages", text.pageCount(),
                "methods", text.pages().stream().map(p -> p.method().name()).distinct().toList()));
        audit.record(AuditTrail.SYSTEM, "document.classified", documentId, null, Map.of(
                "type", type.name(), "confidence", classification.confidence(), "confident", classification.confident()));
        audit.record(AuditTrail.SYSTEM, caseId != null ? "document.attached" : "document.not-attached", documentId, caseId,
                Map.of("reasons", match.reasons(), "outcome", match instanceof MatchOutcome.NeedsReview r ? r.why() : "matched"));

        if (state == DocumentState.NEEDS_REVIEW) {
            raise(caseId, documentId, FollowUpRouter.review(routing.current(), reviewReason, today), "review");
        } else {
            followUp(documentId, caseId, type, fields, today);
        }
        log.info("document {} recorded: {} {} (confidence {}), case {}", documentId, state, type, classification.confidence(),
                caseId == null ? "none" : caseId);
        return new Outcome(state, caseId, reviewReason);
    }

    private void followUp(long documentId, Long caseId, DocumentType type, Fields fields, LocalDate today) {
        PriorAuthCase paCase = caseId == null ? null : cases.find(caseId).orElseThrow();
        CaseStatus current = paCase == null ? null : paCase.status();
        FollowUpRouter.FollowUp followUp = FollowUpRouter.route(routing.current(), type,
                fields.payer() != null ? fields.payer() : paCase == null ? null : paCase.payer(),
                fields.drug() != null ? fields.drug() : paCase == null ? null : paCase.drug(),
                fields.deadline(), current, today);
        if (paCase != null && followUp.caseStatus() != null && followUp.caseStatus() != current) {
            if (current.canMoveTo(followUp.caseStatus())) {
                cases.moveTo(caseId, followUp.caseStatus());
                audit.record(AuditTrail.SYSTEM, "case.status-changed", documentId, caseId, Map.of(
                        "from", current.name(), "to", followUp.caseStatus().name(), "rule", followUp.rule()));
            } else {
                // a late or relayed copy of something already recorded: linked, but the case does not move back
                audit.record(AuditTrail.SYSTEM, "case.status-kept", documentId, caseId, Map.of(
                        "status", current.name(), "notMovedTo", followUp.caseStatus().name()));
            }
        }
        if (followUp.task() != null) raise(caseId, documentId, followUp.task(), followUp.rule());
    }

    private void raise(Long caseId, long documentId, TaskDraft task, String rule) {
        long taskId = tasks.create(caseId, documentId, task);
        audit.record(AuditTrail.SYSTEM, "task.created", documentId, caseId, Map.of(
                "taskId", taskId, "role", task.role().name(), "dueDate", task.dueDate().toString(), "dueBasis", task.dueBasis(),
                "rule", rule));
    }

    private static Map<String, Object> evidence(Classification classification, Fields fields, MatchOutcome match, String reviewReason) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("type", classification.evidence());
        evidence.put("fields", fields.evidence());
        Map<String, Object> matchEvidence = new LinkedHashMap<>();
        matchEvidence.put("outcome", match instanceof MatchOutcome.Matched ? "MATCHED" : "NEEDS_REVIEW");
        if (match instanceof MatchOutcome.NeedsReview r) {
            matchEvidence.put("why", r.why());
            matchEvidence.put("candidates", r.candidates());
        }
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
            id = documents.insertProcessing(item, original)
                    .orElseGet(() -> documents.findBySha(original.sha256()).orElseThrow().id());
        }
        documents.fail(id, reason);
        audit.record(AuditTrail.SYSTEM, "document.failed", id, null, Map.of("reason", reason));
        log.warn("document {} failed: {}", id, reason);
        return id;
    }
}
