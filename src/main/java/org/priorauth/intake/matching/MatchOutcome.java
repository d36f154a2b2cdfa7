package org.priorauth.intake.matching;

import java.util.List;

/** Either exactly one case, or a person decides (with the candidates the matcher saw and what it suggests). */
public sealed interface MatchOutcome {

    List<String> reasons();

    /** @param score how much identifying evidence agreed, 0..1 (PA reference 0.6, member ID 0.3, name with date of birth 0.3) */
    record Matched(long caseId, double score, List<String> reasons) implements MatchOutcome {}

    /** @param suggestion {@code CREATE_CASE} when the letter names a patient who has no open case, else null */
    record NeedsReview(String why, List<Long> candidates, List<String> reasons, String suggestion)
            implements MatchOutcome {}
}
