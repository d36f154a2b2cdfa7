package org.priorauth.intake.drafts;

import org.priorauth.intake.cases.CaseRepository;
import org.priorauth.intake.tasks.LetterFollowedUp;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Once a letter has moved its case, the drafts its news calls for (checklist, appeal, patient message). */
@Component
class DraftsOnFollowUp {

    private final CaseRepository cases;
    private final DraftService drafts;

    DraftsOnFollowUp(CaseRepository cases, DraftService drafts) {
        this.cases = cases;
        this.drafts = drafts;
    }

    @EventListener
    void on(LetterFollowedUp letter) {
        var fields = letter.fields();
        drafts.draftFor(
                letter.type(),
                letter.caseStatus().name(),
                cases.find(letter.caseId()).orElseThrow(),
                new DraftWriter.LetterFacts(
                        letter.documentId(),
                        fields.denialReason(),
                        fields.deadline(),
                        fields.decisionDate(),
                        fields.requestedItems()));
    }
}
