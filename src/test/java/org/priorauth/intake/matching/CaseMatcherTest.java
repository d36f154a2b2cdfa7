package org.priorauth.intake.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.priorauth.intake.cases.CaseStatus;
import org.priorauth.intake.cases.Patient;
import org.priorauth.intake.cases.PriorAuthCase;
import org.priorauth.intake.fields.Fields;

class CaseMatcherTest {

    private static final LocalDate DOB = LocalDate.of(1980, 2, 3);
    private static final PriorAuthCase PARENT = paCase(1, "Dana Roe", DOB, "QRS123456-01", "Dupixent", "PA-1001");
    private static final PriorAuthCase CHILD =
            paCase(2, "Avery Roe", LocalDate.of(2012, 5, 6), "QRS123456-03", "Dupixent", "PA-1002");
    private static final PriorAuthCase PARENT_SECOND = paCase(3, "Dana Roe", DOB, "QRS123456-01", "Otezla", null);

    static PriorAuthCase paCase(long id, String name, LocalDate dob, String memberId, String drug, String ref) {
        return new PriorAuthCase(
                id,
                CaseStatus.SUBMITTED,
                new Patient(name, dob, memberId),
                "Aetna",
                drug,
                ref,
                Instant.EPOCH,
                Instant.EPOCH);
    }

    private static Fields fields(String name, LocalDate dob, String memberId, String ref, String drug) {
        return new Fields(name, dob, memberId, ref, null, drug, null, null, null, null, null, null, null);
    }

    @Test
    void aPaReferenceReadWithOcrConfusionsStillMatches() {
        MatchOutcome m = CaseMatcher.match(fields(null, null, null, "PA-1OO1", null), List.of(PARENT, CHILD));
        assertThat(m).isInstanceOf(MatchOutcome.Matched.class);
        assertThat(((MatchOutcome.Matched) m).caseId()).isEqualTo(1);
    }

    @Test
    void aFaxsSlipInAnIdentifierIsForgivenOnlyWhereNameBirthDateAndDrugAreTheCases() {
        PriorAuthCase ilse = paCase(7, "Ilse Brandvold", DOB, "KTV20047719-01", "Bimzelx", "UMR-PA-2703-00418");
        // the fax doubled a zero in the member ID, and read a speck before the reference and an 8 as a 9
        Fields read = fields("ILSE M BRANDVOLD", DOB, "KTV200047719-01", "IUMR-PA-2703-00419", "Bimzelx");
        MatchOutcome m = CaseMatcher.match(read, List.of(ilse, PARENT));
        assertThat(m).isInstanceOf(MatchOutcome.Matched.class);
        Fields corrected = CaseMatcher.withSlipsCorrected(read, ilse);
        assertThat(corrected.memberId()).isEqualTo("KTV20047719-01");
        assertThat(corrected.paReference()).isEqualTo("UMR-PA-2703-00418");

        // another drug: the patient's other request, whose number may well neighbour this one's
        assertThat(CaseMatcher.match(
                        fields("Ilse Brandvold", DOB, null, "UMR-PA-2703-00419", "Skyrizi"), List.of(ilse)))
                .isInstanceOf(MatchOutcome.NeedsReview.class);
        // no date of birth: the slip is all there is to go on
        assertThat(CaseMatcher.match(fields("Ilse Brandvold", null, "KTV200047719-01", null, "Bimzelx"), List.of(ilse)))
                .isInstanceOf(MatchOutcome.NeedsReview.class);
        // a family suffix whose 0 the fax read as 6 is the same person's
        assertThat(CaseMatcher.match(fields("Ilse Brandvold", DOB, "KTV20047719-61", null, "Bimzelx"), List.of(ilse)))
                .isInstanceOf(MatchOutcome.Matched.class);
        // another family suffix is another person on the policy, not a slip
        assertThat(CaseMatcher.match(fields("Ilse Brandvold", DOB, "KTV20047719-02", null, "Bimzelx"), List.of(ilse)))
                .isInstanceOf(MatchOutcome.NeedsReview.class);
        assertThat(CaseMatcher.withSlipsCorrected(fields("Ilse Brandvold", DOB, "KTV20047719-02", null, null), ilse)
                        .memberId())
                .isEqualTo("KTV20047719-02");
    }

    @Test
    void aNameWithOneLetterMisreadIsSpelledAsTheCaseHasItAndKeepsItsPrintedForm() {
        assertThat(CaseMatcher.nameWithSlipCorrected("AGNIESZKA SOBEZAK", "Agnieszka Sobczak"))
                .isEqualTo("AGNIESZKA SOBCZAK");
        assertThat(CaseMatcher.nameWithSlipCorrected("Sobczak, Agnleszka M", "Agnieszka Sobczak"))
                .isEqualTo("Sobczak, Agnieszka M");
        assertThat(CaseMatcher.nameWithSlipCorrected("Agnieszka Sobczak", "Agnieszka Sobczak"))
                .isNull();
        assertThat(CaseMatcher.nameWithSlipCorrected("Agnes Sobczak", "Agnieszka Sobczak"))
                .as("another first name: another person, nothing to correct")
                .isNull();
    }

    @Test
    void twinsWhoseMemberIdsDifferByOneDigitStayApart() {
        LocalDate born = LocalDate.of(2013, 4, 9);
        PriorAuthCase first = paCase(8, "Rowan Ellery", born, "HN58204K", "Dupixent", null);
        PriorAuthCase second = paCase(9, "Robin Ellery", born, "HN58209K", "Dupixent", null);
        MatchOutcome m =
                CaseMatcher.match(fields("Robin Ellery", born, "HN58204K", null, "Dupixent"), List.of(first, second));
        assertThat(m).isInstanceOf(MatchOutcome.NeedsReview.class);
    }

    @Test
    void familySuffixesAreDifferentPeople() {
        MatchOutcome m = CaseMatcher.match(fields(null, null, "QRS123456-03", null, null), List.of(PARENT, CHILD));
        assertThat(((MatchOutcome.Matched) m).caseId()).isEqualTo(2);
    }

    @Test
    void theDrugDecidesBetweenTwoOpenCasesOfOnePatient() {
        MatchOutcome m = CaseMatcher.match(
                fields("Dana Roe", DOB, "QRS123456-01", null, "Otezla"), List.of(PARENT, PARENT_SECOND));
        assertThat(((MatchOutcome.Matched) m).caseId()).isEqualTo(3);
    }

    @Test
    void aNameWithTheDrugMatchesWhereNoDateOfBirthIsPrintedAndANameAloneDoesNot() {
        PriorAuthCase namesake = paCase(4, "Dana Roe", LocalDate.of(1961, 7, 8), "ZZT555000", "Taltz", null);
        // a pharmacy's fax: "ROE, DANA", the drug, no date of birth; the drug tells the two Dana Roes apart
        MatchOutcome byDrug =
                CaseMatcher.match(fields("ROE, DANA", null, null, null, "Taltz"), List.of(PARENT, CHILD, namesake));
        assertThat(byDrug).isInstanceOf(MatchOutcome.Matched.class);
        assertThat(((MatchOutcome.Matched) byDrug).caseId()).isEqualTo(4);
        assertThat(byDrug.reasons()).anySatisfy(r -> assertThat(r).contains("same name and drug"));
        assertThat(CaseMatcher.match(fields("Dana Roe", null, null, null, null), List.of(PARENT, namesake)))
                .as("a name alone names no one case")
                .isInstanceOf(MatchOutcome.NeedsReview.class);
        assertThat(CaseMatcher.match(fields("Dana Roe", null, null, null, "Dupixent"), List.of(PARENT, PARENT_SECOND)))
                .as("the name and the drug of one case, and the same name on another open case of another drug")
                .isInstanceOf(MatchOutcome.Matched.class);
        assertThat(CaseMatcher.match(
                        fields("Dana Roe", LocalDate.of(1990, 1, 1), null, null, "Taltz"), List.of(namesake)))
                .as("a date of birth printed and another: a different person, whatever the drug")
                .isInstanceOf(MatchOutcome.NeedsReview.class);
    }

    @Test
    void twoFittingCasesGoToReview() {
        MatchOutcome m = CaseMatcher.match(fields("Dana Roe", DOB, null, null, null), List.of(PARENT, PARENT_SECOND));
        assertThat(m).isInstanceOf(MatchOutcome.NeedsReview.class);
        assertThat(((MatchOutcome.NeedsReview) m).candidates()).containsExactly(1L, 3L);
    }

    @Test
    void oneMembersIdWithAnothersBirthDateGoesToReview() {
        MatchOutcome m = CaseMatcher.match(
                fields(null, LocalDate.of(2012, 5, 6), "QRS123456-01", null, null), List.of(PARENT, CHILD));
        assertThat(m).isInstanceOf(MatchOutcome.NeedsReview.class);
        assertThat(((MatchOutcome.NeedsReview) m).why()).contains("contradict");
    }

    @Test
    void sameNameOtherBirthDateIsNotAMatch() {
        MatchOutcome m =
                CaseMatcher.match(fields("Dana Roe", LocalDate.of(1975, 1, 1), null, null, null), List.of(PARENT));
        assertThat(m).isInstanceOf(MatchOutcome.NeedsReview.class);
    }

    @Test
    void aMemberIdWithoutItsFamilySuffixNeitherMatchesNorContradicts() {
        MatchOutcome m = CaseMatcher.match(
                fields("Avery Roe", LocalDate.of(2012, 5, 6), "QRS123456", null, null), List.of(PARENT, CHILD));
        assertThat(((MatchOutcome.Matched) m).caseId())
                .as("name and date of birth decide")
                .isEqualTo(2);
    }

    @Test
    void aPatientWithNoOpenCaseGetsACreateCaseSuggestion() {
        MatchOutcome m = CaseMatcher.match(
                fields("Robin Quayle", LocalDate.of(1969, 8, 1), "ZZZ000111", null, "Taltz"), List.of(PARENT, CHILD));
        assertThat(m).isInstanceOfSatisfying(MatchOutcome.NeedsReview.class, r -> assertThat(r.suggestion())
                .isEqualTo(CaseMatcher.CREATE_CASE));
    }

    @Test
    void aMatchCarriesItsScore() {
        MatchOutcome m =
                CaseMatcher.match(fields("Dana Roe", DOB, "QRS123456-01", "PA-1001", null), List.of(PARENT, CHILD));
        assertThat(((MatchOutcome.Matched) m).score()).isEqualTo(1.0);
    }

    @Test
    void nameWithoutBirthDateIsNotEnough() {
        MatchOutcome m = CaseMatcher.match(fields("Dana Roe", null, null, null, null), List.of(PARENT));
        assertThat(m).isInstanceOf(MatchOutcome.NeedsReview.class);
    }

    @Test
    void oneLetterOcrMisreadInALongNameIsTheSameName() {
        assertThat(CaseMatcher.sameName("Agnieszka Sobezak", "Agnieszka Sobczak"))
                .isTrue();
        assertThat(CaseMatcher.sameName("Rafae} Quintanilla", "Rafael Quintanilla"))
                .isTrue();
        assertThat(CaseMatcher.sameName("SOBCZAK, AGNIESZKA M", "Agnieszka Sobczak"))
                .isTrue();
        // short words, two words off, or another first name: other people
        assertThat(CaseMatcher.sameName("Marie Lopez", "Maria Lopez")).isFalse();
        assertThat(CaseMatcher.sameName("Lennon Okafor", "Landry Okafor")).isFalse();
        assertThat(CaseMatcher.sameName("Agnieszka Sobezek", "Agnieszka Sobczak"))
                .isFalse();
        // the same name one letter off with another date of birth is still another person
        MatchOutcome m = CaseMatcher.match(
                fields("Dana Roee", LocalDate.of(1990, 1, 1), null, null, null), List.of(PARENT, CHILD));
        assertThat(m).isInstanceOf(MatchOutcome.NeedsReview.class);
    }
}
