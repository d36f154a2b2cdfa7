package org.priorauth.intake.requirements;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One fact of a patient's chart on a case, as given (never inferred), with where it comes from: a document on file
 * (its id and page) or the record it was taken from ("EHR visit note 2026-11-02"). A fact without a source is
 * refused: a checklist must be able to show where each item was found.
 *
 * @param value the fact as stated: "L20.9 atopic dermatitis", "BSA 18%", "triamcinolone 0.1% 8 weeks, no response"
 * @param observedOn when the chart says it was true (a measure's visit, a test's date), if it says
 * @param outcome for a prior therapy: how it ended (failed, not tolerated, contraindicated), if stated
 */
public record CaseFact(
        long id,
        long caseId,
        FactKind kind,
        String value,
        LocalDate observedOn,
        String outcome,
        Long documentId,
        Integer page,
        String source,
        String recordedBy,
        Instant recordedAt) {

    /** Where it was found, as a checklist prints it. */
    public String sourceText() {
        if (documentId != null) {
            return "document " + documentId + (page == null ? "" : ", page " + page)
                    + (source == null || source.isBlank() ? "" : " (" + source + ")");
        }
        return source;
    }
}
