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

class FieldReaderTest {

    private final FieldReader reader = new FieldReader(
            new Vocabulary(Path.of("ocr-models")),
            new RequestedItemWords(Path.of("routes/rules/requested-items.yaml")));

    private static ExtractedText pages(String... texts) {
        List<PageText> pages = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) pages.add(new PageText(i + 1, texts[i], ReadMethod.OCR, 0.9));
        return new ExtractedText(DocumentFormat.TIFF, pages);
    }

    @Test
    void readsLabelledIdentifiersWithTheirEvidence() {
        Fields f = reader.read(
                pages(
                        """
                Anthem Blue Cross Blue Shield
                Member Name: Jonah T. Brightwater     DOB: 07/22/1990
                Subscriber ID: YRK558201934
                Authorization Number: 2026-PA-55102
                Drug requested: risankizumab-rzaa 150 mg
                """));
        assertThat(f.patientName()).isEqualTo("Jonah T. Brightwater");
        assertThat(f.dateOfBirth()).isEqualTo(LocalDate.of(1990, 7, 22));
        assertThat(f.memberId()).isEqualTo("YRK558201934");
        assertThat(f.paReference()).isEqualTo("2026-PA-55102");
        assertThat(f.drug()).as("the generic name maps to the brand").isEqualTo("Skyrizi");
        assertThat(f.payer())
                .as("a payer named inside a longer payer name is that one payer")
                .isEqualTo("Anthem");
        assertThat(f.evidence()).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo("memberId");
            assertThat(e.page()).isEqualTo(1);
            assertThat(e.text()).contains("Subscriber ID");
        });
    }

    @Test
    void anApprovalsPeriodIsReadAsStatedInProseLabelsOrColumns() {
        Fields prose = reader.read(
                pages("Good news: Tremfya is approved effective March 1, 2027 through May 31, 2027 for the member."));
        assertThat(prose.authorizedFrom()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(prose.authorizedThrough()).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(prose.evidence())
                .anySatisfy(e -> assertThat(e.field() + " " + e.text()).startsWith("authorizedThrough Good news"));

        Fields labels = reader.read(
                pages("Coverage determination: APPROVED\nStart date: 12/01/2026\nEnd date ..... 05/31/2027\n"));
        assertThat(labels.authorizedFrom()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(labels.authorizedThrough()).isEqualTo(LocalDate.of(2027, 5, 31));

        Fields columns = reader.read(pages(
                "AUTH #        DRUG        FROM          TO\nQX-44120      Taltz       01/04/2027    01/03/2028\n"));
        assertThat(columns.authorizedThrough()).isEqualTo(LocalDate.of(2028, 1, 3));

        Fields endOnly = reader.read(pages("This authorization expires on 9/30/2027. Renew before then."));
        assertThat(endOnly.authorizedFrom()).isNull();
        assertThat(endOnly.authorizedThrough()).isEqualTo(LocalDate.of(2027, 9, 30));
    }

    @Test
    void anApprovalsPeriodIsNeverCountedNorTakenFromTwoPeriods() {
        // "for 12 months" says no end date: counting one is the plan's rule, not the letter's word
        Fields counted = reader.read(pages("Dupixent is approved for 12 months starting with the next fill."));
        assertThat(counted.authorizedFrom()).isNull();
        assertThat(counted.authorizedThrough()).isNull();
        // a renewal that recalls the period before it states two: a person decides
        Fields two = reader.read(
                pages(
                        "Your last approval ran from 01/01/2026 to 12/31/2026.\nThe renewal is approved from 01/01/2027 to 12/31/2027."));
        assertThat(two.authorizedThrough()).isNull();
        // a date of birth and a decision date are no period
        Fields none = reader.read(pages("Member DOB: 04/12/1981\nDate of decision: 11/30/2026\nStatus: approved"));
        assertThat(none.authorizedFrom()).isNull();
        assertThat(none.authorizedThrough()).isNull();
        // only an approval keeps it
        assertThat(reader.read(pages("Approved through 05/31/2027"))
                        .keepTypeSpecific(false, true, false)
                        .authorizedThrough())
                .isNull();
    }

    @Test
    void twoDifferentValuesLeaveTheFieldEmpty() {
        Fields f = reader.read(
                pages("Member ID: ABC1234567\nWe reviewed Dupixent", "Member ID: ABC7654321\nor switch to Otezla"));
        assertThat(f.memberId()).isNull();
        assertThat(f.drug()).as("two drugs named: no guess").isNull();
    }

    @Test
    void theSameValueOnTwoPagesIsOneReading() {
        Fields f = reader.read(pages("Member ID: ABC1234567", "Member ID: ABC-1234567"));
        assertThat(f.memberId()).isEqualTo("ABC1234567");
    }

    @Test
    void computesADeadlineFromTheNoticeDateAndSaysSo() {
        Fields f = reader.read(
                pages(
                        """
                Date of this notice: November 16, 2026
                You may appeal within 60 days of the date of this notice.
                """));
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(f.evidence()).anySatisfy(e -> assertThat(e.note()).startsWith("computed: 60 days after"));
    }

    @Test
    void aBareReasonIsReadOnlyWhenItIsTheOnlyOne() {
        Fields one = reader.read(
                pages(
                        """
                Quantity requested: 4 syringes per 28 days
                Quantity approved:  2 syringes per 28 days

                The requested dose is higher than the FDA-approved dosing for this diagnosis.
                """));
        assertThat(one.denialReason())
                .isEqualTo("The requested dose is higher than the FDA-approved dosing for this diagnosis.");
        Fields two = reader.read(
                pages(
                        """
                Quantity approved:  2 syringes per 28 days

                The requested dose is higher than the FDA-approved dosing for this diagnosis.
                The plan requires a trial of a preferred biologic first.
                """));
        assertThat(two.denialReason()).as("two candidates, no guess").isNull();
    }

    @Test
    void readsTheLetterDateBesideAnotherFieldWhenOcrClosedTheGap() {
        Fields f = reader.read(
                pages(
                        """
                Reference: PA-3906-003091 Date: 09/22/2026
                Covered: No
                You may request a redetermination within 65 days of the date of this notice.
                """));
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void readsAFormsIdBesideTheRecipientsNameAndAReasonAfterAPlainNo() {
        Fields f = reader.read(
                pages(
                        """
                Recipient: JANE ROE   ID: W665387323
                We reviewed the request for Taltz. Your plan will not pay for this medicine at this time.
                The plan requires a trial of a preferred biologic before this drug can be covered.
                """));
        assertThat(f.memberId()).isEqualTo("W665387323");
        assertThat(f.denialReason())
                .isEqualTo("The plan requires a trial of a preferred biologic before this drug can be covered.");
    }

    @Test
    void aRelativeDeadlineWithoutAPrintedNoticeDateStaysEmpty() {
        Fields f = reader.read(pages("You may appeal within 60 days of the date of this notice."));
        assertThat(f.deadline()).isNull();
    }

    @Test
    void askingThePlanToLookAtItsDecisionAgainIsTheAppealWindowNotThePlansTimeToDecide() {
        Fields f = reader.read(pages(
                "Date: February 2, 2027\n\nIf you disagree, ask us to look at our decision again within 45 days of the\n"
                        + "date of this notice. A standard appeal is decided within 30 days."));
        assertThat(f.deadline()).hasToString("2027-03-19");
    }

    @Test
    void aHubRelayingThePlansAppealDeadlineKeepsItButNotItsNextShipment() {
        Fields relayed = reader.read(pages(
                        "Support program case update\nThe plan told us an appeal must be filed by April 2, 2027.\n"
                                + "We can send an appeal checklist."))
                .keepTypeSpecific(false, false, false);
        assertThat(relayed.deadline()).hasToString("2027-04-02");
        Fields shipment = reader.read(pages("Specialty pharmacy notice\nNext shipment due: 04/02/2027"))
                .keepTypeSpecific(false, false, false);
        assertThat(shipment.deadline()).isNull();
        Fields acknowledgment = reader.read(
                        pages("Appeals unit\nWe received your appeal. We will decide your appeal by April 2, 2027."))
                .keepTypeSpecific(false, false, false);
        assertThat(acknowledgment.deadline())
                .as("the plan's time to decide is no deadline of the practice's")
                .isNull();
    }

    @Test
    void aSecondNoticeListsWhatItAskedForBeforeUnderBulletsAFaxBlurred() {
        Fields f = reader.read(
                pages(
                        """
                SECOND NOTICE
                On 02/01/2027 we asked your office for the information listed below. Nothing has come in.
                « Latest office note with the EASI
                « Dates and results of cyclosporine and dupilumab
                """));
        assertThat(f.requestedItems())
                .containsExactlyInAnyOrder("chart notes", "severity score / BSA", "prior therapy history");
    }

    @Test
    void aPortalsReviewerQuestionsAreAsks() {
        Fields questions = reader.read(
                pages(
                        """
                Status: Awaiting prescriber response
                Questions from the plan's clinical reviewer
                \tWhat percentage of body surface area is affected?
                \tIs there nail involvement or scalp involvement?
                """));
        assertThat(questions.requestedItems())
                .containsExactlyInAnyOrder("severity score / BSA", "special-site involvement");
    }

    @Test
    void thePracticesOwnPeopleAndNumbersAreNeverThePatientsFields() {
        FieldReader knowing = new FieldReader(
                new Vocabulary(Path.of("ocr-models")),
                new RequestedItemWords(Path.of("routes/rules/requested-items.yaml")),
                new PracticeIdentity(
                        java.util.Set.of("Dr. Wendeline Abara", "Northgate Skin Clinic"),
                        java.util.Set.of("555-010-0163", "1999999984")));
        ExtractedText letter = pages(
                """
                Patient: Wendeline Abara, MD
                Provider reference: 1999999984
                Patient: Ottilie Brand   Member ID: KZN4410927
                Reference: ZQ-2027-04411
                Your request for Skyrizi is approved.
                """);
        Fields read = knowing.read(letter);
        assertThat(read.patientName()).isEqualTo("Ottilie Brand");
        assertThat(read.paReference()).isEqualTo("ZQ-2027-04411");
        Fields unknowing = reader.read(letter);
        assertThat(unknowing.patientName())
                .as("without the practice: two patients, so none")
                .isNull();
        assertThat(unknowing.paReference()).isNull();
    }

    @Test
    void aFormsRowsOfHeadingsGiveThePatientsFields() {
        Fields f = reader.read(
                pages(
                        """
                Harborline Pharmacy Review                Date: 03/02/2027
                CASE ID MEMBER NAME DATE OF BIRTH
                HL-20931774 . | OSTROWSKA, MARGIT 03/14/1969
                MEMBER ID GROUP PRESCRIBER
                KWV5520193-02 GRP-4410 Lionel Abernathy, MD
                Coverage review decision: APPROVED
                """));
        assertThat(f.patientName()).isEqualTo("OSTROWSKA, MARGIT");
        assertThat(f.dateOfBirth()).hasToString("1969-03-14");
        assertThat(f.memberId()).isEqualTo("KWV5520193-02");
        assertThat(f.paReference()).isEqualTo("HL-20931774");
    }

    @Test
    void aTreatmentIsTheDrugOnlyWhereALabelNamesIt() {
        assertThat(reader.read(
                                pages(
                                        "Benefits summary\nSpecialist visit   $40 copay\nPhototherapy (office)   20% after deductible"))
                        .drug())
                .as("a benefits table lists treatments; it asks for none")
                .isNull();
        assertThat(reader.read(pages("Treatment requested: narrowband UVB, three sessions a week"))
                        .drug())
                .isEqualTo("Phototherapy");
    }

    @Test
    void aRegulatorsOrAnIndependentReviewersOwnCaseNumberIsNoPaReference() {
        assertThat(reader.read(pages("Enrollee: Marta Quell\nDOI case number: OIC-2027-0418\nThe denial is reversed."))
                        .paReference())
                .isNull();
        assertThat(reader.read(pages("Enrollee: Marta Quell\nIRO case #: 55-20931\nThe denial is reversed."))
                        .paReference())
                .isNull();
        assertThat(reader.read(pages("Enrollee: Marta Quell\nDFR case number DFR-ER-27.0410\nThe denial is reversed."))
                        .paReference())
                .isNull();
    }

    @Test
    void aDecisionNoticeWithOnlyItsDecisionsDateCountsTheAppealWindowFromIt() {
        Fields f = reader.read(pages("Review status: not approved\nDecision date: 03/09/2027\n\n"
                + "The prescriber may appeal within 90 days of the date of this notice."));
        assertThat(f.decisionDate()).hasToString("2027-03-09");
        assertThat(f.deadline()).hasToString("2027-06-07");
    }

    @Test
    void readsTheCaseNamedLastOnASubjectButNotADateOrAPhoneNumber() {
        assertThat(reader.read(pages("Subject: Dose escalation AK67KJ13\n\nThe request was reviewed."))
                        .paReference())
                .isEqualTo("AK67KJ13");
        assertThat(reader.read(pages("Subject: Fax received 2026-11-26\n\nSee the attached page."))
                        .paReference())
                .isNull();
        assertThat(reader.read(pages("Subject: Call us at 555-201-3344\n\nWe have a question."))
                        .paReference())
                .isNull();
        assertThat(reader.read(pages("Subject: Appeal decision for APL-2026-0042\n\nSee the letter."))
                        .paReference())
                .isNull();
    }

    @Test
    void nothingInTheTextMeansNothingInTheFields() {
        Fields f = reader.read(pages("Thank you for your fax. We will call you back."));
        assertThat(f).isEqualTo(Fields.none());
    }

    @Test
    void listsRequestedItemsAfterTheRequest() {
        Fields f = reader.read(
                pages(
                        """
                Our records show a BSA assessment from 2025.
                To complete our review, please provide:
                - office visit notes from the last 6 months
                - TB test result (QuantiFERON)
                """));
        assertThat(f.requestedItems()).containsExactly("chart notes", "TB test");
    }

    @Test
    void readsTheDenialReasonAcrossLines() {
        Fields f = reader.read(
                pages(
                        """
                Your request was denied because the records do not show
                a trial of two topical steroids.

                You may appeal.
                """));
        assertThat(f.denialReason()).isEqualTo("the records do not show a trial of two topical steroids");
    }

    @Test
    void readsTheReasonUnderAHeadingOfItsOwnNotThePolicyCitedBelowIt() {
        // the heading on its own line, no colon, the paragraph under it; then the policy's name as a label line
        Fields heading = reader.read(
                pages(
                        """
                Northwind Health Plan
                Member ID: NW55120934
                We cannot approve coverage of Adbry for this member.

                WHY WE DID NOT APPROVE THIS REQUEST

                Adbry is covered after a four-week trial of a topical calcineurin inhibitor.
                The notes sent show a topical steroid only.

                Policy used: Northwind Pharmacy Policy 7.12, Atopic Dermatitis Agents.
                You may appeal within 60 days.
                """));
        assertThat(heading.denialReason())
                .isEqualTo("Adbry is covered after a four-week trial of a topical calcineurin inhibitor. The notes sent"
                        + " show a topical steroid only.");
        // a heading with a colon and the reason's lines running on, ending where the letter turns to the reader
        Fields colon = reader.read(
                pages(
                        """
                Rationale for the adverse determination:
                Severity was not documented: no body surface area
                or EASI score was in the records.
                Please send them with a new request.
                """));
        assertThat(colon.denialReason())
                .isEqualTo("Severity was not documented: no body surface area or EASI score was in the records.");
        // a sentence wrapped where it introduces a list: the line with the colon carries the sentence on, it is no
        // label of its own (a label starts with a capital)
        Fields wrapped = reader.read(
                pages(
                        """
                Reason for the decision
                The plan covers Bimzelx after two preferred
                agents: a TNF blocker and one IL-23 inhibitor. Neither is in the records.
                Criteria source: Plan policy RX-88.
                """));
        assertThat(wrapped.denialReason())
                .isEqualTo("The plan covers Bimzelx after two preferred agents: a TNF blocker and one IL-23 inhibitor."
                        + " Neither is in the records.");
        // a fax's speck after a one-word heading
        assertThat(reader.read(pages("Determination: denied\n\nBasis -\nThe records show no trial of a preferred"
                                + " agent.\n\nAppeal rights\nYou may appeal."))
                        .denialReason())
                .isEqualTo("The records show no trial of a preferred agent.");
        // a line that merely starts with the word is no heading
        assertThat(reader.read(pages("Reason codes are listed on the back of this page.\nThe drug is covered."))
                        .denialReason())
                .isNull();
    }

    @Test
    void readsWhatNeverCameAsTheReasonOfAnAdministrativeDenial() {
        // the letter's own sentence that the records asked for did not come, though it starts with "We"
        assertThat(reader.read(
                                pages(
                                        """
                Request closed
                On 4/2 we asked your office for chart notes and a PASI score. We did not receive them by 4/16.
                Without them the request could not be reviewed.
                You may send a new request at any time.
                """))
                        .denialReason())
                .isEqualTo("We did not receive them by 4/16.");
        // the decision's own sentence, when it gives non-receipt as its cause
        assertThat(reader.read(
                                pages(
                                        """
                Coverage decision

                No
                reply was received within the 14 days allowed, so the request is denied.
                Questions? Call 555-0100.
                """))
                        .denialReason())
                .isEqualTo("No reply was received within the 14 days allowed, so the request is denied.");
        // a decision sentence that gives no cause stays no reason
        assertThat(reader.read(pages("The request is denied. Please call us with questions."))
                        .denialReason())
                .isNull();
    }

    @Test
    void readsAPatientNamedWithoutALabelOnlyWhenItLooksLikeAPerson() {
        assertThat(reader.read(pages(
                                "I am working on the PA for Imogen Castellane (DOB 03/02/1981), reference XQ48TR77."))
                        .patientName())
                .isEqualTo("Imogen Castellane");
        assertThat(reader.read(pages("Dear Imogen Castellane,\n\nYour order is on its way."))
                        .patientName())
                .isEqualTo("Imogen Castellane");
        assertThat(reader.read(pages("Imogen Castellane\nMember ID: W123456789\n"))
                        .patientName())
                .isEqualTo("Imogen Castellane");
        // a middle initial whose full stop OCR read as a colon, a speck before the name
        assertThat(reader.read(pages("Member: * Harriet Q: Lindqvist\nDate of birth 02/03/1990"))
                        .patientName())
                .isEqualTo("Harriet Q. Lindqvist");
        // a salutation or subject that names an office or a title is no patient
        assertThat(reader.read(pages("Dear Dr. Provider:\nWe reviewed the request."))
                        .patientName())
                .isNull();
        assertThat(reader.read(pages("RE: Prior Authorization Request\nMember ID: W123456789"))
                        .patientName())
                .isNull();
        assertThat(reader.read(pages("To: Prescriber Office\nFrom: Acme Specialty Pharmacy\nPages: 2"))
                        .patientName())
                .isNull();
    }

    @Test
    void readsPhrasingsOfDeadlinesReasonsAndIdentifiersInProse() {
        Fields f = reader.read(
                pages(
                        """
                Acme Health Plan

                October 2, 2026

                Insurance: Aetna   ID: W920683912
                We are not able to approve this request because the records do not show a trial of
                two topical steroids.
                Appeals must be filed
                by 11/30/2026.
                """));
        assertThat(f.memberId()).isEqualTo("W920683912");
        assertThat(f.denialReason()).startsWith("the records do not show a trial of two topical steroids");
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2026, 11, 30));
        Fields relative = reader.read(
                pages("Cigna\n\nOctober 2, 2026\n\nYou may appeal within 60 days of the date of this notice.\n"));
        assertThat(relative.deadline())
                .as("computed from the letter's bare date line")
                .isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void aReasonPrintedBareAfterTheDecisionIsReadOnlyWhenItSpeaksOfCriteria() {
        Fields bare = reader.read(
                pages("Your appeal has been reviewed. The denial stands. The records do not show a trial of two topical"
                        + " steroids.\nYou may ask for an external review."));
        assertThat(bare.denialReason()).isEqualTo("The records do not show a trial of two topical steroids.");
        Fields noReason =
                reader.read(pages("Your request has been denied. The plan will mail a copy of this letter to you."));
        assertThat(noReason.denialReason()).isNull();
        Fields labelled = reader.read(
                pages(
                        "Your request has been denied. Reason for denial: step therapy was not met.\nThe plan requires a trial."));
        assertThat(labelled.denialReason()).as("a labelled reason wins").startsWith("step therapy was not met.");
        assertThat(reader.read(pages("coverage for Bimzelx for your patient\nCressida Iwasaki has been authorized"))
                        .patientName())
                .isEqualTo("Cressida Iwasaki");
    }

    @Test
    void aNameInProseIsNoPatientWhenItIsAPayersOrADrugs() {
        assertThat(reader.read(pages("Coverage for Dupixent for Imogen Castellane was reviewed."))
                        .patientName())
                .isEqualTo("Imogen Castellane");
        assertThat(reader.read(pages("The appeal filed for Harvard Pilgrim was received."))
                        .patientName())
                .isNull();
    }

    @Test
    void aPortalTableIsReadByItsColumnHeadings() {
        Fields f =
                reader.read(savedPortalPage("Aetna - Authorization Lookup\n\n\tAuth number\tMember\tService\tStatus\n\n"
                        + "\tPA-0087-368846\tGeorgiana Fitzwilliam\tSotyktu\tCertified\n"));
        assertThat(f.paReference()).isEqualTo("PA-0087-368846");
        assertThat(f.patientName()).isEqualTo("Georgiana Fitzwilliam");
        assertThat(reader.read(savedPortalPage(
                                "\tAuth number\tMember\tStatus\n\tPA-1\tAnn Lee\tCertified\n\tPA-2\tBo Kim\tDenied\n"))
                        .patientName())
                .as("two rows are two cases: no column is read as the letter's")
                .isNull();
    }

    /** A saved portal page as the HTML reader gives it: table cells apart with tabs. */
    private static ExtractedText savedPortalPage(String text) {
        return new ExtractedText(DocumentFormat.HTML, List.of(new PageText(1, text, ReadMethod.HTML, 1.0)));
    }

    @Test
    void aSubjectLineThatNamesThePatientFirstAndADeadlineCountedFromAPrintedDate() {
        Fields f = reader.read(
                pages(
                        """
                Re: Tallulah Iwasaki, ID W123456789
                Cardholder ID: W123456789
                Review number: A87587581
                The prescriber may request reconsideration within 30 days
                of 10/02/2026.
                """));
        assertThat(f.patientName()).isEqualTo("Tallulah Iwasaki");
        assertThat(f.memberId()).isEqualTo("W123456789");
        assertThat(f.paReference()).isEqualTo("A87587581");
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(reader.read(pages("RE: Missing Information, case 4471203")).patientName())
                .as("a subject that is no person")
                .isNull();
    }

    @Test
    void dottedLeadersSubjectLinesAndReviewerComments() {
        Fields form = reader.read(
                pages(
                        """
                Express Scripts
                Member ................. Hamish Delacroix
                Respond by .............. 11/22/2026
                Reviewer comments: The plan requires a trial of a preferred biologic first.
                """));
        assertThat(form.patientName()).isEqualTo("Hamish Delacroix");
        assertThat(form.deadline()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(form.denialReason()).isEqualTo("The plan requires a trial of a preferred biologic first.");
        assertThat(reader.read(pages("Reviewer comments: Thank you for the quick reply."))
                        .denialReason())
                .as("a comment that speaks of no criteria is no reason")
                .isNull();
        assertThat(reader.read(pages("Subject: RE: PA-1647-166105 - DENIED\n\nPlease see the attached letter."))
                        .paReference())
                .isEqualTo("PA-1647-166105");
    }

    @Test
    void aNameBetweenBarsInBracketsOrLastOnASubjectLine() {
        assertThat(reader.read(pages("Case PA-2291-330418 | Ximena Szczepanski | Dupixent"))
                        .patientName())
                .isEqualTo("Ximena Szczepanski");
        assertThat(reader.read(pages("The review for Taltz (Dashiell Rasmussen) cannot move forward."))
                        .patientName())
                .isEqualTo("Dashiell Rasmussen");
        assertThat(reader.read(pages("Re: case 4471203, Percival Delacroix")).patientName())
                .isEqualTo("Percival Delacroix");
        assertThat(reader.read(pages("Home | Contact Us | Privacy Policy")).patientName())
                .as("a portal's navigation is nobody")
                .isNull();
        assertThat(reader.read(pages("Requests for an exception (Step Therapy) are reviewed in 72 hours."))
                        .patientName())
                .isNull();
    }

    @Test
    void aFaxLineOfFieldsBetweenSlashesAndAnAuthNumberInProse() {
        Fields f = reader.read(pages("RE-AUTHORIZATION APPROVED\nEulalia Underhill / Skyrizi / auth PC55XK65\n"));
        assertThat(f.patientName()).isEqualTo("Eulalia Underhill");
        assertThat(f.paReference()).isEqualTo("PC55XK65");
        assertThat(reader.read(pages("If we do not get it by December 1, 2026, we will decide."))
                        .deadline())
                .isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void aReferenceTheReaderIsToQuoteAndAReasonAfterAnAppealKeptOrTurnedDown() {
        assertThat(reader.read(pages("Please call 555-410-2200 and quote PA-5287-200852 to set a time."))
                        .paReference())
                .isEqualTo("PA-5287-200852");
        assertThat(reader.read(pages("We are keeping our first decision. The plan requires a trial of methotrexate.\n"))
                        .denialReason())
                .isEqualTo("The plan requires a trial of methotrexate.");
        assertThat(reader.read(pages("The rest of the request was turned down. The chart does not show a trial.\n"))
                        .denialReason())
                .isEqualTo("The chart does not show a trial.");
    }

    @Test
    void aReviewVendorsFormACallerAndAMedicaidAddressBlock() {
        Fields form = reader.read(
                pages(
                        """
                Patient: Roe, Jane      DOB: 03/02/1981
                UR #: PA-1207-641924
                Review status: Pend - clinical information incomplete
                Fax to 1-888-555-0147:
                - Chart notes
                - Photos
                """));
        assertThat(form.paReference()).isEqualTo("PA-1207-641924");
        assertThat(form.requestedItems()).containsExactly("chart notes", "photos");
        assertThat(reader.read(pages("Jane Roe called and asked when the Dupixent will be approved."))
                        .patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("Hi, following up. The request for Jane Roe went through."))
                        .patientName())
                .isEqualTo("Jane Roe");
        Fields notice =
                reader.read(pages("To: Jane Roe\nRecipient ID: 998877665\n\nA visit note is needed by 12/15/2026."));
        assertThat(notice.patientName()).isEqualTo("Jane Roe");
        assertThat(notice.deadline()).isEqualTo(LocalDate.of(2026, 12, 15));
    }

    @Test
    void theReasonIsTheSentenceAfterTheDecisionNotTheAdviceAfterIt() {
        assertThat(reader.read(
                                pages(
                                        """
                                It was not a match for coverage. The records do not show a trial of two topical steroids.
                                A new request can be sent once the missing trial is documented.
                                """))
                        .denialReason())
                .isEqualTo("The records do not show a trial of two topical steroids.");
    }

    @Test
    void aPortalLookupLineAResubmissionDeadlineAndNoDeadlineInAnApprovalsEnd() {
        Fields lookup = reader.read(
                pages(
                        """
                Member Jane Roe, authorization PA-3945-755066
                This request for Skyrizi is suspended pending receipt of the items below. Resubmit by 12/27/2026.
                - Chart notes
                """));
        assertThat(lookup.patientName()).isEqualTo("Jane Roe");
        assertThat(lookup.paReference()).isEqualTo("PA-3945-755066");
        assertThat(lookup.deadline()).isEqualTo(LocalDate.of(2026, 12, 27));
        assertThat(lookup.requestedItems()).containsExactly("chart notes");
        // where an approval ends is no deadline for anyone
        assertThat(reader.read(pages("We said yes to Skyrizi. You can get it until 10/11/2027."))
                        .deadline())
                .isNull();
    }

    @Test
    void aMessageDigestLineAndAStatesZipCodeThatIsNoReference() {
        Fields digest = reader.read(pages("1 new message\nPA 1177592371 (Jane Roe, Dupixent) - decision posted.\n"));
        assertThat(digest.paReference()).isEqualTo("1177592371");
        assertThat(digest.patientName()).isEqualTo("Jane Roe");
        assertThat(reader.read(pages("Patient Jane Roe | Ref YN62PF84\n")).paReference())
                .isEqualTo("YN62PF84");
        assertThat(reader.read(pages("Main Line Dermatology\n12 Oak Street, Philadelphia, PA 19103\n"))
                        .paReference())
                .isNull();
        assertThat(reader.read(pages("The reviewer can talk about Skyrizi for Jane Roe before the case is decided."))
                        .patientName())
                .isEqualTo("Jane Roe");
    }

    @Test
    void aNameLastOnACaseLineAClientAndThePatientWritingThroughThePortal() {
        assertThat(reader.read(pages("Case 1177592371 \u00b7 Jane Roe\nSkyrizi: authorization issued"))
                        .patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("Dear Jane Roe, good news about Skyrizi: your plan agreed to cover it."))
                        .patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("Re: our client Jane Roe\nPlease send copies of her records."))
                        .patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("Message from the patient portal\n\nFrom: Jane Roe\nI ran out of my cream."))
                        .patientName())
                .isEqualTo("Jane Roe");
        // a From: line elsewhere is as often the payer's nurse or the clinic's own staff
        assertThat(reader.read(pages("From: Nora Kemp\nSubject: question\nCan someone call me?"))
                        .patientName())
                .isNull();
    }

    @Test
    void aPartDPlansNoticeTitledInMedicaresWordsNamesThePlan() {
        assertThat(reader.read(pages("Cigna\nNOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE\n"))
                        .payer())
                .isEqualTo("Cigna");
        assertThat(reader.read(pages("Medicare Part D coverage determination\n"))
                        .payer())
                .isEqualTo("Medicare");
        // two plans named as such are still two payers: a person decides
        assertThat(reader.read(pages("Primary: Cigna\nSecondary: Medicare\n")).payer())
                .isNull();
    }

    @Test
    void aResendIsADeadlineAndTheNextReviewOfAnApprovalIsNot() {
        assertThat(reader.read(pages("The reviewer cannot read the chart notes. Please resend them by 12/08/2026."))
                        .deadline())
                .isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(reader.read(pages("Result: Pended\nNeeded from prescriber:\n- TB test\n- Photos\n"))
                        .requestedItems())
                .containsExactly("TB test", "photos");
        assertThat(reader.read(pages("Reauthorization of Skyrizi is complete. The next review is due by 09/30/2027."))
                        .deadline())
                .isNull();
    }

    @Test
    void aPhoneMessageAQuestionAndAFormToCompleteAreRequests() {
        assertThat(reader.read(pages("Caller: plan nurse\nMessage: she needs the last two office notes and the body "
                                + "surface area before she can finish the review."))
                        .requestedItems())
                .containsExactlyInAnyOrder("chart notes", "severity score / BSA");
        assertThat(reader.read(pages("One question before we can finish the review: has the patient tried a topical "
                                + "steroid? Reply with the dates."))
                        .requestedItems())
                .containsExactly("prior therapy history");
        assertThat(reader.read(pages("The form is incomplete. Complete the following and fax it back by 12/08/2026:\n"
                                + "- TB test\n- Photos\n"))
                        .requestedItems())
                .containsExactly("TB test", "photos");
    }

    @Test
    void aNameLastNameFirstOnAReLineAPatientWhoCalledAndNoPrescriptionLabelInAName() {
        // kept as printed, last name first: the matcher compares names in either order
        assertThat(reader.read(pages("RE: Roe, Jane      DOB 01/02/1980\nAuth # 12345678"))
                        .patientName())
                .isEqualTo("Roe, Jane");
        assertThat(reader.read(pages("Patient Jane Roe called to ask whether the approval came through."))
                        .patientName())
                .isEqualTo("Jane Roe");
        // OCR closes the gap between two cells: the label that follows is no part of the name
        assertThat(reader.read(pages("Patient: Jane Roe Rx: Dupixent")).patientName())
                .isEqualTo("Jane Roe");
    }

    @Test
    void anAppealForAPatientAReLineWithoutItsGapAnEpaNumberAndARequirement() {
        assertThat(reader.read(pages("We looked at your appeal for Jane Roe again. Dupixent still does not meet "
                                + "the rules."))
                        .patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("RE: Jane Roe Auth #: DFO7CQ54\nRenewal granted."))
                        .patientName())
                .isEqualTo("Jane Roe");
        Fields portal = reader.read(pages("Aetna | ePA TG20PG36\nOpen question from the plan: Please list each "
                + "systemic agent the patient has used, with dates."));
        assertThat(portal.paReference()).isEqualTo("TG20PG36");
        assertThat(portal.requestedItems()).containsExactly("prior therapy history");
        assertThat(reader.read(pages("To complete the review we require the patient's current weight and the most "
                                + "recent severity score."))
                        .requestedItems())
                .containsExactly("severity score / BSA");
    }

    @Test
    void theReLineOfAShortFaxTheLetterToThePrescriberAndAListOfRecordsNeededByADate() {
        Fields fax = reader.read(pages(
                "Fax from Aetna\n\nRe: Jane Roe / 8037584019\n\nRequest for Dupixent - " + "APPROVED AS REQUESTED."));
        assertThat(fax.patientName()).isEqualTo("Jane Roe");
        assertThat(fax.paReference()).isEqualTo("8037584019");
        assertThat(reader.read(pages("To the prescriber of Jane Roe:\n\nThe medical director agreed with your "
                                + "request."))
                        .patientName())
                .isEqualTo("Jane Roe");
        Fields records = reader.read(pages("To decide the request for Dupixent, we need copies of the following\n"
                + "records by 10/26/2026:\n- Chart notes\n"));
        assertThat(records.deadline()).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(reader.read(pages("Before a decision can be made, the reviewer would like to see photographs of "
                                + "the affected areas."))
                        .requestedItems())
                .containsExactly("photos");
    }

    @Test
    void aQuestionAboutAPatientsTestAndASecondRequestsDate() {
        Fields question = reader.read(pages("Can you confirm the date of Jane Roe's last TB test for the Dupixent "
                + "review? We can't finish without it."));
        assertThat(question.patientName()).isEqualTo("Jane Roe");
        assertThat(question.requestedItems()).containsExactly("TB test");
        assertThat(reader.read(pages("We still need the following:\n- Photos\nIf we do not have them by "
                                + "10/05/2026, the request will be decided on the information we have."))
                        .deadline())
                .isEqualTo(LocalDate.of(2026, 10, 5));
        // an approval's end is no deadline
        assertThat(reader.read(pages("We have approved Dupixent until 09/30/2027."))
                        .deadline())
                .isNull();
    }

    @Test
    void aFaxBackFormAReviewerAskingForAPrescriptionAndAPortalsDateToAddItemsBy() {
        assertThat(reader.read(pages("Answer the questions below and fax this page back by 12/01/2026.\n"
                                + "1. Current BSA: ______\n2. Topical treatments tried and dates: ______"))
                        .requestedItems())
                .containsExactlyInAnyOrder("severity score / BSA", "prior therapy history");
        assertThat(reader.read(pages("The reviewer is asking for the prescription with dose and frequency."))
                        .requestedItems())
                .containsExactly("prescription");
        assertThat(reader.read(pages("Your request is incomplete. Add the missing items by 10/20/2026."))
                        .deadline())
                .isEqualTo(LocalDate.of(2026, 10, 20));
        assertThat(reader.read(pages("Patient: Jane Roe Product: Skyrizi")).patientName())
                .isEqualTo("Jane Roe");
    }

    @Test
    void aPortalRequestLineAnAnswerDueOnTheNextLineAChecklistAndAnotherDecisionThatIsNoReason() {
        Fields portal = reader.read(savedPortalPage("Request PA-1103-659910 for Jane Roe (Dupixent)\nThe plan has "
                + "questions. Open the request in the portal to answer\nthem before 01/02/2027."));
        assertThat(portal.patientName()).isEqualTo("Jane Roe");
        assertThat(portal.deadline()).isEqualTo(LocalDate.of(2027, 1, 2));
        assertThat(reader.read(pages("Documentation Checklist\n[X] Chart notes\n[X] TB test\n"))
                        .requestedItems())
                .containsExactly("chart notes", "TB test");
        assertThat(reader.read(pages("Quantity over the limit: denied. Quantity within the limit: approved."))
                        .denialReason())
                .isNull();
    }

    @Test
    void whatArrivedAndWillNotDoIsAskedForAgain() {
        assertThat(reader.read(pages("Page 2 of the chart notes for Dupixent did not come through on your fax. "
                                + "Please fax the full notes again."))
                        .requestedItems())
                .containsExactly("chart notes");
        assertThat(reader.read(pages("The chart notes you faxed are from 2024. We need a visit from the last six "
                                + "months that documents current disease severity."))
                        .requestedItems())
                .containsExactlyInAnyOrder("chart notes", "severity score / BSA");
        assertThat(reader.read(pages("Clinical update needed: the notes on file are old. Send notes from a visit in "
                                + "the last 90 days."))
                        .requestedItems())
                .containsExactly("chart notes");
    }

    @Test
    void aGapInTheFileAQuestionAListWithItsDateBelowAndARepliedMailsQuotedLines() {
        assertThat(reader.read(pages("We looked at the Otezla request, but the file does not show how long the "
                                + "patient used Skyrizi or why it was stopped. Please tell us the dates."))
                        .requestedItems())
                .containsExactly("prior therapy history");
        assertThat(reader.read(pages("Quick one: what was the patient's EASI at the last visit? Reply here."))
                        .requestedItems())
                .containsExactly("severity score / BSA");
        Fields list = reader.read(pages("To finish the review we first need\n  1. Photographs of the affected skin\n"
                + "  2. Negative TB screening from the past year\nby 12/04/2026."));
        assertThat(list.requestedItems()).containsExactlyInAnyOrder("photos", "TB test");
        assertThat(list.deadline()).isEqualTo(LocalDate.of(2026, 12, 4));
        // what the office wrote before, quoted below a reply, is not asked again
        assertThat(reader.read(pages("Thanks. One more thing: what was the patient's response to methotrexate?\n\n"
                                + "> Sent the chart notes as requested."))
                        .requestedItems())
                .isEmpty();
        assertThat(reader.read(pages("Please send the chart notes and\nprescriptions for the members on the "
                                + "enclosed list by 12/12/2026."))
                        .deadline())
                .isEqualTo(LocalDate.of(2026, 12, 12));
    }

    @Test
    void aNameBeforeANumberWithNoColonAnAppealsNumberAndAPossessiveAfterAt() {
        assertThat(reader.read(pages("Re: Eulalia Haverford Ref A46001735\nThe plan will not pay for it."))
                        .patientName())
                .isEqualTo("Eulalia Haverford");
        assertThat(reader.read(pages("RE: Jane Roe Appeal: APL-9111968\nWe are keeping our first decision."))
                        .patientName())
                .isEqualTo("Jane Roe");
        Fields prose = reader.read(pages("You asked us to look again at Jane Roe's Dupixent. We did, and this time "
                + "the plan will pay for it. The number is NG97RB32 and it is good until 09/30/2027."));
        assertThat(prose.patientName()).isEqualTo("Jane Roe");
        assertThat(prose.paReference()).isEqualTo("NG97RB32");
        // the member's number is no case
        assertThat(reader.read(pages("The member number is W123456789.")).paReference())
                .isNull();
        // the salutation's sentence is no reason: the one reason left is read
        assertThat(reader.read(pages("Dear prescriber, the request for Dupixent was reviewed against the plan's "
                                + "criteria and the plan did not find it medically necessary.\n\nThe plan requires "
                                + "a trial of a preferred biologic before this drug can be covered."))
                        .denialReason())
                .isEqualTo("The plan requires a trial of a preferred biologic before this drug can be covered.");
    }

    @Test
    void aNameAfterACaseNumberAReferralAPossessiveOpeningALineAndAnAppealsNumberAfterTheName() {
        Fields portal = reader.read(pages("PA QE94FE36 - Jane Roe\n\nThe prior authorization for Skyrizi cannot move "
                + "forward. Please correct the diagnosis code and resubmit."));
        assertThat(portal.patientName()).isEqualTo("Jane Roe");
        assertThat(portal.requestedItems()).containsExactly("diagnosis");
        assertThat(reader.read(pages("Dear colleague,\nThank you for referring Jane Roe. I saw the patient today."))
                        .patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("Delivery confirmation\n\nJane Roe's Dupixent was delivered on 10/02/2026."))
                        .patientName())
                .isEqualTo("Jane Roe");
        // OCR closed the gap before the appeal's number: the number's label is no part of the name
        assertThat(reader.read(pages("Member: Jane Roe Appeal: APL-9111968\nYour appeal arrived."))
                        .patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("Has the patient had a trial of a topical calcineurin inhibitor? If so, please "
                                + "give the dates and the outcome."))
                        .requestedItems())
                .containsExactly("prior therapy history");
    }

    @Test
    void aNameRunOnIntoTheDrugAndANameBeforeTheDrugInBrackets() {
        // a PDF's text layer closed the gap between the name and the drug
        assertThat(reader.read(pages("Re: Zenobia Kowalewski Sotyktu\n\nWe need a new prescription."))
                        .patientName())
                .isEqualTo("Zenobia Kowalewski");
        Fields missing = reader.read(pages("Hi team, we are still missing a couple of things for Jane Roe "
                + "(Dupixent):\n- Photographs of the affected skin\n- Baseline laboratory results"));
        assertThat(missing.patientName()).isEqualTo("Jane Roe");
        assertThat(missing.requestedItems()).containsExactlyInAnyOrder("photos", "lab results");
        assertThat(reader.read(pages("For the review of this prior authorization, send copies of the medical "
                                + "records from the last two visits."))
                        .requestedItems())
                .containsExactly("chart notes");
        assertThat(reader.read(pages("We previously denied Dupixent for Jane Roe because the TB test was missing."))
                        .patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("Patient: Jane Roe PA: QE94FE36")).patientName())
                .isEqualTo("Jane Roe");
    }

    @Test
    void aPharmacistsQuestionAboutWhyADrugStoppedAndAPatientAPharmacyCouldNotReach() {
        assertThat(reader.read(pages("The pharmacist reviewing Dupixent (dupilumab) has a question: was methotrexate\n"
                                + "stopped because of side effects or lack of response? Please answer by\n11/06/2026."))
                        .requestedItems())
                .containsExactly("prior therapy history");
        assertThat(reader.read(pages("We tried to reach Jane Roe three times to schedule the Skyrizi delivery."))
                        .patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("The PA for Taltz (Jane Roe) was reviewed on 10/02/2026. Result: unable to "
                                + "approve based on the documentation provided."))
                        .decisionDate())
                .isEqualTo(LocalDate.of(2026, 10, 2));
    }

    @Test
    void aCaseWaitingOnTheOfficeARequestThatArrivedWithoutNotesAndAReasonPending() {
        assertThat(reader.read(pages("The case is open and waiting on your office for:\n  1. Baseline laboratory "
                                + "results\n  2. Photographs of the affected skin"))
                        .requestedItems())
                .containsExactlyInAnyOrder("lab results", "photos");
        assertThat(reader.read(pages("The request for Dupixent arrived without the prescriber's notes."))
                        .requestedItems())
                .containsExactly("chart notes");
        assertThat(reader.read(pages("Reason pending: BSA not documented. Attach current BSA to the case."))
                        .requestedItems())
                .containsExactly("severity score / BSA");
    }

    @Test
    void aNameLastOnASubjectAStaffSalutationAndDocumentsRequiredToContinue() {
        assertThat(reader.read(pages("Subject: PA update - Jane Roe\n\nThe Skyrizi authorization QE94FE36 is live."))
                        .patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("Subject: PA update - Action Needed\n\nPlease log in."))
                        .patientName())
                .isNull();
        assertThat(reader.read(pages("Dear Practice Manager,\nThree staff accounts will be closed."))
                        .patientName())
                .isNull();
        assertThat(reader.read(pages("Documents required to continue: Negative TB screening from the past year"))
                        .requestedItems())
                .containsExactly("TB test");
        Fields confirm = reader.read(pages("Re: Jane Roe PA QE94FE36\nCan your office confirm the diagnosis and "
                + "send the ICD-10 code by 12/01/2026?"));
        assertThat(confirm.patientName()).isEqualTo("Jane Roe");
        assertThat(confirm.requestedItems()).containsExactly("diagnosis");
    }

    @Test
    void aPortalAlertsLineOfThePatientTheDrugAndTheCase() {
        assertThat(reader.read(pages("ALERT: Determination posted\nJane Roe - Dupixent - QE94FE36\nDetermination: "
                                + "Adverse."))
                        .paReference())
                .isEqualTo("QE94FE36");
        assertThat(reader.read(pages("Office Hours - Monday - 0900-1700")).paReference())
                .as("hours are no case")
                .isNull();
        assertThat(reader.read(pages("Jane Roe - Dupixent - 800-555-0147")).paReference())
                .as("a phone number is no case")
                .isNull();
    }

    @Test
    void aPortalLineWithBarsAndAPortalsDecidedOrPostedDate() {
        assertThat(reader.read(pages("Highmark - Authorization Tracker\n\nJane Roe | Skyrizi | QE94FE36\n\nStatus: "
                                + "Pended - information needed"))
                        .paReference())
                .isEqualTo("QE94FE36");
        assertThat(reader.read(pages("Case QE94FE36 \u00b7 Jane Roe \u00b7 decided 11/22/2026\n"))
                        .decisionDate())
                .isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(reader.read(pages("Anthem Provider Portal\n\nDetermination posted 10/27/2026\n"))
                        .decisionDate())
                .isEqualTo(LocalDate.of(2026, 10, 27));
        assertThat(reader.read(pages("The appeal will be decided 12/01/2026 at the latest."))
                        .decisionDate())
                .as("a day to come is no decision's")
                .isNull();
    }

    @Test
    void aStatusLinesDayAndAForwardedDecisionsPatient() {
        assertThat(reader.read(pages("Plan: Aetna\nPA required: Yes\nPA status: denied on 10/11/2026\n"))
                        .decisionDate())
                .isEqualTo(LocalDate.of(2026, 10, 11));
        assertThat(reader.read(pages("Accredo\nFax cover - 2 pages\nWe are forwarding the plan's decision for Jane Roe"
                                + " below.\n"))
                        .patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("Subject: Renewal QE94FE36 - Jane Roe\n\nHello, the renewal went through."))
                        .paReference())
                .isEqualTo("QE94FE36");
        assertThat(reader.read(pages("Enrollee: Jane Roe Enrollee ID: W083661018\n"))
                        .patientName())
                .as("a fax's OCR closed the gap to the next label")
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("She needs the last two office notes and a photo of the affected skin before she"
                                + " can finish the review."))
                        .requestedItems())
                .contains("photos");
        assertThat(reader.read(pages("Please provide a photo ID when the courier delivers Dupixent."))
                        .requestedItems())
                .as("an ID to show, no photos of the skin")
                .doesNotContain("photos");
    }

    @Test
    void aPortalsShortAskAndACaseLastOnAnReLineOfTheNameAndDrug() {
        assertThat(reader.read(pages(
                                "Aetna - Case QE94FE36\nJane Roe \u00b7 Dupixent\nStatus: Additional info requested\n"
                                        + "Chart notes from the last two visits\nCurrent BSA\nDue 12/18/2026\n"))
                        .requestedItems())
                .containsExactlyInAnyOrder("chart notes", "severity score / BSA");
        assertThat(reader.read(pages("Aetna\nRe: Jane Roe, Dupixent, QE94FE36\n\nThis request was first set aside as "
                                + "incomplete."))
                        .paReference())
                .isEqualTo("QE94FE36");
        assertThat(reader.read(pages("Re: Jane Roe, Dupixent, 555-201-3344\n")).paReference())
                .as("a phone number is no case")
                .isNull();
    }

    @Test
    void anEpasKeyAndAnReAfterAWideGapAndAReconsiderationAfterTheName() {
        assertThat(reader.read(pages("ePA - Dupixent\nPatient: Jane Roe \u00a0 Key: QE94FE36\n"))
                        .paReference())
                .isEqualTo("QE94FE36");
        assertThat(reader.read(pages("Accredo\nTo: Prescriber     Re: Jane Roe\n\nThe plan approved Dupixent."))
                        .patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("Member: Jane Roe Reconsideration of case QE94FE36\n"))
                        .patientName())
                .as("a fax's OCR closed the gap to the next label")
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("Turkey key: 12345678 for the office fridge\n"))
                        .paReference())
                .as("a key after one space is a word of the sentence")
                .isNull();
    }

    @Test
    void aReviewerWhoAsksForItemsAListOfDrugsToGiveAndATimeToBook() {
        Fields asked = reader.read(
                pages(
                        "Humana Clinical Review\nPatient: Jane Roe    Case: QE94FE36\n\nThe nurse "
                                + "asks for clinical images of the hands and the current body surface area. Send them within two weeks."));
        assertThat(asked.requestedItems()).containsExactlyInAnyOrder("photos", "severity score / BSA");
        Fields listed = reader.read(pages("Optum Rx\nSTEP THERAPY REVIEW\nMember: Jane Roe\nNo claims for a "
                + "preferred drug are on file. List the medications tried, with dates,\nby 12/03/2026."));
        assertThat(listed.requestedItems()).containsExactly("prior therapy history");
        assertThat(listed.deadline()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(reader.read(pages("Before a decision, our reviewer can talk with the prescriber. Please book a "
                                + "call by 01/08/2027."))
                        .deadline())
                .isEqualTo(LocalDate.of(2027, 1, 8));
    }

    @Test
    void aSystemsExportOfKeysAndValues() {
        Fields f = reader.read(pages("PA_CASE_ID=QE94FE36\nMEMBER_NAME=Jane Roe\nDOB=03/14/1982\nCASE_STATUS=PENDED\n"
                + "PEND_REASON=PROGRESS NOTES NOT RECEIVED\nRESPONSE_DUE=12/09/2026"));
        assertThat(f.patientName()).isEqualTo("Jane Roe");
        assertThat(f.dateOfBirth()).isEqualTo(LocalDate.of(1982, 3, 14));
        assertThat(f.requestedItems()).containsExactly("chart notes");
        assertThat(reader.read(pages("10/05/2026  Pended: the reviewer requests the latest CBC"))
                        .requestedItems())
                .containsExactly("lab results");
        assertThat(reader.read(pages("Answer the questions on prior therapy by 12/01/2026 to continue the review."))
                        .requestedItems())
                .containsExactly("prior therapy history");
    }

    @Test
    void aShortEmailsAskAHeadingOverCheckedBoxesAndAHubThatTriedTwice() {
        assertThat(reader.read(pages("Subject: Following up on QE94FE36\n\nHi, still waiting on the hepatitis B and TB "
                                + "results for Jane Roe before the request can go to the pharmacist."))
                        .requestedItems())
                .containsExactlyInAnyOrder("lab results", "TB test");
        assertThat(reader.read(pages("Aetna\nCLINICAL DOCUMENTATION NEEDED\n\nMember: Jane Roe    Case: QE94FE36\n"
                                + "  [X] Current BSA\n  [X] Chart notes\nReturn with this page by 12/18/2026."))
                        .requestedItems())
                .containsExactlyInAnyOrder("severity score / BSA", "chart notes");
        assertThat(reader.read(pages("We tried to reach Jane Roe twice about the start of Dupixent."))
                        .patientName())
                .isEqualTo("Jane Roe");
    }

    @Test
    void aDecisionToldByPhoneAnUploadOverALineBreakAndReviewerQuestions() {
        assertThat(reader.read(pages("As we told your office by phone on 11/09/2026, the expedited appeal for Skyrizi "
                                + "was reviewed and our original decision is upheld."))
                        .decisionDate())
                .isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(reader.read(pages("As we told your office by phone on 11/02/2026, we need the chart notes."))
                        .decisionDate())
                .as("a request told by phone is no decision")
                .isNull();
        assertThat(reader.read(pages("Jane Roe, Dupixent\nStill waiting on the TB results."))
                        .requestedItems())
                .containsExactly("TB test");
        assertThat(reader.read(pages("The request for Jane Roe (Dupixent) is pended. Upload the\nfollowing through the "
                                + "secure link by 11/11/2026:\n  1. Chart notes\n"))
                        .deadline())
                .isEqualTo(LocalDate.of(2026, 11, 11));
        assertThat(reader.read(pages("Aetna\nReviewer Questions - Case QE94FE36\n\n1. Date of diagnosis and the ICD-10 "
                                + "code\n2. Current IGA score\nReturn by 12/18/2026."))
                        .requestedItems())
                .containsExactlyInAnyOrder("diagnosis", "severity score / BSA");
        assertThat(reader.read(pages("Member: Jane Roe MemberID: W083661018\n")).patientName())
                .isEqualTo("Jane Roe");
    }

    @Test
    void numberedClinicalQuestionsUnderAFormsHeadingAndACaseLastOnASubject() {
        Fields questions =
                reader.read(pages("Kaiser Permanente\nClinical Questions - Prior Authorization PA-6657-729496\n"
                        + "Patient: Jane Roe    Drug: Adbry\nPlease answer the questions below and fax this page back by\n"
                        + "11/04/2026:\n1. What topical or systemic therapies has the patient used,\n   and for how long?\n"
                        + "2. What is the current body surface area involved?"));
        assertThat(questions.patientName()).isEqualTo("Jane Roe");
        assertThat(questions.requestedItems())
                .containsExactlyInAnyOrder("prior therapy history", "severity score / BSA");
        assertThat(reader.read(pages("Cigna Utilization Management\nRE: Jane Roe - Taltz - A60240061\nBefore we make a "
                                + "decision, the reviewing physician would like to speak with the prescriber."))
                        .paReference())
                .isEqualTo("A60240061");
    }

    @Test
    void aPortalLineOfFieldsBetweenDotsAndADiagnosisToConfirm() {
        assertThat(reader.read(pages(
                                "Aetna Provider Portal\nQE94FE36 \u00b7 Jane Roe \u00b7 Dupixent\nStatus: Awaiting "
                                        + "provider response"))
                        .paReference())
                .isEqualTo("QE94FE36");
        assertThat(reader.read(pages("Aetna - Letters\nLetter type: Approval \u00b7 Jane Roe \u00b7 QE94FE36\n"))
                        .paReference())
                .isEqualTo("QE94FE36");
        assertThat(reader.read(pages("Visit \u00b7 Jane Roe \u00b7 11/02/2026\n"))
                        .paReference())
                .as("a date is no case")
                .isNull();
        assertThat(reader.read(pages("The request lists a code that does not match the notes. Please confirm the "
                                + "diagnosis by 12/01/2026."))
                        .requestedItems())
                .containsExactly("diagnosis");
    }

    @Test
    void anAttestationToSignAPortalsRequiredListAndTheDoseBeingRequested() {
        assertThat(reader.read(pages("PRESCRIBER ATTESTATION - REQUIRED\nThe request cannot be reviewed until the "
                                + "prescriber signs\nbelow that the patient has had a negative TB test in the last\n12 "
                                + "months."))
                        .requestedItems())
                .containsExactly("TB test");
        assertThat(reader.read(
                                pages(
                                        "Case status: Pending - awaiting clinicals\n\nRequired: \n\tList of prior therapies "
                                                + "with dates and response\n\tClinical photos of the lesions\n\nDue 09/17/2026"))
                        .requestedItems())
                .containsExactlyInAnyOrder("prior therapy history", "photos");
        assertThat(reader.read(pages(
                                "She needs the patient's current weight and the dose being\nrequested before she can "
                                        + "finish the review."))
                        .requestedItems())
                .containsExactly("prescription");
        assertThat(reader.read(pages("Eligibility response\nPrior authorization required: Yes\nCopay: $50"))
                        .requestedItems())
                .isEmpty();
    }

    @Test
    void chartNotesAskedForUnlessTheyArriveAndAPatientWhoAskedWhether() {
        assertThat(reader.read(pages("We can approve only the quantity in the label unless we get chart notes showing "
                                + "the standard dose did not work."))
                        .requestedItems())
                .containsExactly("chart notes");
        assertThat(reader.read(pages(
                                "Internal message - PA desk\n\nJane Roe asked whether the lower quantity the plan\n"
                                        + "approved is enough."))
                        .patientName())
                .isEqualTo("Jane Roe");
    }

    @Test
    void aDeadlineForRecordsToReachThePlanAndTheLastOfficeNote() {
        assertThat(reader.read(pages("We asked your doctor for more records. If they reach us by\n12/01/2026, we "
                                + "will decide soon after."))
                        .deadline())
                .isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(reader.read(pages("To finish the review we need a copy of the TB screening and the last office\n"
                                + "note. Reply to this message by 11/20/2026."))
                        .requestedItems())
                .containsExactlyInAnyOrder("TB test", "chart notes");
    }

    @Test
    void aReferenceAfterTheSentenceThatCreatedItTheLastBiologicDoseAndANewsletterOnASubject() {
        assertThat(reader.read(pages("A new authorization was created: CN65YY85\nDates: 01/02/2027 - 01/01/2028"))
                        .paReference())
                .isEqualTo("CN65YY85");
        assertThat(reader.read(pages("The nurse reviewer needs the date of the last\nbiologic dose and the photos."))
                        .requestedItems())
                .containsExactlyInAnyOrder("prior therapy history", "photos");
        assertThat(reader.read(pages("Subject: Practice news - Monthly Newsletter\nOur hours change in December."))
                        .patientName())
                .isNull();
    }

    @Test
    void aMemberIdAfterTheNameWithNoColonAndADecisionDateLabelledDecidedOrClosedOn() {
        // a fax's OCR closes "Member: Jane Roe      ID W123..." to one space
        assertThat(reader.read(pages("Member: Jane Roe ID JER429368684\nCase number: A38117997"))
                        .memberId())
                .isEqualTo("JER429368684");
        assertThat(reader.read(pages("Member: Jane Roe Case ID 55120987")).memberId())
                .as("a case's ID is no member's")
                .isNull();
        assertThat(reader.read(pages("Member: Jane Roe\nAppeal decided on: 11/28/2026"))
                        .decisionDate())
                .isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(reader.read(pages("Case\tQE94FE36\nStatus\tClosed - Criteria Not Met\nClosed on\t11/08/2026"))
                        .decisionDate())
                .isEqualTo(LocalDate.of(2026, 11, 8));
        assertThat(reader.read(pages("Our office will be closed on 11/26/2026 for the holiday."))
                        .decisionDate())
                .as("a day off in prose is no decision")
                .isNull();
    }

    @Test
    void aRecordUpdateANameBeforeItsCaseInBracketsAndAReviewThatCannotGoOn() {
        Fields update = reader.read(pages("Authorization Record Update\nMember: Jane Roe Record: A84754626\n"
                + "Notice of Coverage - For Your Records"));
        assertThat(update.patientName()).isEqualTo("Jane Roe");
        assertThat(update.paReference()).isEqualTo("A84754626");
        assertThat(reader.read(pages("Medical Record #: 5566778\nPatient: Jane Roe"))
                        .paReference())
                .as("a chart's record number is no case's")
                .isNull();
        Fields brackets = reader.read(pages("Quick update on Jane Roe (0522876582): the plan granted the exception."));
        assertThat(brackets.patientName()).isEqualTo("Jane Roe");
        assertThat(brackets.paReference())
                .as("a bare number in brackets may be the member's")
                .isNull();
        assertThat(reader.read(pages("Call us about Blue Cross (800-555-0147)."))
                        .patientName())
                .isNull();
        assertThat(reader.read(pages("The continuation request for Otezla was processed on 10/18/2026."))
                        .decisionDate())
                .isEqualTo(LocalDate.of(2026, 10, 18));
        assertThat(reader.read(pages("Your refill order was processed on 10/18/2026."))
                        .decisionDate())
                .isNull();
        assertThat(reader.read(pages("The review of Dupixent cannot go on until the chart notes from the last two "
                                + "visits reach us."))
                        .requestedItems())
                .containsExactly("chart notes");
    }

    @Test
    void anAskWithoutPleaseAFaxBackFormAndANameBeforeRequest() {
        assertThat(reader.read(pages("For the renewal, send progress notes that show the response to therapy:\n"
                                + "  1. Photographs of the affected skin"))
                        .requestedItems())
                .containsExactlyInAnyOrder("chart notes", "photos");
        assertThat(reader.read(pages("Action: upload the TB test result from the last 12 months."))
                        .requestedItems())
                .containsExactly("TB test");
        // an appeal's instructions and a heading are no ask
        assertThat(reader.read(pages("You may appeal. Send your appeal with any chart notes to the address below."))
                        .requestedItems())
                .isEmpty();
        assertThat(reader.read(pages("Fax Cover\nThe TB test result is enclosed."))
                        .requestedItems())
                .isEmpty();
        assertThat(reader.read(pages("Molina Healthcare\nFax Back Form\n[ ] Patient has tried and failed a topical "
                                + "steroid - dates:\n[ ] Baseline severity score:"))
                        .requestedItems())
                .containsExactlyInAnyOrder("prior therapy history", "severity score / BSA");
        assertThat(reader.read(pages("Member: Jane Roe Request: PA-6672-352292"))
                        .patientName())
                .isEqualTo("Jane Roe");
    }

    @Test
    void itemsNeededFromTheOfficeAndTheTopicalsTried() {
        assertThat(reader.read(pages("This case is pending. Items needed from the prescriber's office:\n"
                                + "  1. Baseline laboratory results\n  2. Photographs of the affected skin"))
                        .requestedItems())
                .containsExactlyInAnyOrder("lab results", "photos");
        assertThat(reader.read(pages("Please complete and fax back:\n1. Topical agents tried, with dates: ____"))
                        .requestedItems())
                .containsExactly("prior therapy history");
        assertThat(reader.read(pages("To finish our review please provide:\n1. Topical steroids tried, with dates"))
                        .requestedItems())
                .containsExactly("prior therapy history");
    }

    @Test
    void anAskPutAsWhatTheApprovalDependsOn() {
        assertThat(reader.read(pages("Approval of Dupixent depends on a TB test result from the last 12 months."))
                        .requestedItems())
                .containsExactly("TB test");
        Fields ifReceived = reader.read(pages("This request for Taltz can be approved if we receive the photos and\n"
                + "the latest EASI score by 12/21/2026."));
        assertThat(ifReceived.requestedItems()).containsExactlyInAnyOrder("photos", "severity score / BSA");
        assertThat(ifReceived.deadline()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(reader.read(pages("The reviewer wants the prescriber's notes from the visit."))
                        .requestedItems())
                .containsExactly("chart notes");
    }

    @Test
    void aRequestIdIsNoMemberIdAndAHoldOrAnAskNotYetAnswered() {
        Fields f = reader.read(pages("Member: Jane Roe      Request ID: PA-3574-055352\nWe cannot complete the "
                + "review with what we have. Please send the chart notes.\nWe must have it by 12/17/2026."));
        assertThat(f.paReference()).isEqualTo("PA-3574-055352");
        assertThat(f.memberId()).isNull();
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2026, 12, 17));
        assertThat(reader.read(pages("Case QE94FE36 is on hold for missing photographs of the affected areas."))
                        .requestedItems())
                .containsExactly("photos");
        Fields second = reader.read(pages("Second request: we still have not received the chart notes. The Dupixent "
                + "request will be decided on 11/04/2026 with the records on file."));
        assertThat(second.requestedItems()).containsExactly("chart notes");
        assertThat(second.deadline()).isEqualTo(LocalDate.of(2026, 11, 4));
        assertThat(reader.read(pages("Our pharmacist needs to know which dose is intended. Please clarify by "
                                + "12/17/2026."))
                        .deadline())
                .isEqualTo(LocalDate.of(2026, 12, 17));
        assertThat(reader.read(pages("Jane Roe is now enrolled in the bridge program."))
                        .patientName())
                .isEqualTo("Jane Roe");
    }

    @Test
    void aNameBeforeReviewOrTrackingAPossessiveAfterAboutAndANameLastNameFirstBeforeItsCase() {
        assertThat(reader.read(pages("Member: Jane Roe      Review #: A74961530"))
                        .patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("Member Name: JANE ROE      Tracking No.: PA-3288-526673"))
                        .patientName())
                .isEqualTo("JANE ROE");
        assertThat(reader.read(pages("This is about Jane Roe's request for Dupixent."))
                        .patientName())
                .isEqualTo("Jane Roe");
        Fields report = reader.read(pages("Authorization on File\n\nRoe, Jane      PA 1974650384\nDupixent"));
        assertThat(report.patientName()).isEqualTo("Roe, Jane");
        assertThat(report.paReference()).isEqualTo("1974650384");
        assertThat(reader.read(pages("Dear Provider,\nRoe, Jane\nThank you.")).patientName())
                .as("no case beside it: a name last name first alone on its line is not read")
                .isNull();
    }

    @Test
    void aDecisionDateOnTheNextLineAWaitUntilAndWhatAnApprovalNeeds() {
        assertThat(reader.read(pages("The request for Skyrizi (ref QE94FE36) was\nreviewed on 11/05/2026 and it "
                                + "meets the plan's criteria."))
                        .decisionDate())
                .isEqualTo(LocalDate.of(2026, 11, 5));
        // the label wrapped by the paragraph, a speck before the year
        assertThat(reader.read(pages("Outcome: the criteria were not met. Date of\ndetermination: 09 MAR \u20182027."))
                        .decisionDate())
                .isEqualTo(LocalDate.of(2027, 3, 9));
        assertThat(reader.read(pages("Please send the chart notes. We will wait for it until 12/22/2026."))
                        .deadline())
                .isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(reader.read(pages("The request is incomplete. An approval needs the diagnosis code and the dates "
                                + "of the therapies tried."))
                        .requestedItems())
                .containsExactlyInAnyOrder("diagnosis", "prior therapy history");
    }

    @Test
    void aFollowUpOnANameAKeyWithoutAColonAndAReasonAfterBecauseAndAColon() {
        assertThat(reader.read(pages("Following up on Jane Roe (Dupixent, case PA-123456). Our pharmacist looked at "
                                + "the chart."))
                        .patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("Aetna ePA Update\nJane Roe | Dupixent | Key QE94FE36\nDetermination: Approved."))
                        .paReference())
                .isEqualTo("QE94FE36");
        assertThat(reader.read(pages("We denied your request because: The plan requires a trial of a preferred "
                                + "biologic before this drug can be covered.\nYou have the right to ask us."))
                        .denialReason())
                .isEqualTo("The plan requires a trial of a preferred biologic before this drug can be covered");
    }

    @Test
    void aTellUsAnAttachAWithoutTheseByAChecklistUnderADocumentationRequestAndAnRELineWithBrackets() {
        Fields dose = reader.read(pages("The dose on the request is higher than the label dose; tell us the reason for "
                + "the higher dose and the patient's weight by 12/24/2026."));
        assertThat(dose.deadline()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(dose.requestedItems()).containsExactly("prescription");
        Fields attach = reader.read(pages("Case QE94FE36 is pended. Attach the office notes from the last two\n"
                + "visits in the portal by 10/27/2026."));
        assertThat(attach.deadline()).isEqualTo(LocalDate.of(2026, 10, 27));
        assertThat(attach.requestedItems()).containsExactly("chart notes");
        assertThat(reader.read(pages("To finish it we still need:\n- Chart notes\nWithout these by 12/20/2026, we will "
                                + "decide on what we have."))
                        .deadline())
                .isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(reader.read(pages("DOCUMENTATION REQUEST - PRIOR AUTHORIZATION PENDED\n  [X] Clinical photos of "
                                + "the lesions\n  [X] Recent lab results (CBC)\nFax to 1-888-555-0190 by 11/26/2026."))
                        .requestedItems())
                .containsExactlyInAnyOrder("photos", "lab results");
        Fields re = reader.read(pages("Re: Jane Roe (ref QE94FE36)\nThe notes you sent answered our questions."));
        assertThat(re.patientName()).isEqualTo("Jane Roe");
        assertThat(reader.read(pages("Member: Jane Roe Auth No,: UK61CG45")).paReference())
                .as("OCR reads the full stop of 'No.' as a comma")
                .isEqualTo("UK61CG45");
    }

    @Test
    void aReviewersQuestionOverALineBreakANameBeforeWentThroughAndANumberInBracketsAfterItsLabel() {
        assertThat(reader.read(pages("The nurse reviewer asks: has the patient used a topical steroid and\nfor how "
                                + "long? Please answer on this form."))
                        .requestedItems())
                .containsExactly("prior therapy history");
        Fields through = reader.read(pages("Just confirming that Dupixent for Jane Roe went through. The approval\n"
                + "(#PA-0561-766761) runs until 10/01/2027."));
        assertThat(through.patientName()).isEqualTo("Jane Roe");
        assertThat(through.paReference()).isEqualTo("PA-0561-766761");
    }

    @Test
    void aSpacedDottedLeaderAnOverridesDateAndANameBeforeCertificationOrACaseWithAStrayMark() {
        assertThat(reader.read(pages("Member ...... .. Jane Roe\nItem .......... Dupixent"))
                        .patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("An override was loaded on 11/02/2026. Claims will pay."))
                        .decisionDate())
                .isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(reader.read(pages("Patient: Jane Roe Certification No.: XM60VJ57"))
                        .patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("RE: Jane Roe Case NA55BE86\u2014\nOutcome: criteria met."))
                        .patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("Provider Portal\nOpen Requests - Report\nPended: 3"))
                        .patientName())
                .isNull();
        assertThat(reader.read(pages("Send the patient's BSA and the date the last topical was stopped."))
                        .requestedItems())
                .containsExactly("severity score / BSA", "prior therapy history");
    }

    @Test
    void aPatientLabelBesideTheCaseAPossessiveAfterFromAndTheTopicalTreatmentsUsed() {
        assertThat(reader.read(pages("PA #PA-0154-569635      Patient: Roe, Jane\nRequested: Adbry"))
                        .patientName())
                .isEqualTo("Roe, Jane");
        assertThat(reader.read(pages("PA #FE38WW01 Patient: Roe, Jane\nRequested: Adbry"))
                        .patientName())
                .as("a fax's OCR closed the gap to one space")
                .isEqualTo("Roe, Jane");
        assertThat(reader.read(pages("We heard from Jane Roe's plan: the prior authorization was denied."))
                        .patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("1. What is the patient's current BSA?\n2. Which topical treatments were used, "
                                + "and for how long?"))
                        .requestedItems())
                .containsExactly("severity score / BSA", "prior therapy history");
    }

    @Test
    void aCaseInBracketsAfterRequestAResendOverALineBreakAndWhatCouldNotBeFoundOrIsNotSigned() {
        Fields hi = reader.read(pages("Hi, this is the review team about Jane Roe's Dupixent request (A14035557).\n"
                + "We could not find the lab results in what came in. Can you resend\nthem by 11/03/2026?"));
        assertThat(hi.paReference()).isEqualTo("A14035557");
        assertThat(hi.deadline()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(hi.requestedItems()).containsExactly("lab results");
        assertThat(reader.read(pages("Quick update on Jane Roe (0522876582): nothing new."))
                        .paReference())
                .as("a number in brackets after a name, not a label")
                .isNull();
        assertThat(reader.read(pages("The request is incomplete. The letter of medical\nnecessity is not signed. "
                                + "Send a signed copy by 11/29/2026."))
                        .requestedItems())
                .containsExactly("letter of medical necessity");
    }

    @Test
    void anIdWithANumberSignAndAColonACaseAfterTheDrugRequestedAndANameBeforeAuthorization() {
        assertThat(reader.read(pages("Enrollee: Jane Roe      ID#: W537890132\nTracking #: QE94FE36"))
                        .memberId())
                .isEqualTo("W537890132");
        assertThat(reader.read(pages("Jane Roe's request for Dupixent (PA-1407-034059) is waiting on you."))
                        .paReference())
                .isEqualTo("PA-1407-034059");
        assertThat(reader.read(pages("Member: Jane Roe Authorization #: QE94FE36"))
                        .patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("Please send:\n1. Current EASI score\n2. Topicals tried and dates"))
                        .requestedItems())
                .containsExactly("severity score / BSA", "prior therapy history");
    }

    @Test
    void aClosingDateIfNothingArrivesAFormsBlanksANameBeforeItsCaseAndAnApprovalsEndIsNoDeadline() {
        assertThat(reader.read(pages("Missing:\n1. Chart notes\nIt will be closed on 11/26/2026 if these do not "
                                + "arrive."))
                        .deadline())
                .isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(reader.read(pages("Three staff accounts will be closed on 11/26/2026 unless you sign in."))
                        .deadline())
                .isNull();
        assertThat(reader.read(pages("The step therapy requirement is met. The request is approved until 11/05/2027."))
                        .deadline())
                .isNull();
        assertThat(reader.read(pages("Clinical Criteria Form - Taltz\nBody surface area affected:  %\nTopical "
                                + "therapies tried (name, dates):\nFax this page back by 12/14/2026."))
                        .requestedItems())
                .containsExactly("severity score / BSA", "prior therapy history");
        assertThat(reader.read(pages("Jane Roe, case A14035557: after the peer-to-peer call, nothing changed."))
                        .patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("About Jane Roe (case QE94FE36): is this a loading dose, and for how\nmany "
                                + "weeks?"))
                        .patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("Re: Jane Roe PA: AK19FC37\nThe medical director is available."))
                        .patientName())
                .isEqualTo("Jane Roe");
    }

    @Test
    void anEpaKeyOpeningALineOfFieldsAndWhatTheReviewCannotFinishWithout() {
        assertThat(reader.read(pages("ePA Notification\nKey QE94FE36 - Jane Roe - Dupixent\nOutcome: Approved."))
                        .paReference())
                .isEqualTo("QE94FE36");
        assertThat(reader.read(pages("The reviewer cannot finish the review of Dupixent without clinical photos\nof "
                                + "the affected areas. Upload them by 12/01/2026."))
                        .requestedItems())
                .containsExactly("photos");
    }

    @Test
    void aNoticeToTheMemberAReviewersNoteAndWhatTheReviewerCannotTell() {
        // a notice addressed to the member, with the date of birth beside (one space left by a fax's OCR); a
        // fax cover's "To:" with no date of birth is the office, not the patient
        assertThat(reader.read(pages("Notice of Action\nTo: Jane Roe Date of birth: 01/02/1980\nAction: Denied"))
                        .patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("FAX\nTo: Practice Manager\nFrom: Anthem\nPages: 2"))
                        .patientName())
                .isNull();
        assertThat(reader.read(pages("Eligibility and Benefits\nMember Jane Roe: active coverage. PA required: yes."))
                        .patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("Patient: Jane Roe Therapy: Dupixent\nWe have started the bridge supply."))
                        .patientName())
                .isEqualTo("Jane Roe");
        // the reviewer's heading is no person, so the name on the "Re:" line is the only reading
        assertThat(reader.read(pages("Nurse Reviewer Note - Anthem\nRe: Jane Roe, Dupixent, case QE94FE36"))
                        .patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("I can't tell from the notes how much skin is involved. An EASI from the last "
                                + "visit would let me finish."))
                        .requestedItems())
                .containsExactly("severity score / BSA");
        assertThat(reader.read(pages("Please send the EASI score. Fax to the number above by. 12/11/2026."))
                        .deadline())
                .isEqualTo(LocalDate.of(2026, 12, 11));
    }

    @Test
    void aStatusWaitingOnTheProviderAndAQuickQuestionOnAPatientsRequest() {
        assertThat(reader.read(pages("Request Status: Open - Waiting on Provider\nItems: 1. TB test result\n2. Photos"))
                        .requestedItems())
                .containsExactly("TB test", "photos");
        Fields question = reader.read(pages("Quick question on Jane Roe's Taltz request: which topicals has the "
                + "patient used, and for how long? The reviewer picks it back\nup on 11/05/2026."));
        assertThat(question.patientName()).isEqualTo("Jane Roe");
        assertThat(question.requestedItems()).containsExactly("prior therapy history");
        assertThat(question.deadline()).isEqualTo(LocalDate.of(2026, 11, 5));
    }

    @Test
    void aNameBeforeACommaAndItsCaseAndASpeckBetweenANameAndTheNextLabel() {
        assertThat(reader.read(pages("This is Dana from the plan's review team about Jane Roe,\ncase QE94FE36. The "
                                + "reviewer approved Dupixent today."))
                        .patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("Re: Jane Roe | Member ID: W123456789 Reference: QE94FE36"))
                        .patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("Re: Jane Roe . Reference: PA-1234-567890"))
                        .patientName())
                .isEqualTo("Jane Roe");
    }

    @Test
    void aBiosimilarIsItsOwnDrugAndThePlainGenericNameIsTheReferenceBrands() {
        assertThat(reader.read(pages("Your request for Wezlana (ustekinumab-auub) 45 mg has been approved."))
                        .drug())
                .isEqualTo("Wezlana");
        assertThat(reader.read(pages("The request for ustekinumab-kfce was reviewed."))
                        .drug())
                .isEqualTo("Yesintek");
        assertThat(reader.read(pages("Your request for ustekinumab 90 mg has been approved."))
                        .drug())
                .isEqualTo("Stelara");
        assertThat(reader.read(pages("Prior authorization for Vtama (tapinarof) cream 1%: approved."))
                        .drug())
                .isEqualTo("Vtama");
    }

    @Test
    void biosimilarsOfAProductAreNotTheProduct() {
        assertThat(reader.read(pages("Plan update: adalimumab biosimilars are now the preferred products."))
                        .drug())
                .as("a class of copies names no one drug")
                .isNull();
        assertThat(reader.read(pages("Coverage moves to a biosimilar of Stelara from July 1."))
                        .drug())
                .isNull();
        assertThat(reader.read(pages("Your request for Wezlana, a biosimilar to Stelara, is approved."))
                        .drug())
                .as("the biosimilar named is the letter's drug; the product it copies is not")
                .isEqualTo("Wezlana");
    }

    @Test
    void aDrugWordInProseIsNoLabelAndAHeaderRowsLabelHasItsValueBelow() {
        assertThat(reader.read(
                                pages(
                                        """
                                Drug: Sotyktu (deucravacitinib)
                                We cannot cover it yet. Our step
                                therapy rule requires a trial of apremilast for 8 weeks.
                                """))
                        .drug())
                .as("'therapy rule requires ...' is a sentence wrapped onto a new line, not a label")
                .isEqualTo("Sotyktu");
        assertThat(reader.read(
                                pages(
                                        """
                                MEMBER ID    GROUP NO.    MEDICATION
                                XK2231907    G-7710       Bimzelx (bimekizumab-bkzx) 160 mg
                                Members must first try Otezla or Sotyktu.
                                """))
                        .drug())
                .isEqualTo("Bimzelx");
        assertThat(reader.read(pages("CLAIM DATE / MEDICATION : ~\n\n06/02/2027 | Taltz 80 mg\nOr Skyrizi?"))
                        .drug())
                .as("a speck after the label and a blank line under it")
                .isEqualTo("Taltz");
        assertThat(reader.read(pages("Patient: Jane Roe\nMedication\nSkyrizi 150 mg/mL pen\nWe prefer Tremfya."))
                        .drug())
                .isEqualTo("Skyrizi");
    }

    @Test
    void aDrugNameAsOcrMisreadsItAndAGenericInBracketsAfterItsBrand() {
        assertThat(reader.read(pages("Your order for Rinvog 15 mg extended-release tablets shipped today."))
                        .drug())
                .isEqualTo("Rinvoq");
        assertThat(reader.read(pages("Coverage of 0tezla 30 mg was approved.")).drug())
                .isEqualTo("Otezla");
        // the biosimilar's suffix garbled: what is left reads as the reference drug's generic, inside the brackets
        // that belong to the brand before them
        assertThat(reader.read(pages("We reviewed Yesintek (ustekinumab-kxce) 45 mg/0.5 mL for this member."))
                        .drug())
                .isEqualTo("Yesintek");
        assertThat(reader.read(pages("We reviewed Dupixent (or Adbry) for this member."))
                        .drug())
                .as("two drugs, one in brackets: no guess")
                .isNull();
    }

    @Test
    void aLetterThatTellsTheRequestsHistoryIsDatedByItsOwnLatestDecision() {
        Fields f = reader.read(
                pages(
                        """
                Date: May 4, 2027
                On February 2, 2027 we denied coverage of Taltz, and on March 9, 2027 we upheld that denial.
                An outside reviewer disagreed. On April 30, 2027 we approved coverage of Taltz 80 mg.
                """));
        assertThat(f.decisionDate()).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(f.evidence())
                .anySatisfy(e -> assertThat(e.field() + ": " + e.text()).startsWith("decisionDate: An outside"));
        assertThat(reader.read(pages(
                                "Dear provider,\nThe plan made its decision on 06/01/2027: the request is denied."))
                        .decisionDate())
                .isEqualTo(LocalDate.of(2027, 6, 1));
    }

    @Test
    void aHealthPlanLabelThatOcrRunsIntoTheNameAndTheDrugsTried() {
        assertThat(reader.read(pages("Enrollee: Jane Roe Health plan: Aetna\nCase: 4471-2209"))
                        .patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("Beneficiary: Jane Roe Payer: Cigna")).patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("The review is on hold. Please list the drugs tried before Dupixent and why "
                                + "each was stopped."))
                        .requestedItems())
                .containsExactly("prior therapy history");
    }

    @Test
    void anIdBesideTheNameOnAnReLineAPaIdWithNoColonAndTheQuestionsAnEpaAsks() {
        Fields re = reader.read(pages("Re: Jane Roe \u2014 ID: H12345678-01\nDrug: Otezla"));
        assertThat(re.patientName()).isEqualTo("Jane Roe");
        assertThat(re.memberId()).isEqualTo("H12345678-01");
        assertThat(reader.read(pages("Re: Jane Roe      ID: K99887766\nDrug: Otezla"))
                        .memberId())
                .isEqualTo("K99887766");
        assertThat(reader.read(pages("The request is pending. PA ID B7731025, expires in 30 days."))
                        .paReference())
                .isEqualTo("B7731025");
        assertThat(reader.read(pages("Pending. Please answer the attached questions by 12/01/2026.\nQuestions cover:"
                                + "  1. Date and result of the TB test\n  2. Photos of the affected areas"))
                        .requestedItems())
                .containsExactly("TB test", "photos");
    }

    @Test
    void whatThePlanCantFindInWhatWasSent() {
        assertThat(reader.read(pages("Dupixent request for Jane Roe: we can't find the TB test result in what was "
                                + "sent."))
                        .requestedItems())
                .containsExactly("TB test");
        assertThat(reader.read(pages("We cannot find the photos in the packet you faxed."))
                        .requestedItems())
                .containsExactly("photos");
    }

    @Test
    void aPriorAuthLabelRunIntoTheNameAHeadingWithADashAndWhatIsStillNeededOrMissing() {
        assertThat(reader.read(pages("Patient: Jane Roe Prior auth: 123456789")).patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("Welcome Packet - Prescriber Copy\nPatient: Jane Roe      Drug: Taltz"))
                        .patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("On the Taltz request we still need the two latest office notes."))
                        .requestedItems())
                .containsExactly("chart notes");
        assertThat(reader.read(pages("Your request is not complete: the ICD-10 code is missing."))
                        .requestedItems())
                .containsExactly("diagnosis");
    }

    @Test
    void aPatientBeforeAndIsWaitingAndWhatTheReviewIsWaitingFor() {
        Fields paused =
                reader.read(pages("The nurse reviewer paused the review of Bimzelx for\nJane Roe and is waiting "
                        + "for the hepatitis panel. Upload it by 02/01/2027."));
        assertThat(paused.patientName()).isEqualTo("Jane Roe");
        assertThat(paused.requestedItems()).containsExactly("lab results");
        assertThat(reader.read(pages("The patient is waiting for the prescription to ship."))
                        .requestedItems())
                .isEmpty();
        // a payer's name before "and" is no patient
        assertThat(reader.read(pages("Coverage for Blue Cross and is subject to the plan's terms."))
                        .patientName())
                .isNull();
    }

    @Test
    void aNameThatEndsARecordsHeadingOrStandsBesideTheMemberIdOrEndsAtAFullStop() {
        assertThat(reader.read(pages(
                                "Pharmacy Profile - Jane Roe\nLast fill: 10/01/2026   Next fill due: " + "10/29/2026"))
                        .patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("Pharmacy Profile - Jane Roe\nNext fill due: 10/29/2026"))
                        .deadline())
                .isNull();
        assertThat(reader.read(pages("Jane Roe      Member ID: W123456789\nWhat did we decide?"))
                        .patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("Patient: Jane Roe. We received the appeal."))
                        .patientName())
                .isEqualTo("Jane Roe");
        assertThat(reader.read(pages("Pend items: 1. TB test result\n2. Photos"))
                        .requestedItems())
                .containsExactly("TB test", "photos");
    }

    @Test
    void aMessageAboutThePatientAReferenceAuthorizedUnderAndWhatTheReviewerWantsToKnow() {
        Fields message = reader.read(pages("Humana Nurse Line\nMessage for the office about Jane Roe: the pharmacist "
                + "on the Rinvoq\nrequest wants to know which lab work was done this year."));
        assertThat(message.patientName()).isEqualTo("Jane Roe");
        assertThat(message.requestedItems()).containsExactly("lab results");
        assertThat(reader.read(pages("Rinvoq is now approved under authorization 55120987 until 06/30/2027."))
                        .paReference())
                .isEqualTo("55120987");
    }

    @Test
    void aNameInAHeadingsForOrBeforeAPossessiveAndTheQuestionsUnderAReviewersHeading() {
        assertThat(reader.read(pages("Plan update for Marisol Okafor      12/01/2026\nYour request was reviewed."))
                        .patientName())
                .isEqualTo("Marisol Okafor");
        assertThat(reader.read(pages("Welcome news for Marisol Okafor! Your shipment is on its way."))
                        .patientName())
                .isEqualTo("Marisol Okafor");
        assertThat(reader.read(pages("A nurse will review Marisol Okafor's Taltz request once the notes arrive."))
                        .patientName())
                .isEqualTo("Marisol Okafor");
        assertThat(reader.read(pages("Member letter\nFor: Marisol Okafor      12/01/2026\nAbout your medicine"))
                        .patientName())
                .isEqualTo("Marisol Okafor");
        // "For:" over a word that is no person's
        assertThat(reader.read(pages("For: Office Use Only\nReceived 12/01/2026"))
                        .patientName())
                .isNull();
        Fields questions = reader.read(
                pages(
                        """
                Nurse Reviewer Questions - Cosentyx
                a) Which systemic agents were used before, and for how long?
                b) Share the PASI from the most recent visit.
                """));
        assertThat(questions.requestedItems()).contains("prior therapy history", "severity score / BSA");
    }

    @Test
    void aVendorsEpisodeAMedicaidNoticesAddresseeAndANameBeforeTheDrugAfterAComma() {
        assertThat(reader.read(pages("Review vendor for Cigna\nMember: Jane Roe    Episode: RT2204551\n"))
                        .paReference())
                .isEqualTo("RT2204551");
        assertThat(reader.read(pages("Episode ID 88120456 - Skyrizi\n")).paReference())
                .isEqualTo("88120456");
        assertThat(reader.read(pages("NOTICE OF ACTION\nTo: Marisol Okafor      Medicaid ID: 44120988\n"))
                        .patientName())
                .isEqualTo("Marisol Okafor");
        assertThat(reader.read(pages("Portal message\nPatient: Marisol Okafor, Skyrizi\nStatus: pended"))
                        .patientName())
                .isEqualTo("Marisol Okafor");
        // a name last-name first keeps its comma
        assertThat(reader.read(pages("Patient: Okafor, Marisol\nDrug: Skyrizi")).patientName())
                .isEqualTo("Okafor, Marisol");
    }

    @Test
    void anApprovalAsRequestedUntilADateHasNoDeadlineAndAMissingHeadingOpensTheAsks() {
        assertThat(reader.read(pages("After review, Otezla is approved as requested until 08/31/2027."))
                        .deadline())
                .isNull();
        Fields missing = reader.read(pages("Status: Pended\nMissing: the ICD-10 code and the dose requested.\n"));
        assertThat(missing.requestedItems()).containsExactlyInAnyOrder("diagnosis", "prescription");
    }

    @Test
    void dueBackByAQuestionBeforeTheDecisionAndAPatientWithNoRefillsLeft() {
        assertThat(reader.read(pages("The reviewer needs the chart notes. Due back by 12/18/2026."))
                        .deadline())
                .isEqualTo(java.time.LocalDate.of(2026, 12, 18));
        assertThat(reader.read(pages("One question before the plan decides: did the patient have an inadequate"
                                + " response to cyclosporine?"))
                        .requestedItems())
                .containsExactly("prior therapy history");
        assertThat(reader.read(pages("Refill request\nMarisol Okafor has no refills left on Skyrizi."))
                        .patientName())
                .isEqualTo("Marisol Okafor");
    }
}
