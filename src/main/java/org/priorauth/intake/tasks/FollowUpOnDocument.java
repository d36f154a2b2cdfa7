package org.priorauth.intake.tasks;

import org.priorauth.intake.cases.CaseLifecycle;
import org.priorauth.intake.cases.CaseRepository;
import org.priorauth.intake.cases.CaseStatus;
import org.priorauth.intake.cases.PriorAuthCase;
import org.priorauth.intake.fields.Fields;
import org.priorauth.intake.intake.DocumentRecorded;
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
    private final RoutingRuleFile routing;
    private final ApplicationEventPublisher events;

    FollowUpOnDocument(
            CaseRepository cases,
            CaseLifecycle lifecycle,
            TaskService tasks,
            RoutingRuleFile routing,
            ApplicationEventPublisher events) {
        this.cases = cases;
        this.lifecycle = lifecycle;
        this.tasks = tasks;
        this.routing = routing;
        this.events = events;
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
                case ALREADY_THERE -> {}
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
