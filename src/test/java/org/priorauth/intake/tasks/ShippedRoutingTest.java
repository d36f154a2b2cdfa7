package org.priorauth.intake.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.priorauth.intake.cases.CaseStatus;
import org.priorauth.intake.classification.DocumentType;
import org.priorauth.intake.rules.RuleNode;

/** The shipped routing.yaml: who follows up which letter. */
class ShippedRoutingTest {

    private static final RoutingRules RULES = RoutingRules.from(RuleNode.read(Path.of("routes/rules/routing.yaml")));
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    private static FollowUpRouter.FollowUp route(DocumentType type, String text, LocalDate deadline) {
        return FollowUpRouter.route(RULES, type, "Aetna", "Dupixent", deadline, CaseStatus.SUBMITTED, text, TODAY);
    }

    @Test
    void aReviewersOfferToTalkGoesToTheClinicianAndTheRestOfARequestToTheNurse() {
        FollowUpRouter.FollowUp offer = route(
                DocumentType.MORE_INFO_REQUEST,
                "Before a decision is made, our medical director offers a peer-to-peer call. Reply by 03/05/2027.",
                LocalDate.of(2027, 3, 5));
        assertThat(offer.task().role()).isEqualTo(StaffRole.CLINICIAN);
        assertThat(offer.task().dueDate()).isEqualTo(LocalDate.of(2027, 3, 4));
        assertThat(offer.caseStatus()).isEqualTo(CaseStatus.INFO_REQUESTED);

        FollowUpRouter.FollowUp notes =
                route(DocumentType.MORE_INFO_REQUEST, "Please send the chart notes and the BSA.", null);
        assertThat(notes.task().role()).isEqualTo(StaffRole.NURSE_OR_MEDICAL_ASSISTANT);
    }

    @Test
    void aDenialForRecordsThatNeverCameAsksForANewRequestNotAnAppeal() {
        for (String closed : new String[] {
            "We asked for the chart notes on 2/1. We did not receive them by 2/15, so the request is denied.",
            "No response\nwas received within 14 days. This counts as a denial.",
            "Request Closed \u2013 Incomplete. An appeal may be filed within 180 days.",
        }) {
            FollowUpRouter.FollowUp followUp = route(DocumentType.DENIAL, closed, null);
            assertThat(followUp.task().title()).as(closed).startsWith("Denied because the records never arrived");
            assertThat(followUp.task().dueDate()).isEqualTo(TODAY.plusDays(1));
            assertThat(followUp.caseStatus()).isEqualTo(CaseStatus.DENIED);
        }
        // a denial on the merits, whose appeal section speaks of receiving, is the usual denial
        FollowUpRouter.FollowUp merits = route(
                DocumentType.DENIAL,
                "The records show no trial of a topical steroid. If we have not received your appeal within 60 days,"
                        + " this decision is final.",
                null);
        assertThat(merits.task().title()).startsWith("Denial received");
    }
}
