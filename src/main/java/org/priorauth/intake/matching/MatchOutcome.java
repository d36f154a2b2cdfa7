package org.priorauth.intake.matching;

import java.util.List;

/** Either exactly one case, or a person decides (with the candidates the matcher saw). */
public sealed interface MatchOutcome {

    List<String> reasons();

    record Matched(long caseId, List<String> reasons) implements MatchOutcome {}

    record NeedsReview(String why, List<Long> candidates, List<String> reasons) implements MatchOutcome {}
}
