package org.priorauth.intake.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.priorauth.intake.scoring.LetterScoring;

/**
 * The labelled corpus through the application's real reading path (Tesseract included), held to its figures:
 * every field at least 97% precise and (but for denial reasons) complete, and no document accepted without review
 * under a wrong type.
 */
class CorpusFiguresTest {

    private static List<LetterScoring.Outcome> outcomes;

    @BeforeAll
    static void readTheCorpus() throws Exception {
        outcomes = LetterScoring.evaluate(CorpusEvaluation.LETTERS);
    }

    @Test
    void everyFieldIsReadWithAtLeast97PercentPrecisionAndRecall() {
        Map<String, LetterScoring.FieldScore> scores = LetterScoring.fieldScores(outcomes);
        assertThat(scores).hasSize(10);
        scores.forEach((field, score) -> {
            assertThat(score.precision()).as(field + " precision").isGreaterThanOrEqualTo(0.97);
            // denialReason's recall floor is lower: a reason printed bare (after "Comment:", in a table) is left
            // unread rather than guessed at, and in the synthetic faxes a reason that follows other words on its
            // line runs off the page's edge, so the page no longer states it whole (a fax reads about 64% of its
            // reasons, a portal page or an e-mail about 95%: the second floor below holds those)
            double recallFloor = field.equals("denialReason") ? 0.75 : 0.97;
            assertThat(score.recall()).as(field + " recall").isGreaterThanOrEqualTo(recallFloor);
        });
        // on portal pages and in e-mails, where no page edge cuts a line short, the reasons are read nearly all
        List<LetterScoring.Outcome> notFaxed =
                outcomes.stream().filter(o -> o.ocrChars() == 0).toList();
        assertThat(LetterScoring.fieldScores(notFaxed).get("denialReason").recall())
                .as("denialReason recall, portal and e-mail")
                .isGreaterThanOrEqualTo(0.93);
    }

    /**
     * The dev split, on which the rules are written and the letter model is trained, is held to the issue's
     * figures. The held-back figures are what CorpusEvaluation prints and the closing notes report; they are
     * not asserted here, so that nobody tunes the rules to make a test on the held-back letters pass.
     */
    @Test
    void devLettersAreTypedRightAndAcceptedOnlyWhenRight() {
        LetterScoring.TypeScore dev = LetterScoring.typeScore(outcomes, "dev");
        assertThat(dev.documents()).isGreaterThanOrEqualTo(300);
        assertThat(dev.accuracy()).isGreaterThanOrEqualTo(0.98);
        assertThat(dev.acceptedPrecision()).isGreaterThanOrEqualTo(0.995);
        assertThat(dev.reviewRate()).isLessThanOrEqualTo(0.15);
    }
}
