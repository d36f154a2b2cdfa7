package org.priorauth.intake.api;

import java.util.NoSuchElementException;
import org.priorauth.intake.cases.CaseLifecycle;
import org.priorauth.intake.drafts.DraftService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals in words, as RFC 9457 problem details: a transition the lifecycle does not allow, a draft already
 * decided, something not there. The {@code error} member of the earlier answers is kept for scripts that read it.
 */
@RestControllerAdvice
class ApiErrors {

    @ExceptionHandler({
        CaseLifecycle.TransitionNotAllowed.class,
        DraftService.NotADraft.class,
        org.priorauth.intake.pipeline.DocumentRetry.NotFailed.class,
        org.priorauth.intake.review.DocumentReview.NotReviewable.class,
        org.priorauth.intake.requirements.SubmissionCheck.NotReady.class
    })
    ProblemDetail conflict(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    /** A decision that cannot be carried out as asked: the reason says what to change. */
    @ExceptionHandler({
        org.priorauth.intake.review.DocumentReview.CannotDecide.class,
        DraftService.PlaceholdersLeft.class,
        org.priorauth.intake.users.StaffUsers.Refused.class,
        ApiErrors.Unprocessable.class,
        org.priorauth.intake.requirements.CaseFacts.Refused.class
    })
    ProblemDetail unprocessable(RuntimeException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    }

    /** A request whose content cannot be taken as it is (422). */
    static final class Unprocessable extends RuntimeException {
        Unprocessable(String message) {
            super(message);
        }
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return problem(HttpStatus.NOT_FOUND, "not found");
    }

    static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("error", detail);
        return problem;
    }
}
