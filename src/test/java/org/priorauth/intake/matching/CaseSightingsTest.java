package org.priorauth.intake.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.priorauth.intake.cases.PriorAuthCase;
import org.priorauth.intake.fields.Fields;
import org.priorauth.intake.reading.DocumentFormat;
import org.priorauth.intake.reading.ExtractedText;
import org.priorauth.intake.reading.PageText;
import org.priorauth.intake.reading.ReadMethod;

/** GIVEN open cases and a letter whose labels the field reader does not know, WHEN sighted, THEN ... */
class CaseSightingsTest {

    private static final PriorAuthCase HOLLIS = CaseMatcherTest.paCase(
            1, "Hollis Vandermeer-Okoye", LocalDate.of(1977, 9, 30), "TQX40871522-01", "Taltz", "UM-7730418");
    private static final PriorAuthCase HOLLIS_CHILD = CaseMatcherTest.paCase(
            2, "Petra Vandermeer-Okoye", LocalDate.of(2013, 1, 4), "TQX40871522-02", "Dupixent", null);
    private static final PriorAuthCase ORLA =
            CaseMatcherTest.paCase(3, "Orla Brightwater", LocalDate.of(1990, 6, 15), "M88120455", "Sotyktu", null);
    private static final PriorAuthCase ORLA_TWIN_NAME =
            CaseMatcherTest.paCase(4, "Orla Brightwater", LocalDate.of(1968, 11, 2), "K55019377", "Otezla", null);
    private static final List<PriorAuthCase> OPEN = List.of(HOLLIS, HOLLIS_CHILD, ORLA, ORLA_TWIN_NAME);

    @Test
    void identifiersInUnknownLabelsAndTableCellsFillTheFieldsAndMatch() {
        ExtractedText text = page(
                """
                Utilization review outcome
                \tEnrollee on file\tVANDERMEER-OKOYE, HOLLIS
                \tPlan card no.\tTQX40871522-01
                \tBorn\t09/30/1977
                Your tracking code is UM 7730418 for this review.""");
        Fields completed = CaseSightings.complete(Fields.none(), text, OPEN);
        assertThat(completed.patientName()).isEqualTo("VANDERMEER-OKOYE, HOLLIS");
        assertThat(completed.memberId()).isEqualTo("TQX40871522-01");
        assertThat(completed.dateOfBirth()).isEqualTo(LocalDate.of(1977, 9, 30));
        assertThat(completed.paReference()).isEqualTo("UM 7730418");
        assertThat(completed.evidence()).extracting(e -> e.field()).contains("patientName", "memberId");
        MatchOutcome m = CaseMatcher.match(completed, OPEN);
        assertThat(m).isInstanceOf(MatchOutcome.Matched.class);
        assertThat(((MatchOutcome.Matched) m).caseId()).isEqualTo(1);
    }

    @Test
    void ocrConfusionsInANumberAreForgiven() {
        assertThat(CaseSightings.identifierIn("Subscr1ber: TQX4O87l522-0l  Grp 7781", "TQX40871522-01"))
                .containsExactly("TQX4O87l522-0l");
    }

    @Test
    void anIdentifierInsideALongerNumberOrWithAnotherFamilySuffixIsNotSighted() {
        assertThat(CaseSightings.identifierIn("Claim 97730418 paid", "UM-7730418"))
                .isEmpty();
        assertThat(CaseSightings.identifierIn("ID TQX40871522-02", "TQX40871522-01"))
                .isEmpty();
        assertThat(CaseSightings.identifierIn("Fax 7730418-55", "7730418")).isEmpty();
    }

    @Test
    void twoCasesIdentifiersInOneLetterFillNothingAndTheLetterGoesToAPerson() {
        ExtractedText text = page(
                """
                Household notice
                Members: TQX40871522-01 and TQX40871522-02""");
        Fields completed = CaseSightings.complete(Fields.none(), text, OPEN);
        assertThat(completed.memberId()).isNull();
        assertThat(CaseMatcher.match(completed, OPEN)).isInstanceOf(MatchOutcome.NeedsReview.class);
    }

    @Test
    void aNameSharedByTwoPatientsIsDecidedByTheDateOfBirthPrinted() {
        ExtractedText text = page("Re: Orla J. Brightwater (born June 15, 1990) - request pended");
        Fields completed = CaseSightings.complete(Fields.none(), text, OPEN);
        assertThat(completed.patientName()).isEqualTo("Orla J. Brightwater");
        assertThat(completed.dateOfBirth()).isEqualTo(LocalDate.of(1990, 6, 15));
        MatchOutcome m = CaseMatcher.match(completed, OPEN);
        assertThat(((MatchOutcome.Matched) m).caseId()).isEqualTo(3);
    }

    @Test
    void crossedIdentifiersStillGoToAPerson() {
        // one patient's member ID beside another patient's name and date of birth
        ExtractedText text = page("Member: Orla Brightwater  DOB 06/15/1990\nID TQX40871522-01");
        Fields completed = CaseSightings.complete(Fields.none(), text, OPEN);
        assertThat(CaseMatcher.match(completed, OPEN)).isInstanceOf(MatchOutcome.NeedsReview.class);
    }

    @Test
    void whatTheLabelsReadIsKept() {
        Fields read =
                new Fields("Someone Else", null, null, null, null, null, null, null, null, null, null, null, null);
        Fields completed = CaseSightings.complete(read, page("Member Hollis Vandermeer-Okoye"), OPEN);
        assertThat(completed.patientName()).isEqualTo("Someone Else");
    }

    @Test
    void aNameWithAFaxsSpecksBetweenItsWordsIsStillSighted() {
        Fields completed = CaseSightings.complete(
                Fields.none(), page("BRIGHTWATER, \u2018ORLA 06/15/1990 7712093\nPatient Orla. Brightwater"), OPEN);
        assertThat(completed.patientName()).isEqualTo("BRIGHTWATER, \u2018ORLA");
        assertThat(((MatchOutcome.Matched) CaseMatcher.match(completed, OPEN)).caseId())
                .isEqualTo(3);
    }

    private static ExtractedText page(String text) {
        return new ExtractedText(DocumentFormat.TEXT, List.of(new PageText(1, text, ReadMethod.PLAIN_TEXT, 1.0)));
    }
}
