package org.priorauth.intake.pipeline;

import org.priorauth.intake.classification.Classification;
import org.priorauth.intake.fields.Fields;
import org.priorauth.intake.intake.IntakeItem;
import org.priorauth.intake.matching.MatchOutcome;
import org.priorauth.intake.reading.ExtractedText;

/**
 * One document on its way through the pipeline; each step adds what it found. {@code duplicate} is set when the
 * same bytes already are a finished document, and the rest of the way is skipped.
 */
public record DocumentInProgress(
        IntakeItem item,
        Long documentId,
        boolean duplicate,
        ExtractedText text,
        Fields fields,
        Classification classification,
        MatchOutcome match) {

    static DocumentInProgress received(IntakeItem item) {
        return new DocumentInProgress(item, null, false, null, null, null, null);
    }

    DocumentInProgress stored(long id, boolean isDuplicate) {
        return new DocumentInProgress(item, id, isDuplicate, text, fields, classification, match);
    }

    DocumentInProgress withText(ExtractedText t) {
        return new DocumentInProgress(item, documentId, duplicate, t, fields, classification, match);
    }

    DocumentInProgress withFields(Fields f) {
        return new DocumentInProgress(item, documentId, duplicate, text, f, classification, match);
    }

    DocumentInProgress withClassification(Classification c) {
        return new DocumentInProgress(item, documentId, duplicate, text, fields, c, match);
    }

    DocumentInProgress withMatch(MatchOutcome m) {
        return new DocumentInProgress(item, documentId, duplicate, text, fields, classification, m);
    }
}
