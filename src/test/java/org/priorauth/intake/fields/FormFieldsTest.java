package org.priorauth.intake.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.priorauth.intake.reading.DocumentFormat;
import org.priorauth.intake.reading.ExtractedText;
import org.priorauth.intake.reading.PageText;
import org.priorauth.intake.reading.ReadMethod;

/**
 * Forms as other payers and faxes print them: labels without a colon, specks between label and value, names last
 * name first and in capitals, a letter with no decision date of its own, and the words around a form that look
 * like a name or a reference and are not.
 */
class FormFieldsTest {

    private final FieldReader reader = new FieldReader(
            new Vocabulary(Path.of("ocr-models")),
            new RequestedItemWords(Path.of("routes/rules/requested-items.yaml")));

    private static ExtractedText fax(String text) {
        return new ExtractedText(DocumentFormat.TIFF, List.of(new PageText(1, text, ReadMethod.OCR, 0.8)));
    }

    @Test
    void aPatientLabelWithoutAColonOrWithSpecksStillNamesThePatient() {
        assertThat(reader.read(fax("Patient OSWIN R HALVORSEN\nDrug Cosentyx")).patientName())
                .isEqualTo("OSWIN R HALVORSEN");
        assertThat(reader.read(fax("Beneficiary - | HALVORSEN, OSWIN R —\nMedicine Taltz"))
                        .patientName())
                .isEqualTo("HALVORSEN, OSWIN R");
        assertThat(reader.read(fax("Member: . - Oswin J. Halvorsen\nPlan ID 4471"))
                        .patientName())
                .isEqualTo("Oswin J. Halvorsen");
        assertThat(reader.read(fax("Enrollee\u2019s name: HALVORSEN-BAY, OSWIN"))
                        .patientName())
                .isEqualTo("HALVORSEN-BAY, OSWIN");
        // the next cell of the row, run on by OCR, is not part of the name
        assertThat(reader.read(fax("Patient Halvorsen, Oswin Ordering provider Mara Quist, MD"))
                        .patientName())
                .isEqualTo("Halvorsen, Oswin");
    }

    @Test
    void anotherFieldsLabelAfterPatientIsNoName() {
        Fields f = reader.read(fax("Member ID QX55120934\nPatient DOB 04/17/1966\nMember Services Department"));
        assertThat(f.patientName()).isNull();
    }

    @Test
    void aNameUnderAPatientsLabelOutweighsANameReadFromProse() {
        Fields f =
                reader.read(fax("Patient Oswin Halvorsen\nDrug Otezla\n\nDear Mara Quist,\nWe reviewed the request."));
        assertThat(f.patientName()).isEqualTo("Oswin Halvorsen");
    }

    @Test
    void wordsThatOnlyLookLikeANameAreNotThePatient() {
        assertThat(reader.read(fax("Reviewed under the policy for Atopic Dermatitis. You may appeal."))
                        .patientName())
                .isNull();
        assertThat(reader.read(fax("Front Desk Lead | Riverbend Skin Clinic")).patientName())
                .isNull();
        assertThat(reader.read(fax("MEMBER NAME- DATE OF BIRTH MEMBER ID")).patientName())
                .isNull();
    }

    @Test
    void aDateOfBirthAfterASpeckIsRead() {
        assertThat(reader.read(fax("Date of birth . June 3, 1958")).dateOfBirth())
                .isEqualTo(LocalDate.of(1958, 6, 3));
    }

    @Test
    void aLetterWithNoDecisionDateIsDatedByItsOwnDate() {
        Fields f = reader.read(fax("March 2, 2027\n\nNotice of denial\nWe cannot approve Taltz for Oswin Halvorsen."));
        assertThat(f.decisionDate()).isEqualTo(LocalDate.of(2027, 3, 2));
        assertThat(f.evidence()).anySatisfy(e -> assertThat(e.note()).contains("the letter's own date"));
        Fields stated = reader.read(fax("March 2, 2027\n\nDate of decision: 02/27/2027\nWe cannot approve Taltz."));
        assertThat(stated.decisionDate()).isEqualTo(LocalDate.of(2027, 2, 27));
    }

    @Test
    void aHubsOrAProgramsOwnCaseIsNoPaReference() {
        assertThat(reader.read(fax("Program case ZX-BZ-448120\nPatient Oswin Halvorsen"))
                        .paReference())
                .isNull();
        assertThat(reader.read(fax("Hub case ID QRS-5510293")).paReference()).isNull();
        assertThat(reader.read(fax("PA case 55102931 is closed")).paReference()).isEqualTo("55102931");
    }

    @Test
    void typeSpecificFieldsStayWithTheirTypes() {
        Fields f = reader.read(fax("March 2, 2027\nNext dose due: 04/06/2027\nPatient Oswin Halvorsen"));
        Fields pharmacy = f.keepTypeSpecific(false, false, false);
        assertThat(pharmacy.deadline()).isNull();
        assertThat(pharmacy.decisionDate()).isNull();
        assertThat(pharmacy.patientName()).isEqualTo("Oswin Halvorsen");
    }

    @Test
    void theDrugUnderItsLabelIsTheLettersDrugWhateverElseTheLetterNames() {
        Fields f = reader.read(
                fax(
                        """
                Patient Halvorsen, Oswin M. Drug Ebglyss (lebrikizumab-lbkz) 250 mg
                Step therapy: the plan prefers Dupixent or Adbry, and neither was tried.
                """));
        assertThat(f.drug()).isEqualTo("Ebglyss");
        Fields service = reader.read(fax("Service: narrowband UVB, 3 sessions a week\nor Otezla if it fails"));
        assertThat(service.drug()).isEqualTo("Phototherapy");
        Fields twoLabelled = reader.read(fax("Drug: Taltz\nMedication requested: Cosentyx"));
        assertThat(twoLabelled.drug()).as("two labelled drugs: no guess").isNull();
    }

    @Test
    void everyAskIsKeptInACanonicalNameOrInTheLettersOwnWords() {
        Fields listed = reader.read(
                fax(
                        """
                Before we decide, please send the following:
                1. Hurley stage at the last visit
                2. Total count of abscesses and inflammatory nodules
                3. Oral antibiotic courses tried for hidradenitis (drug, dates)
                4. Weight in kilograms, measured this month
                Fax them to 800-555-0100 or call 800-555-0101.
                Page 1 of 2
                """));
        assertThat(listed.requestedItems())
                .containsExactlyInAnyOrder(
                        "Hurley stage",
                        "lesion or nodule count",
                        "Oral antibiotic courses tried for hidradenitis",
                        "Weight in kilograms");
        Fields inline = reader.read(
                fax(
                        "Please provide: current itch score; a signed and dated order for a home light unit; the treatment log."));
        assertThat(inline.requestedItems()).contains("itch score", "prescriber signature", "treatment log");
    }

    @Test
    void theDeadlineIsTheWindowForTheAppealNotForAHearingOrThePlansOwnDecision() {
        Fields f = reader.read(
                fax(
                        """
                April 6, 2027

                We did not receive the notes by March 30, 2027, so the request is denied.

                Your rights: you or your doctor can ask us for an appeal.
                Ask for it within 60 days of the date of this notice.
                Fast appeal: if waiting could harm your health, ask for a fast appeal. We will decide within 3 days.
                After our appeal decision you can ask for a state hearing within 120 days of that notice.
                If this notice stops a medicine you already get, you may keep getting it during your appeal.
                You must ask within 10 days of the date of this notice.
                A peer-to-peer talk is open within 14 days of the date of this notice.
                """));
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2027, 6, 5));
    }

    @Test
    void aRequestsNumberAfterALabelWithoutAColon() {
        assertThat(reader.read(fax("Mar 2, 2027\nPA number QX-PA-2703-00412\nPatient Oswin Halvorsen"))
                        .paReference())
                .isEqualTo("QX-PA-2703-00412");
        assertThat(reader.read(fax("Review no. RV-558120")).paReference()).isEqualTo("RV-558120");
        assertThat(reader.read(fax("Coverage determination\nCD-27-004417")).paReference())
                .isEqualTo("CD-27-004417");
        assertThat(reader.read(fax("Program case ZX-448120")).paReference()).isNull();
        assertThat(reader.read(fax("Decision: upheld. Date of appeal decision: Feb 18, 2027."))
                        .decisionDate())
                .isEqualTo(LocalDate.of(2027, 2, 18));
    }

    @Test
    void thePlansOwnDatedActIsTheDecisionsDate() {
        assertThat(reader.read(
                                fax(
                                        "April 9, 2027\nThe request was therefore closed on 04/07/2027, and this counts as a denial."))
                        .decisionDate())
                .isEqualTo(LocalDate.of(2027, 4, 7));
        assertThat(reader.read(fax("April 9, 2027\nOn April 8, 2027 we approved coverage for Taltz."))
                        .decisionDate())
                .isEqualTo(LocalDate.of(2027, 4, 8));
    }

    @Test
    void anInsuranceIdIsTheMembersId() {
        assertThat(reader.read(fax("Insurance Riverbend Health (OHP)\ninsurance ID QX58215K"))
                        .memberId())
                .isEqualTo("QX58215K");
    }

    @Test
    void bulletsOnThePagesBehindTheAskAreNoAsks() {
        ExtractedText letter = new ExtractedText(
                DocumentFormat.TIFF,
                List.of(
                        new PageText(
                                1,
                                "Please send the following:\n1. Hurley stage at the last visit",
                                ReadMethod.OCR,
                                0.8),
                        new PageText(
                                2,
                                "Your rights\n- Your doctor may speak with a reviewer\n- Interpreter services are free",
                                ReadMethod.OCR,
                                0.8)));
        assertThat(reader.read(letter).requestedItems()).containsExactly("Hurley stage");
    }
}
