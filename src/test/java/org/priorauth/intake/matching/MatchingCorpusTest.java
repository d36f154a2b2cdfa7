package org.priorauth.intake.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The matching corpus's figures, held: no letter on a wrong case, at least 95% of matchable letters attached. */
class MatchingCorpusTest {

    @Test
    void noWrongCaseAndAtLeast95PercentAttached(@TempDir Path corpus) throws Exception {
        MatchingCorpus.generate(corpus);
        MatchingEvaluation.Result r = MatchingEvaluation.evaluate(corpus);
        assertThat(r.wrong())
                .as("letters attached to a wrong case: " + r.failures())
                .isZero();
        assertThat(r.autoAttachRate())
                .as("matchable letters attached: " + r.failures())
                .isGreaterThanOrEqualTo(0.95);
        assertThat(r.letters() - r.matchable()).as("the corpus has its traps").isGreaterThanOrEqualTo(10);
    }
}
