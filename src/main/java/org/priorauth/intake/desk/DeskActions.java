package org.priorauth.intake.desk;

import java.util.NoSuchElementException;
import org.priorauth.intake.cases.CaseLifecycle;
import org.priorauth.intake.drafts.DraftService;
import org.priorauth.intake.pipeline.DocumentRetry;
import org.priorauth.intake.review.DocumentReview;
import org.priorauth.intake.users.StaffUsers;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a person's action and says how it went on the page they return to: done, or refused with the reason
 * the service gave (what to change), never a stack trace.
 */
final class DeskActions {

    private DeskActions() {}

    static String run(RedirectAttributes flash, String back, String done, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("done", done);
        } catch (DocumentReview.CannotDecide
                | DocumentReview.NotReviewable
                | DraftService.PlaceholdersLeft
                | DraftService.NotADraft
                | CaseLifecycle.TransitionNotAllowed
                | DocumentRetry.NotFailed
                | StaffUsers.Refused
                | org.priorauth.intake.requirements.CaseFacts.Refused
                | org.priorauth.intake.requirements.SubmissionCheck.NotReady e) {
            flash.addFlashAttribute("refused", e.getMessage());
        } catch (NoSuchElementException e) {
            flash.addFlashAttribute("refused", "not found");
        }
        return "redirect:" + back;
    }
}
