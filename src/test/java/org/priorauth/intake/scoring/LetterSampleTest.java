package org.priorauth.intake.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A fixed sample of the labelled corpus (every 61st letter: all five types, fax TIFF and PNG, scanned and text
 * PDF, HTML and mail, both splits) through the real reading path, Tesseract included. It is the build's smoke
 * check of reading, fields and classification together; the whole corpus is the evaluation build's
 * ({@code evaluation/run}).
 */
class LetterSampleTest {

    private static List<LetterScoring.Outcome> outcomes;

    @BeforeAll
    static void readTheSample() throws Exception {
        outcomes = LetterScoring.evaluate(Path.of("src/test/resources/letter-sample"));
    }

    @Test
    void theSampleCoversEveryTypeAndChannel() {
        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(150);
        assertThat(outcomes.stream().map(o -> o.truth()).distinct()).hasSize(5);
        assertThat(outcomes.stream().map(o -> o.file().replaceAll(".*\\.", "")).distinct())
                .contains("tif", "png", "pdf", "html", "eml");
    }

    @Test
    void lettersAreTypedRightAndAcceptedOnlyWhenRight() {
        LetterScoring.TypeScore all = LetterScoring.typeScore(outcomes, "all");
        assertThat(all.accuracy()).as("accuracy " + all.confusion()).isGreaterThanOrEqualTo(0.97);
        assertThat(all.confidentErrors())
                .as("accepted without review but wrong")
                .isEmpty();
        assertThat(all.reviewRate()).isLessThanOrEqualTo(0.15);
    }

    @Test
    void everyFieldIsReadPreciselyAndNearlyAlways() {
        LetterScoring.fieldScores(outcomes).forEach((field, score) -> {
            assertThat(score.precision()).as(field + " precision").isGreaterThanOrEqualTo(0.95);
            // a denial reason that runs off a fax page's edge is left unread rather than guessed at
            double recallFloor = field.equals("denialReason") ? 0.7 : 0.95;
            assertThat(score.recall()).as(field + " recall").isGreaterThanOrEqualTo(recallFloor);
        });
    }
}
