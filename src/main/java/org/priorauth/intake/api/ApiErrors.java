package org.priorauth.intake.api;

import java.util.Map;
import java.util.NoSuchElementException;
import org.priorauth.intake.cases.CaseLifecycle;
import org.priorauth.intake.drafts.DraftService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals in words: a transition the lifecycle does not allow, a draft already decided, something not there. */
@RestControllerAdvice
class ApiErrors {

    @ExceptionHandler({CaseLifecycle.TransitionNotAllowed.class, DraftService.NotADraft.class})
    ResponseEntity<Map<String, String>> conflict(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<Map<String, String>> notFound(NoSuchElementException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "not found"));
    }
}
