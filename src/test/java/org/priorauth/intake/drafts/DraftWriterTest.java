package org.priorauth.intake.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.priorauth.intake.cases.CaseStatus;
import org.priorauth.intake.cases.Patient;
import org.priorauth.intake.cases.PriorAuthCase;
import org.priorauth.intake.drafts.DraftWriter.LetterFacts;

class DraftWriterTest {

    private static final PriorAuthCase FULL = new PriorAuthCase(
            7,
            CaseStatus.DENIED,
            new Patient("Odile Varga", LocalDate.of(1970, 6, 30), "KXT55102938"),
            "Cigna",
            "Cosentyx",
            "PA-77-1290",
            Instant.EPOCH,
            Instant.EPOCH);
    private static final PriorAuthCase SPARSE = new PriorAuthCase(
            8,
            CaseStatus.DENIED,
            new Patient("Bram Oyelaran", null, null),
            "Humana",
            "Otezla",
            null,
            Instant.EPOCH,
            Instant.EPOCH);
    private static final List<String> PATIENTS = List.of("Odile Varga", "Bram Oyelaran");

    private static final LetterFacts DENIAL = new LetterFacts(
            31,
            "Records do not show 3 months of topical therapy",
            LocalDate.of(2027, 2, 1),
            LocalDate.of(2026, 11, 3),
            List.of());
    private static final LetterFacts BARE_DENIAL = new LetterFacts(32, null, null, null, List.of());
    private static final LetterFacts INFO =
            new LetterFacts(33, null, LocalDate.of(2026, 12, 9), null, List.of("TB test", "photos"));

    @Test
    void theAppealLetterUsesOnlyFactsOnFileAndSaysWhereTheyCameFrom() {
        DraftText letter = DraftWriter.appealLetter(FULL, DENIAL);
        assertThat(letter.body())
                .contains(
                        "Odile Varga",
                        "06/30/1970",
                        "KXT55102938",
                        "PA-77-1290",
                        "Cosentyx",
                        "Cigna",
                        "\"Records do not show 3 months of topical therapy\"",
                        "02/01/2027",
                        "11/03/2026");
        assertThat(letter.sources())
                .contains(
                        new DraftSource("document 31", "denialReason", DENIAL.denialReason()),
                        new DraftSource("case 7", "patient.memberId", "KXT55102938"));
        FactsOnFile.assertOnlyFactsOnFile(letter.body(), FULL, DENIAL, List.of(31L), PATIENTS);
    }

    @Test
    void whatIsNotOnFileIsAVisiblePlaceholderNeverAGuess() {
        DraftText letter = DraftWriter.appealLetter(SPARSE, BARE_DENIAL);
        assertThat(letter.body())
                .contains(
                        "[[patient.dateOfBirth]]",
                        "[[patient.memberId]]",
                        "[[paReference]]",
                        "[[the reason given in the denial letter]]",
                        "[[the appeal deadline: read the denial letter]]");
        assertThat(letter.missing())
                .contains("patient.dateOfBirth", "patient.memberId", "paReference", "date of the denial");
        FactsOnFile.assertOnlyFactsOnFile(letter.body(), SPARSE, BARE_DENIAL, List.of(32L), PATIENTS);
    }

    @Test
    void theChecklistSetsTheRequestAgainstWhatTheCaseHolds() {
        DraftText checklist = DraftWriter.checklist(FULL, INFO, Map.of("TB test", List.of(14L)));
        assertThat(checklist.body())
                .contains(
                        "[ ] TB test - possibly on file: document 14 mentions it",
                        "[ ] photos - not found among this case's documents",
                        "Respond by: 12/09/2026");
        FactsOnFile.assertOnlyFactsOnFile(checklist.body(), FULL, INFO, List.of(14L, 33L), PATIENTS);
    }

    @Test
    void aPatientMessageGivesNoAdviceAndPromisesNoTimeline() {
        for (String news : List.of("APPROVED", "DENIED", "PARTIALLY_APPROVED", "INFO_REQUESTED")) {
            DraftText message = DraftWriter.patientMessage(FULL, DENIAL, news);
            assertThat(message.body().toLowerCase())
                    .doesNotContainPattern(
                            "\\b(?:dose|dosing|inject|stop taking|start taking|within \\d+|by \\d|days?|weeks?|tomorrow|guarantee)\\b");
            FactsOnFile.assertOnlyFactsOnFile(message.body(), FULL, DENIAL, List.of(31L), PATIENTS);
        }
    }
}
