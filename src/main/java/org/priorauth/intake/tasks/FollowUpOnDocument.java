package org.priorauth.intake.tasks;

import java.util.Map;
import java.util.Optional;
import org.priorauth.intake.audit.AuditTrail;
import org.priorauth.intake.cases.CaseLifecycle;
import org.priorauth.intake.cases.CaseRepository;
import org.priorauth.intake.cases.CaseStatus;
import org.priorauth.intake.cases.PriorAuthCase;
import org.priorauth.intake.fields.Fields;
import org.priorauth.intake.intake.DocumentRecorded;
import org.priorauth.intake.intake.DocumentRepository;
import org.priorauth.intake.intake.ReceivedDocument;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What a recorded document sets going: a document in review raises a review task; a sure one moves its case
 * as the routing rules say and raises the routed task, then tells the drafts ({@link LetterFollowedUp}).
 * Runs inside the recording's transaction.
 */
@Component
class FollowUpOnDocument {

    private final CaseRepository cases;
    private final CaseLifecycle lifecycle;
    private final TaskService tasks;
    private final TaskRepository taskRepository;
    private final DocumentRepository documents;
    private final AuditTrail audit;
    private final RoutingRuleFile routing;
    private final ApplicationEventPublisher events;

    FollowUpOnDocument(
            CaseRepository cases,
            CaseLifecycle lifecycle,
            TaskService tasks,
            TaskRepository taskRepository,
            DocumentRepository documents,
            AuditTrail audit,
            RoutingRuleFile routing,
            ApplicationEventPublisher events) {
        this.taskRepository = taskRepository;
        this.documents = documents;
        this.audit = audit;
        this.cases = cases;
        this.lifecycle = lifecycle;
        this.tasks = tasks;
        this.routing = routing;
        this.events = events;
    }

    /**
     * The open task an earlier copy of the same news raised: same rule (so same title), same status, and the
     * earlier letter's dates and requested items are this one's. A second request that asks for other things, or
     * a denial with another deadline, is news and raises its own task.
     */
    private Optional<FollowUpTask> sameNewsAlreadyRaised(
            long caseId, CaseStatus status, FollowUpRouter.FollowUp followUp, DocumentRecorded document) {
        if (followUp.task() == null || status == null) return Optional.empty();
        Fields now = document.fields();
        return taskRepository.ofCase(caseId).stream()
                .filter(t -> t.status() == TaskStatus.OPEN
                        && t.title().equals(followUp.task().title()))
                .filter(t -> t.documentId() != null && t.documentId() != document.documentId())
                .filter(t -> documents
                        .find(t.documentId())
                        .map(earlier -> earlier.documentType() != null
                                && earlier.documentType().equals(document.type().name())
                                && same(earlier, "deadline", now.deadline())
                                && same(earlier, "decisionDate", now.decisionDate())
                                && earlier.fields().path("requestedItems").size()
                                        == now.requestedItems().size()
                                && java.util.stream.IntStream.range(
                                                0, now.requestedItems().size())
                                        .allMatch(i -> now.requestedItems()
                                                .get(i)
                                                .equals(earlier.fields()
                                                        .path("requestedItems")
                                                        .get(i)
                                                        .asString())))
                        .orElse(false))
                .findFirst();
    }

    private static boolean same(ReceivedDocument earlier, String field, Object value) {
        String was = earlier.fields().path(field).asString(null);
        return java.util.Objects.equals(was, value == null ? null : value.toString());
    }

    @EventListener
    void on(DocumentRecorded document) {
        if (document.needsReview()) {
            tasks.raise(
                    document.caseId(),
                    document.documentId(),
                    FollowUpRouter.review(routing.current(), document.reviewReason(), document.today()),
                    document.fields().payer(),
                    null,
                    TaskService.REVIEW);
        } else {
            followUp(document);
        }
    }

    private void followUp(DocumentRecorded document) {
        Long caseId = document.caseId();
        Fields fields = document.fields();
        PriorAuthCase paCase = caseId == null ? null : cases.find(caseId).orElseThrow();
        CaseStatus current = paCase == null ? null : paCase.status();
        // the case knows its plan and drug; a letter may name the PBM or a generic name instead
        String payer = paCase != null && paCase.payer() != null ? paCase.payer() : fields.payer();
        String drug = paCase != null && paCase.drug() != null ? paCase.drug() : fields.drug();
        FollowUpRouter.FollowUp followUp = FollowUpRouter.route(
                routing.current(),
                document.type(),
                payer,
                drug,
                fields.deadline(),
                current,
                document.text(),
                document.today());

        CaseStatus after = current;
        if (paCase != null && followUp.caseStatus() != null) {
            CaseLifecycle.Result moved = lifecycle.moveByDocument(
                    caseId, followUp.caseStatus(), document.documentId(), fields.decisionDate());
            switch (moved) {
                case MOVED -> after = followUp.caseStatus();
                case LATE_COPY -> {
                    return; // linked to its case; the decision is already recorded, nothing new to do
                }
                case NOT_ALLOWED -> {
                    String why =
                            "a " + document.type() + " letter does not fit the case's status " + current + ": check it";
                    tasks.raise(
                            caseId,
                            document.documentId(),
                            FollowUpRouter.review(routing.current(), why, document.today()),
                            payer,
                            null,
                            TaskService.REVIEW);
                    return;
                }
                case ALREADY_THERE -> {
                    Optional<FollowUpTask> raised = sameNewsAlreadyRaised(caseId, after, followUp, document);
                    if (raised.isPresent()) {
                        // the same letter again by another channel (the fax of a portal letter): one task, one set
                        // of drafts; this copy is linked to the case and the desk sees both
                        audit.record(
                                AuditTrail.SYSTEM,
                                "document.same-news",
                                document.documentId(),
                                caseId,
                                Map.of(
                                        "taskId", raised.get().id(),
                                        "firstDocumentId", raised.get().documentId()));
                        return;
                    }
                }
            }
        }
        if (followUp.task() != null) {
            tasks.raise(
                    caseId,
                    document.documentId(),
                    followUp.task(),
                    payer,
                    after == null ? null : after.name(),
                    followUp.rule());
        }
        if (paCase != null) {
            events.publishEvent(new LetterFollowedUp(document.documentId(), caseId, document.type(), after, fields));
        }
    }
}
