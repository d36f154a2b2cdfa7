package org.priorauth.intake.intake;

import java.time.LocalDate;
import org.priorauth.intake.classification.DocumentType;
import org.priorauth.intake.fields.Fields;

/**
 * A document's record is written: what it is, what it says and which case it belongs to, if any. Published
 * inside the recording's transaction; the features that act on a letter (follow-up tasks and case status,
 * drafts) listen for it, so a failure in any of them undoes the whole record and the source is kept.
 *
 * @param state PROCESSED, or NEEDS_REVIEW with {@code reviewReason}
 * @param caseId the case it is attached to, or null
 * @param fields the fields kept for its type
 * @param text the document's full text (routing rules may look for words in it)
 * @param today the day it was recorded, by the application's clock
 */
public record DocumentRecorded(
        long documentId,
        DocumentState state,
        DocumentType type,
        Long caseId,
        Fields fields,
        String reviewReason,
        String text,
        LocalDate today) {

    public boolean needsReview() {
        return state == DocumentState.NEEDS_REVIEW;
    }
}
