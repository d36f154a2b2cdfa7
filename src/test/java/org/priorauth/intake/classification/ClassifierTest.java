package org.priorauth.intake.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.priorauth.intake.reading.DocumentFormat;
import org.priorauth.intake.reading.ExtractedText;
import org.priorauth.intake.reading.PageText;
import org.priorauth.intake.reading.ReadMethod;
import org.priorauth.intake.rules.RuleNode;

/** The shipped rules on letters worded unlike our samples, the confusable kinds of CONTRACT.md among them. */
class ClassifierTest {

    private static final ClassificationRules RULES =
            ClassificationRules.from(RuleNode.read(Path.of("routes/rules/classification.yaml")));

    private static Classification classify(String text) {
        return classify(text, RULES);
    }

    /** A one-page letter's text layer, read with the rules given. */
    private static Classification classify(String text, ClassificationRules rules) {
        return Classifier.classify(
                new ExtractedText(DocumentFormat.PDF, List.of(new PageText(1, text, ReadMethod.TEXT_LAYER, 1))), rules);
    }

    @Test
    void aPlainDenial() {
        Classification c = classify(
                """
                We are unable to approve your request for Cosentyx. Our clinical reviewer found the
                medication is not medically necessary for your condition. You have the right to appeal.
                """);
        assertThat(c.type()).isEqualTo(DocumentType.DENIAL);
        assertThat(c.confident()).isTrue();
        assertThat(c.evidence()).extracting(Evidence::matched).contains("not medically necessary");
    }

    @Test
    void aDecisionLineThatStartsApprovedAndDatesItIsAnApproval() {
        Classification c = classify(
                """
                Lakemont Health Plan - Pharmacy Review
                Member: Ines Talbot
                Drug: Sotyktu 6 mg tablets
                Approved effective April 6, 2027 through April 5, 2028.
                Quantity: 30 tablets per 30 days.
                """);
        assertThat(c.type()).isEqualTo(DocumentType.APPROVAL);
        assertThat(c.evidence()).anySatisfy(e -> assertThat(e.matched()).startsWith("Approved effective April 6"));
    }

    @Test
    void aLetterThatSaysItDecidesNothingIsOtherWhateverDecisionItRecalls() {
        Classification receipt = classify(
                """
                Harbor Valley Health - Appeals
                Acknowledgment of your request for reconsideration
                We denied Cibinqo on February 2, 2027 and received your reconsideration request on February 9.
                This letter only confirms that the request is being processed; it does not change the denial.
                """);
        assertThat(receipt.type()).isEqualTo(DocumentType.OTHER);
        assertThat(receipt.confident()).isTrue();
        assertThat(receipt.scores().get(DocumentType.DENIAL)).isLessThan(3);
        Classification bulletin = classify(
                """
                Pharmacy bulletin, spring edition
                Biosimilars of ustekinumab are now preferred on the drug list.
                You are receiving this because your office subscribed to pharmacy bulletins.
                """);
        assertThat(bulletin.type()).isEqualTo(DocumentType.OTHER);
        assertThat(bulletin.evidence()).anySatisfy(e -> assertThat(e.matched()).startsWith("You are receiving this"));
    }

    @Test
    void aDenialsAppealRightsTellingTheTimeToDecideAnAppealStayADenial() {
        Classification c = classify(
                """
                Notice of denial of coverage
                We have denied your request for Adbry.
                Standard appeal: we will give you a decision within 7 days of getting your appeal.
                Expedited appeal: if waiting could seriously harm your health,
                we will give you a decision within 72 hours.
                """);
        assertThat(c.type()).isEqualTo(DocumentType.DENIAL);
        assertThat(c.evidence()).noneMatch(e -> e.kind().equals("against DENIAL"));
    }

    @Test
    void aGeneralWordOnHowRequestsAreDeniedIsNoDenial() {
        Classification c = classify(
                """
                Coverage determination for your patient
                We approved Tremfya from 02/01/2027 to 01/31/2028.
                How we decide: any claim is denied when it is filed late, and a request is denied when the
                plan's criteria are not met.
                """);
        assertThat(c.type()).isEqualTo(DocumentType.APPROVAL);
        assertThat(c.evidence()).extracting(Evidence::matched).doesNotContain("request is denied", "is denied");
        assertThat(classify(
                                "We reviewed the request for Tremfya. Your request is denied: the plan's criteria are not met.")
                        .evidence())
                .extracting(Evidence::matched)
                .as("the letter's own request is still denied")
                .contains("request is denied", "is denied");
    }

    @Test
    void aSentenceWrappedOntoTheNextLineKeepsItsNegation() {
        Classification wrapped = classify(
                """
                Re: Skyrizi for your patient
                We approved Skyrizi from 02/01/2027 to 01/31/2028. About our decisions: if the
                request is denied, you may appeal within 60 days.
                """);
        assertThat(wrapped.type()).isEqualTo(DocumentType.APPROVAL);
        assertThat(wrapped.evidence()).extracting(Evidence::matched).doesNotContain("request is denied");
    }

    @Test
    void aSystemsExportOfKeysAndValuesIsReadAsItsLabels() {
        Classification c = classify(
                """
                PA_CASE_ID=QE94FE36
                MEMBER_NAME=Jane Roe
                CASE_STATUS=CLOSED
                OUTCOME=DENIED
                """);
        assertThat(c.type()).isEqualTo(DocumentType.DENIAL);
        assertThat(c.evidence()).extracting(Evidence::matched).contains("OUTCOME:DENIED");
        assertThat(org.priorauth.intake.reading.KeyValueLines.asLabels("a = b, write to prior_auth@plan.example"))
                .as("only a key's '=' and '_'")
                .isEqualTo("a = b, write to prior_auth@plan.example");
        assertThat(classify(
                                """
                        Case history QE94FE36
                        10/02/2026  Request received
                        10/05/2026  Pended for chart notes
                        10/12/2026  Notes received; approved 10/12/2026 - 10/11/2027
                        """)
                        .evidence())
                .extracting(Evidence::matched)
                .contains("approved 10/12/2026 - 10/11/2027");
    }

    @Test
    void evidenceAgainstAnotherTypeIsThatTypesCounter() {
        ClassificationRules rules = ClassificationRules.from(
                RuleNode.parse(
                        Path.of("classification.yaml"),
                        new java.io.StringReader(
                                """
                        threshold: 0.5
                        types:
                          DENIAL:
                            evidence:
                              - { phrase: "approved in part", weight: 3, against: APPROVAL }
                          APPROVAL:
                            evidence:
                              - { phrase: "approved", weight: 2 }
                        """)));
        assertThat(rules.types().get(DocumentType.APPROVAL).counter())
                .extracting(ClassificationRules.Cue::name)
                .containsExactly("approved in part");
        Classification c = Classifier.classify(
                new ExtractedText(
                        DocumentFormat.PDF,
                        List.of(new PageText(1, "Your request was approved in part.", ReadMethod.TEXT_LAYER, 1))),
                rules);
        assertThat(c.type()).isEqualTo(DocumentType.DENIAL);
        assertThat(c.confident())
                .as("3 for DENIAL, 2 - 3 for APPROVAL: nothing against it")
                .isTrue();
    }

    @Test
    void aRequestAndAnAnswerThatDifferSideBySideAreADenial() {
        Classification less = classify(
                """
                Coverage Determination      Drug: Dupixent
                Quantity requested: 4 syringes per 28 days
                Quantity approved:  2 syringes per 28 days
                """);
        assertThat(less.type()).isEqualTo(DocumentType.DENIAL);
        Classification same = classify(
                """
                Coverage Determination      Drug: Dupixent
                Quantity requested: 2 syringes per 28 days
                Quantity approved:  2 syringes per 28 days
                Effective 10/01/2026 through 09/30/2027
                """);
        assertThat(same.type()).as("the same numbers on both lines").isNotEqualTo(DocumentType.DENIAL);
        Classification table = classify(
                "Authorization A06823020 for Skyrizi\n\tItem\tRequested\tApproved\n\tSkyrizi\t8 units\t4 units\n");
        assertThat(table.type()).as("a portal table's columns, read as lines").isEqualTo(DocumentType.DENIAL);
    }

    @Test
    void nonApprovedIsNoApproval() {
        Classification c = classify(
                """
                Authorization Lookup      Drug: Taltz
                Final status: Non-Approved
                """);
        assertThat(c.type()).isEqualTo(DocumentType.DENIAL);
        assertThat(c.evidence()).noneMatch(e -> e.kind().equals("APPROVAL"));
    }

    @Test
    void aPartialApprovalIsADenial() {
        Classification c = classify(
                """
                Determination: PARTIALLY APPROVED. The loading dose was denied due to the plan quantity limit.
                The maintenance dose is approved through 06/30/2027.
                """);
        assertThat(c.type()).isEqualTo(DocumentType.DENIAL);
    }

    @Test
    void anApprovalOfLessTimeThanAskedIsADenial() {
        Classification c = classify(
                """
                Your request for Skyrizi has been reviewed. Coverage is approved from 10/01/2026 through the
                end of the third month only. The remaining nine months that were requested are not authorized.
                """);
        assertThat(c.type()).isEqualTo(DocumentType.DENIAL);
    }

    @Test
    void aPayerNamingASpecialtyPharmacyInItsLetterIsNoPharmacyNotice() {
        Classification c = classify(
                """
                Aetna

                Dear member, good news. After looking at the information your dermatologist sent, we agreed
                to cover Dupixent. You can fill your prescription at a network
                specialty pharmacy. This coverage lasts until June 30, 2027.
                """);
        assertThat(c.type()).isEqualTo(DocumentType.APPROVAL);
    }

    @Test
    void aPharmacysGeneralMailIsOtherAndItsNoticeAboutAPatientIsANotice() {
        Classification mail = classify(
                """
                Accredo Specialty Pharmacy

                We are now open on Saturdays from 9 to 1 for prescriber calls. Thank you for choosing us for
                your patients' specialty medicines.
                """);
        assertThat(mail.type()).isEqualTo(DocumentType.OTHER);
        assertThat(mail.evidence()).extracting(Evidence::kind).contains("PHARMACY_NOTICE out of context");
        Classification notice = classify(
                """
                Accredo Specialty Pharmacy

                Your Dupixent shipment was delivered today. The next refill is due in 28 days.
                """);
        assertThat(notice.type()).isEqualTo(DocumentType.PHARMACY_NOTICE);
        Classification refill = classify(
                """
                Accredo Specialty Pharmacy

                Patient: Jane Roe      Rx: Dupixent
                The patient is due for a refill next week. We will call to schedule the delivery.
                """);
        assertThat(refill.type())
                .as("a refill that is due is no payer's care gap")
                .isEqualTo(DocumentType.PHARMACY_NOTICE);
    }

    @Test
    void onADecisionFormOnlyTheTickedAnswerCounts() {
        Classification approved = classify(
                """
                Pharmacy Review - Fax Response      Drug: Skyrizi
                [X] APPROVED     [ ] NOT APPROVED     [ ] MORE INFORMATION NEEDED
                Effective: 10/01/2026 through 09/30/2027
                """);
        assertThat(approved.type()).isEqualTo(DocumentType.APPROVAL);
        assertThat(approved.confident()).isTrue();
        Classification denied = classify(
                """
                Prior authorization determination form      Medication: Taltz
                Determination:  [ ] Approved   (X) Denied   [ ] Pended
                """);
        assertThat(denied.type()).isEqualTo(DocumentType.DENIAL);
        assertThat(denied.confident()).as("the unticked 'Pended' says nothing").isTrue();
    }

    @Test
    void aReplyIsReadWithoutTheMessageItQuotes() {
        Classification c = classify(
                """
                From: Aetna Authorizations
                Subject: RE: PA-2291-330418 - APPROVED

                Attached is the approval letter for the Dupixent request.

                > From: pa-desk@clinic.example
                > We sent the missing chart notes last week. Please send anything else
                > that is still needed; the request is pending additional information.
                """);
        assertThat(c.type()).isEqualTo(DocumentType.APPROVAL);
        assertThat(c.confident())
                .as("the quoted request for information is no counter-voice")
                .isTrue();
    }

    @Test
    void anApprovalThatRecapsADenialIsAnApproval() {
        Classification c = classify(
                """
                Earlier this year your request was denied. After reviewing the appeal, the denial has been
                overturned and the request is approved for 12 months.
                """);
        assertThat(c.type()).isEqualTo(DocumentType.APPROVAL);
    }

    @Test
    void anAppealAcknowledgementFullOfDeniedIsOther() {
        Classification c = classify(
                """
                We received your appeal of the denied claim. The denied request will be reviewed by a
                physician who was not involved in the original denial. No decision has been made yet.
                """);
        assertThat(c.type()).isEqualTo(DocumentType.OTHER);
    }

    @Test
    void aPharmacySayingPriorAuthorizationRequiredIsAPharmacyNotice() {
        Classification c = classify(
                """
                Optum Specialty Pharmacy: the claim rejected - prior authorization required. We will hold
                the prescription and dispense when approved. Benefits verification in progress.
                """);
        assertThat(c.type()).isEqualTo(DocumentType.PHARMACY_NOTICE);
    }

    @Test
    void aPendedRequestAskingForRecordsIsAMoreInfoRequest() {
        Classification c = classify(
                """
                Your request has been pended. Additional clinical information is needed: please send chart
                notes and the BSA. If we do not receive it in 14 days the request will be reviewed as is.
                """);
        assertThat(c.type()).isEqualTo(DocumentType.MORE_INFO_REQUEST);
        assertThat(c.confident()).isTrue();
    }

    @Test
    void aDocumentNoRuleSpeaksForIsUnsureNotQuietlyOther() {
        Classification c = classify("Lorem ipsum dolor sit amet.");
        assertThat(c.confident()).isFalse();
        assertThat(c.confidence()).isZero();
    }

    @Test
    void phrasesTolerateTheLettersOcrReadsAsDigits() {
        assertThat(ClassificationRules.phrasePattern("notice of denial")
                        .matcher("N0TICE 0F DEN1AL")
                        .find())
                .isTrue();
        assertThat(ClassificationRules.phrasePattern("has been denied")
                        .matcher("has been\ndenied")
                        .find())
                .isTrue();
        assertThat(ClassificationRules.phrasePattern("denied")
                        .matcher("undenied")
                        .find())
                .isFalse();
    }

    private static final String RULES_WITH_STRUCTURE =
            """
            threshold: 0.5
            strongEvidence: 3
            recap:
              pattern: "previously"
              factor: 0.25
            types:
              DENIAL:
                evidence:
                  - { phrase: "denied", weight: 4 }
              PHARMACY_NOTICE:
                evidence:
                  - { phrase: "specialty pharmacy", weight: 4, in: heading }
            """;

    private static Classification classifyWith(String yaml, String text) {
        ClassificationRules rules =
                ClassificationRules.from(RuleNode.parse(Path.of("test.yaml"), new java.io.StringReader(yaml)));
        return classify(text, rules);
    }

    @Test
    void aPatternThatRunsAwayOnALetterSendsItToAPersonInsteadOfStallingIntake() {
        // nested repetition backtracks for hours on a run of a's that does not end the way it wants
        String slow =
                """
                threshold: 0.5
                types:
                  DENIAL:
                    evidence:
                      - { phrase: "denied", weight: 4 }
                      - { pattern: "(.*a){12}b", weight: 1 }
                """;
        long start = System.nanoTime();
        Classification c = classifyWith(slow, "Your request is denied. " + "a".repeat(30) + "!");
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(c.confident()).isFalse();
        assertThat(c.evidence()).anySatisfy(e -> assertThat(e.matched()).contains("took more than"));
        assertThat(millis)
                .as("stopped at the budget, not after the pattern's hours")
                .isLessThan(Classifier.PATTERN_BUDGET.toMillis() * 5);
        assertThat(classifyWith(slow, "Your request is denied. aab").confident())
                .as("the same rules on a letter they can read in time")
                .isTrue();
    }

    @Test
    void evidenceInARecapCountsForLess() {
        Classification recap = classifyWith(RULES_WITH_STRUCTURE, "Your request was previously denied by the plan.");
        assertThat(recap.evidence()).singleElement().satisfies(e -> {
            assertThat(e.weight()).isEqualTo(1.0);
            assertThat(e.kind()).contains("recap");
        });
        assertThat(classifyWith(RULES_WITH_STRUCTURE, "Your request is denied.")
                        .evidence()
                        .get(0)
                        .weight())
                .isEqualTo(4.0);
    }

    @Test
    void aReconsiderationThatKeepsTheDecisionAndABenefitExclusionAreDenials() {
        assertThat(classify("Upon reconsideration, the original decision on Cosentyx stands.")
                        .type())
                .isEqualTo(DocumentType.DENIAL);
        assertThat(classify("Bimzelx is excluded from this member's benefit plan, so coverage cannot be provided.")
                        .type())
                .isEqualTo(DocumentType.DENIAL);
        // the practice's own note about a request still open is no decision
        assertThat(classify("Patient called to ask whether the approval came through. We are still waiting to "
                                + "hear from the insurance.")
                        .type())
                .isEqualTo(DocumentType.OTHER);
    }

    @Test
    void anAuthorizationsActiveStatusIsAnApprovalAndACountOfRequestsIsOtherMail() {
        assertThat(classify("PA status\tActive\nStart\t01/05/2027\nEnd\t01/04/2028")
                        .type())
                .isEqualTo(DocumentType.APPROVAL);
        // a plan's coverage that is active is an eligibility answer, not an authorization
        assertThat(classify("Eligibility response\nCoverage status: Active\nDeductible: $500")
                        .type())
                .isEqualTo(DocumentType.OTHER);
        assertThat(classify("Turnaround report: last quarter your office sent 112 requests; 88 were approved.")
                        .type())
                .isEqualTo(DocumentType.OTHER);
        assertThat(classify("To decide the request for Dupixent, we need copies of the following records.")
                        .type())
                .isEqualTo(DocumentType.MORE_INFO_REQUEST);
    }

    @Test
    void aContractToSignAndMailOrderNewsAreOtherAndAFavorableOutcomeIsAnApproval() {
        Classification contract = classify("Please sign and return the enclosed amendment to your participation "
                + "agreement. It adds the new specialty drug fee schedule.");
        assertThat(contract.type()).isEqualTo(DocumentType.OTHER);
        assertThat(contract.confident())
                .as("no request evidence left to hold it")
                .isTrue();
        assertThat(classify("Your patients can now fill Dupixent by mail. Approved prior authorizations move with "
                                + "the prescription.")
                        .type())
                .isEqualTo(DocumentType.OTHER);
        assertThat(classify("The request for Skyrizi has been finalized with a favorable outcome.")
                        .type())
                .isEqualTo(DocumentType.APPROVAL);
    }

    @Test
    void anOpenQuestionARenewalThatFailsItsCriteriaACopayProgramAndAnAuthorizationAddedToTheBenefit() {
        Classification ack = classify("Aetna Appeals Unit\nWe received the appeal for Jane Roe about Dupixent. A "
                + "reviewer will decide whether the denial is overturned or upheld. You will have our answer within "
                + "30 days.");
        assertThat(ack.type()).isEqualTo(DocumentType.OTHER);
        assertThat(ack.scores().getOrDefault(DocumentType.APPROVAL, 0.0))
                .as("'whether the denial is overturned' decides nothing")
                .isZero();
        assertThat(classify("Your earlier approval of Dupixent ran from 10/08/2026 to 11/09/2027. The renewal "
                                + "request does not meet the plan's\n\ncontinuation criteria and coverage will stop.")
                        .type())
                .isEqualTo(DocumentType.DENIAL);
        assertThat(classify("Acme Access and Reimbursement Hub\nJane Roe has been approved for the manufacturer's "
                                + "copay program for Dupixent. The card covers the copay through 12/31/2027.")
                        .type())
                .isEqualTo(DocumentType.PHARMACY_NOTICE);
        Classification added = classify("Aetna\nMember Account Update\nWe have added an authorization for Dupixent "
                + "to the member's pharmacy benefit. It runs from 01/05/2027 through 01/04/2028.");
        assertThat(added.type()).isEqualTo(DocumentType.APPROVAL);
        assertThat(classify("Aetna\nPolicy update: we have added an authorization requirement for Dupixent.")
                        .type())
                .as("a requirement added is no approval")
                .isNotEqualTo(DocumentType.APPROVAL);
        assertThat(classify("Aetna\nFormulary Notice\nStarting 01/01/2027, Dupixent moves to the preferred tier. "
                                + "Members with an approved authorization keep it until it ends.")
                        .type())
                .isEqualTo(DocumentType.OTHER);
    }

    @Test
    void whatWasRequestedIsCovered() {
        assertThat(classify("Acme PBM\nPatient: Jane Roe      PA Case: QE94FE36\nDrug: Dupixent\nResult: the requested "
                                + "strength and quantity are covered. Dates: 01/05/2027 - 01/04/2028.")
                        .type())
                .isEqualTo(DocumentType.APPROVAL);
        assertThat(classify("Acme PBM\nDrug: Dupixent\nThe requested quantity is not covered above the plan's limit.")
                        .type())
                .isNotEqualTo(DocumentType.APPROVAL);
        assertThat(classify("Acme PBM\nDrug: Dupixent\nThe requested drug is covered only after two preferred drugs.")
                        .scores()
                        .getOrDefault(DocumentType.APPROVAL, 0.0))
                .as("a rule of when it is covered is no approval")
                .isLessThan(3.0);
    }

    @Test
    void anAuthorizationCreatedAnOfficeAllSetThroughADateAndAPharmacysRelayedRejectMessage() {
        Classification created = classify("Acme Health ePA\nResult of your request for Skyrizi\nPatient: Jane Roe\n"
                + "A new authorization was created: QE94FE36\nDates: 01/05/2027 - 01/04/2028");
        assertThat(created.type()).isEqualTo(DocumentType.APPROVAL);
        assertThat(classify("Hi, the Taltz request for Jane Roe is done. You're all set through 12/31/2027.")
                        .scores()
                        .getOrDefault(DocumentType.APPROVAL, 0.0))
                .as("all set through a date: coverage that runs to it")
                .isGreaterThanOrEqualTo(3.0);
        Classification relayed = classify("CVS Specialty\nCLAIM REJECTED\n\nPatient: Jane Roe   DOB: 01/02/1980\n"
                + "Drug: Dupixent\nPlan message: prior authorization required.\nPlease send a PA to Acme PBM and let "
                + "us know when it is done so we can fill.");
        assertThat(relayed.type()).isEqualTo(DocumentType.PHARMACY_NOTICE);
        assertThat(relayed.confident()).isTrue();
        assertThat(classify("Acme Health\nPlan response: PA approved for Dupixent through 12/31/2027.")
                        .scores()
                        .getOrDefault(DocumentType.PHARMACY_NOTICE, 0.0))
                .as("a plan's response that approves relays no pharmacy's reject")
                .isLessThan(3.0);
    }

    @Test
    void lessThanWasAskedToldInTheApprovingVoiceIsADenial() {
        Classification lowered = classify("Acme Health\nCoverage Decision\nMember: Jane Roe   Reference: QE94FE36\n"
                + "Good news: we approved Dupixent for you.\nQuantity asked for: 4 pens every 28 days\n"
                + "Quantity approved: 2 pens every 28 days\nWe lowered the quantity to the amount in the label.");
        assertThat(lowered.type()).isEqualTo(DocumentType.DENIAL);
        assertThat(lowered.confident() && lowered.type() == DocumentType.APPROVAL)
                .isFalse();
        assertThat(classify("Outcome: Authorized at a lower strength. Authorized: 200 mg, 01/05/2027 to 07/04/2027.")
                        .scores()
                        .getOrDefault(DocumentType.DENIAL, 0.0))
                .isGreaterThanOrEqualTo(4.0);
        assertThat(classify("We have not lowered the quantity: Dupixent is approved as asked through 12/31/2027.")
                        .type())
                .as("a quantity not lowered is no partial decision")
                .isEqualTo(DocumentType.APPROVAL);
    }

    @Test
    void aReminderOfAnAuthorizationOnFileIsNoNewDecision() {
        Classification reminder = classify("Molina Healthcare\nAuthorization Reminder\nMember: Jane Roe   Member ID: "
                + "W334118954\nThis is a reminder that the prior authorization for Sotyktu\nis on file and active "
                + "through 11/20/2027. No action is needed at this time.");
        assertThat(reminder.type()).isEqualTo(DocumentType.OTHER);
        assertThat(reminder.confident()).isTrue();
        Classification expiring = classify("Expiring Authorization Notice\nPatient: Jane Roe\nThe authorization for "
                + "Skyrizi will end on 12/31/2026.");
        assertThat(expiring.type()).isEqualTo(DocumentType.OTHER);
        assertThat(expiring.confident()).isTrue();
        assertThat(classify("Renewal of Authorization\nPatient: Jane Roe\nAuthorization QE94FE36 for Skyrizi has been "
                                + "renewed after review of the notes sent. The renewed authorization is on file\n"
                                + "through 12/31/2027.")
                        .type())
                .as("a renewal's approval is a decision")
                .isEqualTo(DocumentType.APPROVAL);
    }

    @Test
    void aLetterCitedAndAPageOfGeneralRightsDecideNothing() {
        String rights = "\fIMPORTANT INFORMATION ABOUT YOUR RIGHTS\nIf we deny all or part of a request, you may "
                + "appeal. Ask within 60 days of the date on the denial letter.";
        Classification approval = classify("Acme Health\nMember: Jane Roe\nYour request for Taltz is approved. "
                + "Coverage runs from 01/05/2027 through 01/04/2028." + rights);
        assertThat(approval.type()).isEqualTo(DocumentType.APPROVAL);
        assertThat(approval.scores().getOrDefault(DocumentType.DENIAL, 0.0))
                .as("'the denial letter' cited is no evidence; 'you may appeal' alone is weak")
                .isLessThan(3.0);
        assertThat(classify("Acme Health\nMember: Jane Roe\nWe reviewed the request for Cosentyx and cannot approve\n"
                                + "it. The plan requires a trial of a preferred biologic." + rights)
                        .type())
                .as("the rights page behind a denial does not cancel its decision")
                .isEqualTo(DocumentType.DENIAL);
        assertThat(classify("Acme Health\nMember Handbook - Chapter 9\nIf we deny a request, you can appeal. Approved "
                                + "drugs stay covered for the period in the approval letter.")
                        .type())
                .isEqualTo(DocumentType.OTHER);
    }

    private static final String RULES_WITH_A_HOLD =
            """
            threshold: 0.5
            strongEvidence: 3
            holds:
              - { read: OTHER, evidenceFor: [APPROVAL, DENIAL], atLeast: 3 }
            types:
              APPROVAL:
                evidence:
                  - { phrase: "approved", weight: 1 }
                  - { phrase: "is covered through", weight: 3 }
              OTHER:
                evidence:
                  - { phrase: "case manager", weight: 6 }
                  - { phrase: "newsletter", weight: 12 }
            """;

    @Test
    void otherIsHeldForAPersonWhileADecisionHasEvidenceOfItsOwn() {
        // OTHER leads both times; only the letter whose approval cue is typical of an approval is held
        Classification held = classifyWith(
                RULES_WITH_A_HOLD,
                "Your case manager writes: Skyrizi is covered through 06/30/2027. Call her with questions.");
        assertThat(held.type()).isEqualTo(DocumentType.OTHER);
        assertThat(held.confidence()).isGreaterThanOrEqualTo(0.5);
        assertThat(held.confident()).isFalse();
        assertThat(held.evidence()).last().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("held for review");
            assertThat(e.matched()).isEqualTo("APPROVAL scores 3.0");
        });

        Classification hint =
                classifyWith(RULES_WITH_A_HOLD, "Newsletter: your case manager approved the new visiting hours.");
        assertThat(hint.type()).isEqualTo(DocumentType.OTHER);
        assertThat(hint.confident()).as("a hint (1) is under atLeast").isTrue();
    }

    @Test
    void aHoldNamesTheFirstTypeInTheTypesOrderWhenTwoQualify() {
        // the review reason shown to staff must not change from one run to the next: the file lists APPROVAL
        // first, the reason names DENIAL, the first of the two in the document types' order (a set that kept no
        // order named either, depending on the JVM run)
        String rules = RULES_WITH_A_HOLD.replace(
                """
                  OTHER:
                """,
                """
                  DENIAL:
                    evidence:
                      - { phrase: "is not covered", weight: 3 }
                  OTHER:
                """);
        Classification held = classifyWith(
                rules,
                "Newsletter from your case manager: Skyrizi is covered through 06/30/2027; Taltz is not covered.");
        assertThat(held.confident()).isFalse();
        assertThat(held.evidence()).last().satisfies(e -> assertThat(e.matched())
                .isEqualTo("DENIAL scores 3.0"));
    }

    private static final String RULES_WITH_A_MODEL_HOLD =
            RULES_WITH_A_HOLD.replace("atLeast: 3 }\n", "atLeast: 3 }\n  - { read: OTHER, letterModelBelow: 0.5 }\n");

    private static LetterModel.Prediction modelSays(double other, double approval) {
        Map<DocumentType, Double> p = new java.util.EnumMap<>(DocumentType.class);
        for (DocumentType t : DocumentType.values()) p.put(t, (1 - other - approval) / 3);
        p.put(DocumentType.OTHER, other);
        p.put(DocumentType.APPROVAL, approval);
        DocumentType best = other >= approval ? DocumentType.OTHER : DocumentType.APPROVAL;
        return new LetterModel.Prediction(p, best, List.of("covered"));
    }

    @Test
    void otherIsHeldWhenTheLetterModelDoesNotGiveItEvenOdds() {
        // an approval in words the rules have no cue for: only the general-mail cue speaks, and the rules read
        // OTHER; the letter model, which gives OTHER under 0.5, keeps it from being accepted
        ClassificationRules rules = ClassificationRules.from(
                RuleNode.parse(Path.of("test.yaml"), new java.io.StringReader(RULES_WITH_A_MODEL_HOLD)));
        Classification byRules = classify("Newsletter: Skyrizi is yours to fill from today until 06/30/2027.", rules);
        assertThat(byRules.type()).isEqualTo(DocumentType.OTHER);
        assertThat(byRules.confident())
                .as("the rules alone: no model, no hold on its word")
                .isTrue();

        Classification doubted = Classifier.weighed(byRules, modelSays(0.42, 0.40), rules);
        assertThat(doubted.type()).isEqualTo(DocumentType.OTHER);
        assertThat(doubted.confident()).isFalse();
        assertThat(doubted.evidence()).last().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(Classifier.HELD_FOR_REVIEW);
            assertThat(e.rule()).contains("letter model gives it less than 0.5 (line 5)");
            assertThat(e.matched()).isEqualTo("letter model: OTHER 0.42");
        });

        assertThat(Classifier.weighed(byRules, modelSays(0.70, 0.10), rules).confident())
                .as("the model shares the reading firmly")
                .isTrue();
    }

    @Test
    void rulesThatFoundEnoughOfTheirOwnAreNotHeldOnTheLetterModelsWord() {
        ClassificationRules rules = ClassificationRules.from(RuleNode.parse(
                Path.of("test.yaml"),
                new java.io.StringReader(RULES_WITH_A_MODEL_HOLD.replace(
                        "letterModelBelow: 0.5", "letterModelBelow: 0.5, rulesBelow: 15"))));
        Classification weak = classify("Newsletter: Skyrizi is yours to fill from today until 06/30/2027.", rules);
        assertThat(weak.scores().get(DocumentType.OTHER)).isLessThan(15);
        assertThat(Classifier.weighed(weak, modelSays(0.42, 0.40), rules).confident())
                .as("one cue of general mail: the model's doubt holds it")
                .isFalse();
        Classification strong =
                classify("Newsletter from your case manager: Skyrizi is yours to fill until 06/30/2027.", rules);
        assertThat(strong.scores().get(DocumentType.OTHER)).isGreaterThanOrEqualTo(15);
        assertThat(Classifier.weighed(strong, modelSays(0.42, 0.40), rules).confident())
                .isTrue();
        assertThatThrownBy(() ->
                        classifyWith(RULES_WITH_A_HOLD.replace("atLeast: 3 }", "atLeast: 3, rulesBelow: 4 }"), "text"))
                .isInstanceOf(org.priorauth.intake.rules.RuleFileException.class)
                .hasMessageContaining("rulesBelow goes with letterModelBelow");
    }

    @Test
    void aHoldOnTheLetterModelIsCheckedLikeAnyOther() {
        assertThatThrownBy(() -> classifyWith(
                        RULES_WITH_A_MODEL_HOLD.replace("letterModelBelow: 0.5", "letterModelBelow: 1.5"), "text"))
                .isInstanceOf(org.priorauth.intake.rules.RuleFileException.class)
                .hasMessageContaining("test.yaml:5")
                .hasMessageContaining("a probability");
        assertThatThrownBy(() -> classifyWith(
                        RULES_WITH_A_MODEL_HOLD.replace("letterModelBelow: 0.5", "letterModelBelow: 0.5, atLeast: 3"),
                        "text"))
                .isInstanceOf(org.priorauth.intake.rules.RuleFileException.class)
                .hasMessageContaining("test.yaml:5")
                .hasMessageContaining("not both");
    }

    @Test
    void aHoldThatNamesItsOwnTypeIsRefusedWithItsLine() {
        assertThatThrownBy(() ->
                        classifyWith(RULES_WITH_A_HOLD.replace("[APPROVAL, DENIAL]", "[APPROVAL, OTHER]"), "text"))
                .isInstanceOf(org.priorauth.intake.rules.RuleFileException.class)
                .hasMessageContaining("test.yaml:4")
                .hasMessageContaining("other types than OTHER");
    }

    @Test
    void aHeadingCueCountsOnlyInTheHeading() {
        String top = "Acme Specialty Pharmacy\nDelivery notice\n";
        String bottom = "Dear patient,\n" + "line\n".repeat(20) + "Fill it at any specialty pharmacy.\n";
        assertThat(classifyWith(RULES_WITH_STRUCTURE, top).type()).isEqualTo(DocumentType.PHARMACY_NOTICE);
        assertThat(classifyWith(RULES_WITH_STRUCTURE, bottom).confidence()).isZero();
    }

    @Test
    void aCueRightAfterANegationIsNoEvidence() {
        Classification c = classify(
                """
                The request for Skyrizi could not be approved. The plan's criteria were not met, and the
                drug is not authorized at this time. You may request an appeal.
                """);
        assertThat(c.type()).isEqualTo(DocumentType.DENIAL);
        assertThat(c.confident()).isTrue();
        // "approved" and "authorized" stand right after "not" here: nothing counts for APPROVAL
        assertThat(Classifier.classify(
                                new ExtractedText(
                                        DocumentFormat.PDF,
                                        List.of(new PageText(1, "It was not approved.", ReadMethod.TEXT_LAYER, 1))),
                                RULES)
                        .evidence())
                .noneMatch(e -> e.kind().equals("APPROVAL"));
    }

    @Test
    void criteriaTheNotesShowAreAFindingButCriteriaTheRecordsMustShowAreAnAsk() {
        Classification found = classify(
                """
                Although the first request for Taltz was denied, the new chart notes show the criteria
                are met. Coverage starts 01/05/2027 and ends 01/04/2028.
                """);
        assertThat(found.type()).isEqualTo(DocumentType.APPROVAL);
        assertThat(found.confident()).isTrue();
        Classification asked = classify(
                """
                The request for Taltz is pended. Please send chart notes that show the criteria are met
                by 12/01/2026.
                """);
        assertThat(asked.type()).isEqualTo(DocumentType.MORE_INFO_REQUEST);
        assertThat(asked.evidence()).noneMatch(e -> e.kind().equals("APPROVAL"));
    }

    @Test
    void aRequestClosedBecauseTheRecordsCameTooLateIsADenial() {
        Classification c = classify(
                """
                We asked your doctor for more records on 10/01/2026 and did not get them in time. We had
                to close the request for Dupixent as not approved.
                """);
        assertThat(c.type()).isEqualTo(DocumentType.DENIAL);
        assertThat(c.confident()).isTrue();
    }

    @Test
    void aFavourableLookupLineIsAnApprovalAndAProviderAgreementIsOtherMail() {
        Classification lookup = classify(
                "Member Jane Roe, authorization 123456\nMedication Skyrizi: FAVORABLE, 01/05/2027 to 01/04/2028\n");
        assertThat(lookup.type()).isEqualTo(DocumentType.APPROVAL);
        assertThat(lookup.evidence()).extracting(Evidence::matched).contains(": FAVORABLE");
        Classification unfavourable =
                classify("Member Jane Roe, authorization 123456\nMedication Skyrizi: UNFAVORABLE\n");
        assertThat(unfavourable.evidence()).noneMatch(e -> e.kind().equals("APPROVAL"));
        Classification contract = classify(
                """
                Contracting Department
                Your amended provider agreement is attached. Please sign and return it by the end of the month.
                """);
        assertThat(contract.type()).isEqualTo(DocumentType.OTHER);
        assertThat(contract.confident()).isTrue();
    }

    @Test
    void aPatientAskingForARefillIsNoPharmacyNoticeAndAnAuthorizationSetUpIsAnApproval() {
        Classification patient = classify(
                """
                Message from the patient portal
                I ran out of my steroid cream. Could you send a refill to my usual pharmacy? Thank you.
                """);
        assertThat(patient.type()).isEqualTo(DocumentType.OTHER);
        Classification setUp = classify(
                "Dupixent for Jane Roe is set up in our system with no limits beyond the labeled dose, through 09/30/2027.");
        assertThat(setUp.type()).isEqualTo(DocumentType.APPROVAL);
        Classification notSetUp = classify(
                "Dupixent for Jane Roe cannot be set up in our system as requested. The plan requires a trial.");
        assertThat(notSetUp.evidence()).noneMatch(e -> e.kind().equals("APPROVAL"));
    }

    @Test
    void aPeerToPeerSetBeforeTheDecisionAndRecordsForThePriorAuthorizationAreRequests() {
        Classification call = classify(
                """
                The peer-to-peer for Jane Roe is scheduled for Tuesday at 2 pm, before the Bimzelx
                (bimekizumab-bkzx) request is decided. The reviewer will call the office.
                """);
        assertThat(call.type()).isEqualTo(DocumentType.MORE_INFO_REQUEST);
        Classification records = classify(
                """
                Request for Medical Records
                To review the prior authorization for Skyrizi, send the medical records from the last two visits.
                """);
        assertThat(records.type()).isEqualTo(DocumentType.MORE_INFO_REQUEST);
        Classification pended = classify(
                """
                No decision has been made on Taltz yet. The reviewer needs the following first:
                - chart notes
                """);
        assertThat(pended.type()).isEqualTo(DocumentType.MORE_INFO_REQUEST);
        // a surgeon's records request stays other mail
        assertThat(classify("Request for medical records: please send the last three visit notes for surgery planning.")
                        .type())
                .isEqualTo(DocumentType.OTHER);
    }

    @Test
    void anItemDeniedBesideAnItemApprovedIsADenialAndAPracticesStatisticsAreOtherMail() {
        Classification items = classify(
                """
                Item 1: Dupixent starting dose - approved.
                Item 2: Dupixent dose escalation - denied. The requested dose is higher than the labeled dose.
                """);
        assertThat(items.type()).isEqualTo(DocumentType.DENIAL);
        Classification renewal =
                classify("Reauthorization of Skyrizi is complete. The next review is due by 09/30/2027.");
        assertThat(renewal.type()).isEqualTo(DocumentType.APPROVAL);
        Classification summary = classify(
                "ePA monthly summary for your practice\nRequests sent: 36. Approved: 29. Denied: 4. Pending: 3.");
        assertThat(summary.type()).isEqualTo(DocumentType.OTHER);
    }

    @Test
    void behindAFaxCoverSheetTheHeadingIsTheLetters() {
        String cover = "FAX\nTo: Dermatology clinic\nFrom: Utilization Management\nPages: 2\nConfidential.\n";
        String letter = "NOTICE OF NON-CERTIFICATION\nMember: A. Patient\nDrug: Skyrizi\nOutcome: Non-certified\n";
        Classification c = Classifier.classify(
                new ExtractedText(
                        DocumentFormat.TIFF,
                        List.of(
                                new PageText(1, cover, ReadMethod.OCR, 0.9),
                                new PageText(2, letter, ReadMethod.OCR, 0.9))),
                RULES);
        assertThat(c.type()).isEqualTo(DocumentType.DENIAL);
        assertThat(c.confident()).isTrue();
    }

    @Test
    void aLoneCoverSheetIsOtherWhoeverSentIt() {
        Classification c = classify(
                """
                FACSIMILE
                From: Acme Specialty Pharmacy
                To: Dermatology clinic
                Pages: 1 (including this cover sheet)
                Please call us with any questions.
                """);
        // read as a letter, its heading would make it the pharmacy's notice
        assertThat(c.type()).isEqualTo(DocumentType.OTHER);
    }

    @Test
    void anApprovalOfSomethingOtherThanAPriorAuthorizationIsOtherMail() {
        // a payer's decision about no drug and no authorization (a wellness program, a meeting, a network
        // application) is its general mail, which the policy calls OTHER
        Classification wellness = classify("Your request to join the wellness program has been approved.");
        Classification drug = classify("Your request for Skyrizi has been approved.");
        assertThat(drug.type()).isEqualTo(DocumentType.APPROVAL);
        assertThat(drug.confident()).isTrue();
        assertThat(wellness.type()).isEqualTo(DocumentType.OTHER);
        assertThat(wellness.evidence())
                .extracting(Evidence::kind)
                .contains("APPROVAL out of context")
                .allSatisfy(kind -> assertThat(kind).contains("out of context"));
    }

    @Test
    void anEarlierNoUndoneIsAnApprovalAndAKeptFirstDecisionOrAnUnapprovedRenewalIsADenial() {
        Classification changed = classify(
                """
                On 09/02/2026 we wrote that we could not cover Dupixent. With the records your office sent
                since then, the answer has changed: Dupixent is now covered through 09/30/2027.
                """);
        assertThat(changed.type()).isEqualTo(DocumentType.APPROVAL);
        assertThat(changed.confident()).isTrue();
        assertThat(classify("The earlier no on Skyrizi for Jane Roe has been reversed. Fills are allowed from "
                                + "10/01/2026 to 09/30/2027.")
                        .type())
                .isEqualTo(DocumentType.APPROVAL);
        assertThat(classify("Appeal Decision for Jane Roe\nFirst decision\tNot covered (09/02/2026)\n"
                                + "Appeal decision\tOverturned\nDrug\tTaltz, through 09/30/2027")
                        .type())
                .isEqualTo(DocumentType.APPROVAL);
        assertThat(classify("A second reviewer looked at the appeal for Bimzelx. We are keeping our first decision.")
                        .type())
                .isEqualTo(DocumentType.DENIAL);
        Classification renewal =
                classify("The earlier authorization of Tremfya ended. The renewal request has not been approved.");
        assertThat(renewal.type()).isEqualTo(DocumentType.DENIAL);
        assertThat(renewal.confident()).isTrue();
    }

    @Test
    void aDrugTakenOffThePriorAuthorizationListAndAClaimsAuditAreOtherMail() {
        assertThat(classify("Prior Authorization List Update\nStarting 01/01/2027, Otezla no longer needs prior "
                                + "authorization for members with plaque psoriasis. Authorizations already approved "
                                + "stay in place.")
                        .type())
                .isEqualTo(DocumentType.OTHER);
        Classification audit = classify("Claims Audit\nWe are auditing paid claims for Dupixent. Please send the "
                + "chart notes and prescriptions for the members on the enclosed list by 12/12/2026.");
        assertThat(audit.type()).isEqualTo(DocumentType.OTHER);
        // a gap in the file, put as a question, is a request
        assertThat(classify("We looked at the Cosentyx request, but the file does not show how long the patient "
                                + "used Otezla. Please tell us the dates.")
                        .type())
                .isEqualTo(DocumentType.MORE_INFO_REQUEST);
    }

    @Test
    void aReceiptThatGoesOnToAskIsARequestAndOneThatAsksNothingIsOtherMail() {
        Classification ask = classify("We received your prior authorization request for Dupixent. To complete it, "
                + "please send copies of the following by 12/01/2026:\n  1. Chart notes documenting the diagnosis");
        assertThat(ask.type()).isEqualTo(DocumentType.MORE_INFO_REQUEST);
        assertThat(ask.confident()).isTrue();
        assertThat(classify("We received the prior authorization request for Skyrizi on 10/02/2026. It is with a "
                                + "clinical reviewer now. You do not need to send anything.")
                        .type())
                .isEqualTo(DocumentType.OTHER);
        assertThat(classify("Reminder: approvals for biologics usually last 12 months. Start the renewal 30 days "
                                + "before the end date so your patients do not go without.")
                        .type())
                .isEqualTo(DocumentType.OTHER);
        assertThat(classify("You're all set: the PA you submitted for Taltz is complete and active.")
                        .type())
                .isEqualTo(DocumentType.APPROVAL);
        // the plan's coverage being active is an eligibility answer, not the authorization's status
        assertThat(classify("Prior authorization required for Dupixent; member coverage is active.")
                        .type())
                .isNotEqualTo(DocumentType.APPROVAL);
    }

    @Test
    void aPenAboveTheLimitIsADenialAndACourtesyCopyOfOneIsOtherMail() {
        Classification partial = classify("We approved one Dupixent pen a month. Your office asked for two pens a "
                + "month, and the second pen is above the plan's limit.");
        assertThat(partial.type()).isEqualTo(DocumentType.DENIAL);
        assertThat(classify("RE: Jane Roe  Case: QE94FE36\nThis is a courtesy copy of the denial letter mailed to "
                                + "the member on 10/02/2026. Nothing new has been decided.")
                        .type())
                .isEqualTo(DocumentType.OTHER);
        assertThat(classify("Reason pending: BSA not documented. Attach current BSA to the Skyrizi case in the "
                                + "portal.")
                        .type())
                .isEqualTo(DocumentType.MORE_INFO_REQUEST);
        assertThat(classify("We can't think of anything else we need. Taltz is good to go: the pharmacy can fill it.")
                        .type())
                .isEqualTo(DocumentType.APPROVAL);
    }

    @Test
    void anAuthorizationNoticeInRoutineWordsIsAnApprovalAndAPlanChangeThatMentionsApprovalsIsOtherMail() {
        assertThat(classify("NOTIFICATION OF AUTHORIZATION\nMember: Jane Roe   Auth #: QE94FE36\nService: Dupixent\n"
                                + "This authorization is not a guarantee of payment.")
                        .type())
                .isEqualTo(DocumentType.APPROVAL);
        assertThat(classify("Quick update on Jane Roe: the plan granted the formulary exception for Adbry. You do not "
                                + "need to send anything else.")
                        .type())
                .isEqualTo(DocumentType.APPROVAL);
        assertThat(classify("The continuation request for Otezla was processed.\nResult: continued coverage, "
                                + "10/23/2026 to 10/22/2027.")
                        .type())
                .isEqualTo(DocumentType.APPROVAL);
        // a notice that one is required is no approval
        assertThat(classify("Notice of authorization requirement: Dupixent needs prior authorization from 01/01/2027.")
                        .type())
                .isNotEqualTo(DocumentType.APPROVAL);
        assertThat(classify("Member: Jane Roe\nThis member moves to a new plan on 01/01/2027. Authorizations approved "
                                + "under the old plan stay valid until their end dates.")
                        .type())
                .isEqualTo(DocumentType.OTHER);
    }

    @Test
    void aDecisionThatCitesThePolicyOrSaysItIsNoBillIsStillADecision() {
        Classification met = classify("Member: Jane Roe   Auth: QE94FE36\nDupixent meets our medical policy for this "
                + "member and is approved from 11/24/2026 through 11/23/2027.\n\nThis is not a bill.");
        assertThat(met.type()).isEqualTo(DocumentType.APPROVAL);
        assertThat(classify("Patient: Jane Roe   PA: QE94FE36\nCosentyx: APPROVED 11/24/2026 - 11/23/2027\nClaims "
                                + "will show on the member's explanation of benefits as usual.")
                        .type())
                .isEqualTo(DocumentType.APPROVAL);
        assertThat(classify("Aetna\nExplanation of Benefits - This is not a bill\nService: office visit   Plan "
                                + "paid: $112.40")
                        .type())
                .isEqualTo(DocumentType.OTHER);
        assertThat(classify("Aetna\nMedical Policy Update\nFrom 01/01/2027 our policy for biologics asks for one "
                                + "topical trial instead of two.")
                        .type())
                .isEqualTo(DocumentType.OTHER);
        assertThat(classify("Re: Jane Roe, request QE94FE36\nThe status of this request changed from Pended to "
                                + "Denied. The records do not show a trial of two topical steroids before Dupixent.")
                        .type())
                .isEqualTo(DocumentType.DENIAL);
        assertThat(classify("Member: Jane Roe   Auth: QE94FE36\nBefore Dupixent can be reviewed against our medical "
                                + "policy we need:\n 1. Chart notes from the last visit")
                        .type())
                .isEqualTo(DocumentType.MORE_INFO_REQUEST);
    }

    @Test
    void aRequestThatNamesTheApprovalItStandsBeforeIsARequest() {
        assertThat(classify("Re: Jane Roe, case QE94FE36\nApproval of Dupixent depends on a TB test result from the "
                                + "last 12 months, which is not in the file. Upload it by 12/01/2026.")
                        .type())
                .isEqualTo(DocumentType.MORE_INFO_REQUEST);
        assertThat(classify("The request for Skyrizi is not approved or denied yet. The reviewer wants the "
                                + "prescriber's notes from the visit. Fax them by 12/01/2026.")
                        .type())
                .isEqualTo(DocumentType.MORE_INFO_REQUEST);
        assertThat(classify("Patient: Jane Roe   Case: QE94FE36\nDrug        Requested      Authorized\n"
                                + "Dupixent    12 months      6 months\nThe remaining 6 months are outside the "
                                + "plan's renewal rules.")
                        .type())
                .isEqualTo(DocumentType.DENIAL);
        assertThat(classify("Provider Education\nMost requests for biologics are approved on the first review when "
                                + "the BSA and the topicals tried are in the notes.")
                        .type())
                .isEqualTo(DocumentType.OTHER);
    }

    @Test
    void anAuthorizationsRecordWithNoDecisionWordAndTheRecordsThatAreNoApproval() {
        assertThat(classify("Coverage on file for Jane Roe\nDrug  Dupixent\nCoverage  On file 11/02/2026 to "
                                + "12/31/2026")
                        .type())
                .isEqualTo(DocumentType.APPROVAL);
        assertThat(classify("Pharmacy Override Confirmation\nDrug: Skyrizi\nAn override was loaded on 11/02/2026.")
                        .type())
                .isEqualTo(DocumentType.APPROVAL);
        assertThat(classify("Certification Notice\nPatient: Jane Roe   Certification No.: XM60VJ57\nService: Tremfya\n"
                                + "Quantity certified: 2 pens per 28 days")
                        .type())
                .isEqualTo(DocumentType.APPROVAL);
        // the same record with a status that ended, or read in counts, is no decision
        Classification expired = classify(
                "Authorization Detail\nItem .......... Dupixent\nStatus ........ Expired\n"
                        + "Effective ..... 01/02/2026\nExpires ....... 11/01/2026\nNote .......... No renewal request on file.");
        assertThat(expired.type()).isEqualTo(DocumentType.OTHER);
        Classification units = classify("Authorization Detail\nItem .......... Dupixent\nUnits approved: 12\n"
                + "Effective ..... 11/02/2026\nExpires ....... 11/01/2027");
        assertThat(units.type()).isEqualTo(DocumentType.APPROVAL);
        assertThat(units.confidence())
                .as("one count is an approval's, not a report's: nothing speaks against the approval")
                .isEqualTo(1.0);
        assertThat(classify("Open Requests - Report\nRequests submitted by your office in the last 30 days: 14\n"
                                + "Active authorizations: 9     Pended: 3     Closed: 2")
                        .type())
                .isEqualTo(DocumentType.OTHER);
        assertThat(classify("Authorization Detail\nItem .......... Tremfya\nStatus ........ Closed - Adverse\n"
                                + "Units ......... 0")
                        .type())
                .isEqualTo(DocumentType.DENIAL);
        assertThat(classify("Dear Jane Roe,\nYour new ID card is enclosed. Show it at your next visit.")
                        .type())
                .isEqualTo(DocumentType.OTHER);
    }

    @Test
    void aDenialWordedAsWhatThePlanWouldApproveAndAnApprovalWordedAsADenialUndone() {
        assertThat(classify("Re: Jane Roe (case QE94FE36)\nThe plan can approve Otezla, its preferred drug, for this "
                                + "member. Dupixent as written cannot be approved.")
                        .type())
                .isEqualTo(DocumentType.DENIAL);
        assertThat(classify("Member: Jane Roe   Case: QE94FE36\nThe non-certification of Skyrizi dated 10/01/2026 has "
                                + "been withdrawn after the peer-to-peer call.")
                        .type())
                .isEqualTo(DocumentType.APPROVAL);
        assertThat(classify("Regarding Jane Roe's request for Dupixent (ref QE94FE36): the quantity limit exception "
                                + "you asked for is allowed in full.")
                        .type())
                .isEqualTo(DocumentType.APPROVAL);
        assertThat(classify("Patient: Jane Roe   PA: QE94FE36\nCurrent status: Complete - approved")
                        .type())
                .isEqualTo(DocumentType.APPROVAL);
    }

    @Test
    void mailThatSpeaksOfDecisionsInGeneralIsOther() {
        assertThat(classify("Provider Services\nYour request to change the fax number on file to 555-0144 was "
                                + "approved.")
                        .type())
                .isEqualTo(DocumentType.OTHER);
        assertThat(classify("Statement of Appeal Rights\nThis page comes with every notice we send. If we deny a "
                                + "request, you may appeal within 60 days.")
                        .type())
                .isEqualTo(DocumentType.OTHER);
        assertThat(classify("Authorization Ending Soon\nMember: Jane Roe\nThe approval for Dupixent ends on "
                                + "12/31/2026. Send a renewal request 30 days before that date.")
                        .type())
                .isEqualTo(DocumentType.OTHER);
    }

    @Test
    void aQuestionTheDecisionWaitsOnIsARequestAndASurveyOrAnImagingCentresAskIsNot() {
        assertThat(classify("About Jane Roe (case QE94FE36): the prescription asks for Dupixent every week, which is "
                                + "above the label. Is this a loading dose? We need your answer by 12/01/2026.")
                        .type())
                .isEqualTo(DocumentType.MORE_INFO_REQUEST);
        assertThat(classify("Member Satisfaction Follow-up\nWe recently decided a request for one of your patients. "
                                + "Please tell us how the process went by answering three questions online.")
                        .type())
                .isEqualTo(DocumentType.OTHER);
        assertThat(classify("Riverbend Imaging Center\nPatient: Jane Roe\nTo schedule the knee MRI we need the "
                                + "ordering physician's notes. Please fax them.")
                        .type())
                .isEqualTo(DocumentType.OTHER);
        assertThat(classify("Jane Roe: Dupixent - coverage approved from 11/02/2026. Reference QE94FE36.")
                        .type())
                .isEqualTo(DocumentType.APPROVAL);
    }

    @Test
    void theAnswerARequestWaitsOnAndMailThatOnlyNamesDecisions() {
        // a phone message is office mail, unless the plan's reviewer left it and the review waits on the answer
        assertThat(classify("Phone message: please call our clinical review team at 1-800-555-0100 with the "
                                + "member's weight for the Dupixent dose. The review is waiting on your reply.")
                        .type())
                .isEqualTo(DocumentType.MORE_INFO_REQUEST);
        assertThat(classify("Patient: Jane Roe   Ref: QE94FE36\nList the dates each topical was used for Taltz. "
                                + "Respond by Jan 15, 2027.")
                        .type())
                .isEqualTo(DocumentType.MORE_INFO_REQUEST);
        assertThat(classify("Formulary Bulletin\nTaltz keeps its prior authorization; the approval criteria now "
                                + "accept one biologic instead of two.")
                        .type())
                .isEqualTo(DocumentType.OTHER);
        assertThat(classify("Message from patient Jane Roe: my Dupixent letter came but I can't tell if it was "
                                + "approved. Can someone call me?")
                        .type())
                .isEqualTo(DocumentType.OTHER);
        // the patient's plan or pharmacy sent the message, not the patient
        assertThat(classify("A message from the patient's plan: Dupixent approved, reference QE94FE36.")
                        .type())
                .isEqualTo(DocumentType.APPROVAL);
        assertThat(classify("Case QE94FE36 for Jane Roe: Skyrizi is on file for the patient from 02/01/2027 to "
                                + "01/31/2028.")
                        .type())
                .isEqualTo(DocumentType.APPROVAL);
        // another drug authorized in the requested one's place is a denial of the one requested
        assertThat(classify("Re: Jane Roe\nWe have authorized Otezla in place of Dupixent, which the plan covers "
                                + "only after a preferred drug.")
                        .type())
                .isEqualTo(DocumentType.DENIAL);
    }

    @Test
    void aPeerToPeerAboutTheDenialAndAPlansNewDrugListAreOther() {
        assertThat(classify("Peer-to-Peer Confirmation\nMember: Jane Roe\nThe peer-to-peer call regarding the denial "
                                + "of Skyrizi (risankizumab-rzaa) is set for 12/02/2026 at 9:00 AM.")
                        .type())
                .isEqualTo(DocumentType.OTHER);
        assertThat(classify("Dear Jane Roe,\nYour plan is changing next year. An updated drug list is enclosed; "
                                + "ask your doctor whether your prescriptions are on it.")
                        .type())
                .isEqualTo(DocumentType.OTHER);
    }

    @Test
    void aConditionIsNoDecisionAndWhatAReviewerOverturnsIsNoDenial() {
        Classification approval = classify("Determination: APPROVED\nApproval period: 01/05/2027 - 01/04/2028\n"
                + "If the pharmacy claim is denied, call our help desk. If your request is denied later, you may "
                + "appeal.");
        assertThat(approval.type()).isEqualTo(DocumentType.APPROVAL);
        assertThat(approval.confident()).isTrue();
        assertThat(classify("Your request for Otezla is denied. The plan's criteria were not met.")
                        .type())
                .isEqualTo(DocumentType.DENIAL);
        String external = "External Review Decision\nThe independent reviewer overturned the insurer's adverse "
                + "determination. The insurer must cover Bimzelx for this patient.";
        assertThat(classify(external).type()).isEqualTo(DocumentType.APPROVAL);
        // the denial's own cues, alone: none speaks for a denial
        Classification denialAlone = classify(
                external,
                RULES.withTypes(Map.of(DocumentType.DENIAL, RULES.types().get(DocumentType.DENIAL))));
        assertThat(denialAlone.evidence()).allMatch(e -> e.weight() <= 0);
    }

    @Test
    void aHubsBenefitsCheckRelaysADenialAndARepresentativesFormIsOther() {
        assertThat(classify("Patient Access and Reimbursement Support Center - Benefits Verification Results\n"
                                + "Patient: Jane Roe   Drug: Ebglyss\nPrior authorization required: Yes\n"
                                + "PA status: Denied. We can help the office prepare an appeal.")
                        .type())
                .isEqualTo(DocumentType.PHARMACY_NOTICE);
        assertThat(classify("Appointment of Representative\nName of party: Jane Roe\nI appoint this person to "
                                + "act for me in my claim or asserted right.")
                        .type())
                .isEqualTo(DocumentType.OTHER);
    }

    @Test
    void aCoverSheetInFrontOfALetterAndAnAuthorizationOfNothingOrOfTwoDates() {
        String cover = "FAX COVER SHEET\nTo: Dermatology   From: Cigna\nPages: 3 (including cover)\n\f\n";
        assertThat(classify(cover + "Cigna\nMember: Jane Roe\nDrug: Adbry\nQuantity approved: none\n"
                                + "Basis: step therapy not met")
                        .type())
                .isEqualTo(DocumentType.DENIAL);
        assertThat(classify(cover + "Cigna\nMember: Jane Roe\nAuthorization    Medication    From    To\n"
                                + "QE94FE36    Adbry    01/04/2027    01/03/2028")
                        .type())
                .isEqualTo(DocumentType.APPROVAL);
        assertThat(classify("FAX COVER SHEET\nTo: Dermatology   From: Cigna\nPages: 1 (including cover)\n"
                                + "Message: documents follow")
                        .type())
                .isEqualTo(DocumentType.OTHER);
    }

    @Test
    void aDocumentationRequestARenewalsFindingAPharmacysExpiredPrescriptionAndOfficeMail() {
        assertThat(classify("Aetna\nClinical Documentation Request\nMember: Jane Roe  Drug: Ebglyss\n"
                                + "Please fax: office notes. Due 01/10/2027.")
                        .type())
                .isEqualTo(DocumentType.MORE_INFO_REQUEST);
        assertThat(classify("Renewal review for Sotyktu: the chart supports ongoing therapy. Coverage runs to "
                                + "03/31/2028.")
                        .type())
                .isEqualTo(DocumentType.APPROVAL);
        assertThat(classify("Renewal review for Sotyktu: the chart does not support continued treatment.")
                        .type())
                .isNotEqualTo(DocumentType.APPROVAL);
        assertThat(classify("Renewal review for Sotyktu: the notes are insufficient to support continued treatment.")
                        .type())
                .isNotEqualTo(DocumentType.APPROVAL);
        assertThat(classify("Optum Specialty Pharmacy\nPatient: Jane Roe  Drug: Cosentyx\nThe prescription has "
                                + "expired. Please send a new one so we can continue shipping.")
                        .type())
                .isEqualTo(DocumentType.PHARMACY_NOTICE);
        assertThat(classify("Quick note from Humana provider relations: our fax line will be out of service on "
                                + "Sunday. Use the portal for urgent requests.")
                        .type())
                .isEqualTo(DocumentType.OTHER);
        assertThat(classify("Dermatology - PA Tracker\nPatient: Jane Roe  Drug: Skyrizi\nSent to Aetna 11/02. "
                                + "Approved / Denied: not yet.")
                        .type())
                .isEqualTo(DocumentType.OTHER);
    }

    @Test
    void aRecordPrintedOnRequestAnApprovalInItsTitleAndAnAppealReceived() {
        assertThat(classify("Optum Rx\nAuthorization History - Jane Roe\n2026: Taltz - approved, ended 03/01/2026\n"
                                + "Printed at the practice's request. No requests are open.")
                        .type())
                .isEqualTo(DocumentType.OTHER);
        assertThat(classify("Subject: Approval of PA request 88120455\nPatient: Jane Roe. Medication: Cibinqo. "
                                + "01/02/2027 to 01/01/2028.")
                        .type())
                .isEqualTo(DocumentType.APPROVAL);
        assertThat(classify("Subject: Appeal received\nPatient: Jane Roe. We got the appeal for Skyrizi; a new "
                                + "reviewer has it.")
                        .type())
                .isEqualTo(DocumentType.OTHER);
        assertThat(classify("Appeal Decision\nDate appeal received: 10/02/2026\nWe upheld our decision to deny "
                                + "Skyrizi. The plan's criteria were not met.")
                        .type())
                .isEqualTo(DocumentType.DENIAL);
    }

    /** A letter of several pages (text layers), read with the rules given. */
    private static Classification classifyPages(ClassificationRules rules, String... pages) {
        List<PageText> read = new java.util.ArrayList<>();
        for (int i = 0; i < pages.length; i++) read.add(new PageText(i + 1, pages[i], ReadMethod.TEXT_LAYER, 1));
        return Classifier.classify(new ExtractedText(DocumentFormat.PDF, read), rules);
    }

    private static final String RULES_WITH_ENCLOSURES =
            """
            threshold: 0.5
            strongEvidence: 3
            enclosures: { factor: 0.5 }
            types:
              DENIAL:
                evidence:
                  - { phrase: "cannot approve", weight: 4 }
              OTHER:
                evidence:
                  - { phrase: "if we deny a request", weight: 3, against: DENIAL }
            """;

    @Test
    void pagesBehindTheLettersFirstSpeakForLessAndOnlyForThemselves() {
        ClassificationRules enclosures = ClassificationRules.from(
                RuleNode.parse(Path.of("test.yaml"), new java.io.StringReader(RULES_WITH_ENCLOSURES)));
        ClassificationRules everyPageAlike = ClassificationRules.from(RuleNode.parse(
                Path.of("test.yaml"),
                new java.io.StringReader(RULES_WITH_ENCLOSURES.replace("enclosures: { factor: 0.5 }\n", ""))));
        String decision = "We reviewed the request for Skyrizi and cannot approve it.";
        String rights = "Your rights. If we deny a request, you may appeal within 60 days.";

        // the rights page behind a denial: its counter does not reach the first page, its evidence counts half
        Classification c = classifyPages(enclosures, decision, rights);
        assertThat(c.type()).isEqualTo(DocumentType.DENIAL);
        assertThat(c.scores()).containsEntry(DocumentType.DENIAL, 4.0).containsEntry(DocumentType.OTHER, 1.5);
        assertThat(c.confident()).isTrue();
        // without the setting every page counts alike: the rights page cancels the decision in front of it
        Classification alike = classifyPages(everyPageAlike, decision, rights);
        assertThat(alike.scores()).containsEntry(DocumentType.DENIAL, 1.0).containsEntry(DocumentType.OTHER, 3.0);
        // on the letter's own first page the counter speaks for the whole letter
        assertThat(classifyPages(enclosures, rights, decision).scores())
                .containsEntry(DocumentType.DENIAL, 0.0)
                .containsEntry(DocumentType.OTHER, 3.0);
        // a first page with no evidence (a general cover page) leaves the letter behind it its full weight
        assertThat(classifyPages(enclosures, "Important plan information enclosed.", decision, rights)
                        .scores())
                .containsEntry(DocumentType.DENIAL, 1.0)
                .containsEntry(DocumentType.OTHER, 3.0);
        // one page: nothing changes
        assertThat(classify(decision + "\n" + rights, enclosures).scores())
                .containsEntry(DocumentType.DENIAL, 1.0)
                .containsEntry(DocumentType.OTHER, 3.0);
        assertThatThrownBy(() -> ClassificationRules.from(RuleNode.parse(
                        Path.of("test.yaml"),
                        new java.io.StringReader(RULES_WITH_ENCLOSURES.replace("factor: 0.5", "factor: 2")))))
                .hasMessageContaining("test.yaml:3")
                .hasMessageContaining("factor must lie between 0 and 1");
    }

    @Test
    void aLetterIsReadOnItsFirstPageBeforeItsEnclosures() {
        // an appeal that overturns, with the overturned denial enclosed
        Classification approval = classifyPages(
                RULES,
                """
                Appeal Decision
                Member: Jane Roe    Appeal: A12345
                We looked at the appeal for Skyrizi again and now approve it, from 01/05/2027 to 01/04/2028.
                The earlier letter is enclosed for your records; it no longer applies.
                """,
                """
                Copy of earlier letter
                Your request for Skyrizi was denied. The records do not show a trial of two topical steroids.
                """);
        assertThat(approval.type()).isEqualTo(DocumentType.APPROVAL);
        assertThat(classify("Before we approve the request for Skyrizi, please send the chart notes.")
                        .scores()
                        .get(DocumentType.APPROVAL))
                .as("an approval still to come")
                .isZero();
        // a specialty pharmacy's cover page forwarding the plan's approval: a relayed decision
        Classification relay = classifyPages(
                RULES,
                """
                Accredo
                Fax cover - 2 pages
                To: Prescriber's office
                We are forwarding the plan's decision for Jane Roe below.
                We will ship Dupixent once the patient confirms the address.
                """,
                """
                Aetna
                Reference: QE94FE36
                The request for Dupixent is approved from 01/05/2027 to 01/04/2028.
                """);
        assertThat(relay.type()).isEqualTo(DocumentType.PHARMACY_NOTICE);
        // a request for records with the plan's questions and answers behind it
        Classification request = classifyPages(
                RULES,
                """
                Member: Jane Roe   Ref: QE94FE36
                The request for Cosentyx is incomplete. Please send the chart notes by 12/18/2026.
                """,
                """
                Questions and answers
                What happens when a request is approved? We send a letter to you and your doctor.
                What if I appeal? Once we have received your appeal, we will send our decision within 30 days.
                """);
        assertThat(request.type()).isEqualTo(DocumentType.MORE_INFO_REQUEST);
        assertThat(request.confident()).isTrue();
    }

    @Test
    void lessOrOtherThanWasAskedIsADenialAndAStatusNoteIsNoNewApproval() {
        Classification modified = classify(
                """
                Requested: Dupixent, 300 mg every week
                Determination: approved as modified - 300 mg every 2 weeks
                The weekly dose is above the labeled dose.
                """);
        assertThat(modified.type()).isEqualTo(DocumentType.DENIAL);
        assertThat(modified.confident()).isTrue();
        assertThat(classify("Case 7839210194 Skyrizi. Outcome: Approved - reduced quantity. Patient: Jane Roe")
                        .type())
                .isEqualTo(DocumentType.DENIAL);
        Classification other = classify(
                """
                Coverage has been authorized for Otezla, the plan's preferred drug. The drug your doctor asked for,
                Sotyktu, is not covered for this use.
                """);
        assertThat(other.type()).isEqualTo(DocumentType.DENIAL);
        Classification note = classify(
                """
                Member: Jane Roe    Authorization: QE94FE36
                This is not a new decision. The authorization for Taltz remains active until 10/01/2027.
                No action is needed now.
                """);
        assertThat(note.type()).isEqualTo(DocumentType.OTHER);
        assertThat(note.scores().get(DocumentType.APPROVAL)).isZero();
    }

    @Test
    void aRecordsRequestForAPriorAuthorizationIsARequestAndOneForQualityIsOther() {
        Classification forThePa = classify(
                """
                Medical Records Request - Prior Authorization
                Patient: Jane Roe    Reference: QE94FE36    Drug: Dupixent
                To complete the prior authorization review, send these records by 12/18/2026:
                  1. Office notes from the last two visits
                  2. Current BSA
                """);
        assertThat(forThePa.type()).isEqualTo(DocumentType.MORE_INFO_REQUEST);
        assertThat(forThePa.confident()).isTrue();
        assertThat(classify(
                                """
                Medical Records Request - Quality Review (HEDIS)
                Patient: Jane Roe    DOB: 01/02/1970
                For our annual quality measures, please send the records of visits in 2025.
                """)
                        .type())
                .isEqualTo(DocumentType.OTHER);
    }

    @Test
    void aClaimsStatusIsNoAuthorizationsDecision() {
        Classification paid = classify(
                """
                Your plan's summary of a claim. This is not a bill.
                Member: Jane Roe    Claim number 55120931    Provider: Riverside Dermatology
                Service: office visit 09/14/2026, Dupixent injection teaching
                Claim status: Approved - paid to provider. You owe: $25.00 copay
                """);
        assertThat(paid.type()).isEqualTo(DocumentType.OTHER);
        assertThat(paid.confident()).isTrue();
        assertThat(paid.scores().getOrDefault(DocumentType.APPROVAL, 0.0)).isLessThan(2.0);
        // the authorization's own status line still is one
        assertThat(classify("Member: Jane Roe    Case QE94FE36    Drug: Skyrizi\nRequest status: Approved")
                        .type())
                .isEqualTo(DocumentType.APPROVAL);
    }

    @Test
    void aRecapOfAnEarlierNoBeforeTheApprovalAndASurveysTellUsHow() {
        Classification approval = classify(
                """
                Member: Jane Roe    Case QE94FE36
                Previously we could not approve Taltz until the TB test came in. The test arrived on 11/02/2026 and
                we have now approved the request through 11/01/2027.
                """);
        assertThat(approval.type()).isEqualTo(DocumentType.APPROVAL);
        assertThat(approval.scores().getOrDefault(DocumentType.DENIAL, 0.0)).isZero();
        // the same words as the letter's own no still are one
        assertThat(classify("Member: Jane Roe    Case QE94FE36\nWe could not approve Taltz. The records do not show"
                                + " a trial of methotrexate.")
                        .type())
                .isEqualTo(DocumentType.DENIAL);
        Classification survey = classify(
                """
                Aetna listens
                Tell us how our prior authorization team handled your last request. Five questions, two minutes.
                """);
        assertThat(survey.scores().getOrDefault(DocumentType.MORE_INFO_REQUEST, 0.0))
                .isZero();
        assertThat(classify("Tell us how long the patient used topical steroids.")
                        .scores()
                        .getOrDefault(DocumentType.MORE_INFO_REQUEST, 0.0))
                .isPositive();
    }

    @Test
    void whatAManufacturersProgramOrAPharmacyPrintsAboutItselfMakesItTheirNotice() {
        // a program's status report that relays the plan's denial and its appeal date
        Classification hub = classify(
                """
                BRIGHTPATH ACCESS SUPPORT
                Case status report
                Patient Oswin Halvorsen     Medication Taltz
                Program case BP-448120
                The patient's plan told us on 03/01/2027 that the prior authorization was denied. The plan's
                reason: step therapy. An appeal must be filed by 04/30/2027.
                BrightPath Access Support is sponsored by Lumen Pharma. Not an insurance program.
                """);
        assertThat(hub.type()).isEqualTo(DocumentType.PHARMACY_NOTICE);
        // a pharmacy's request to the prescriber after a claim rejection
        Classification pharmacy = classify(
                """
                MILLRACE PHARMACY #0088     NCPDP 5512093
                PRESCRIBER FAX REQUEST
                PATIENT HALVORSEN, OSWIN    RX # 7712093
                The patient's insurance rejected this claim: 75 - PRIOR AUTHORIZATION REQUIRED.
                Please contact the plan to obtain prior authorization.
                This request was generated by the pharmacy. It is not a decision by the patient's health plan.
                """);
        assertThat(pharmacy.type()).isEqualTo(DocumentType.PHARMACY_NOTICE);
    }

    @Test
    void anAppealUpheldAtTheLastInternalLevelIsADenial() {
        Classification upheld = classify(
                """
                Appeal decision
                We received an appeal on 01/29/2027 about our decision to deny Tremfya.
                Decision: the original denial is upheld.
                This was the final level of internal appeal. The member may ask for an external review.
                """);
        assertThat(upheld.type()).isEqualTo(DocumentType.DENIAL);
        // "internal" in an appeal's rights is no internal memo of the practice's
        assertThat(upheld.scores().getOrDefault(DocumentType.OTHER, 0.0)).isZero();
    }

    @Test
    void anApprovalThatSaysWhatItDoesNotCoverIsStillAnApproval() {
        Classification bounded = classify(
                """
                Prior Authorization Approved
                Drug: Wezlana 45 mg syringe      Approved on 04/02/2027
                Wezlana is the plan's preferred product. Stelara and other ustekinumab products are not covered
                under this approval.
                """);
        assertThat(bounded.type()).isEqualTo(DocumentType.APPROVAL);
    }

    @Test
    void aPharmacyPreparingTheRequestAsksForNotesWithoutBeingAPayersRequest() {
        Classification preparing = classify(
                """
                Millrace Specialty Pharmacy
                Information needed to complete the prior authorization
                Our prior authorization team is preparing the request to the patient's plan. To answer the plan's
                criteria we need the following from the chart:
                * The last two office notes with a PASI score
                * Topical treatments used in the past 6 months
                Please send the chart notes by 04/09/2027. The request cannot be completed without them.
                """);
        assertThat(preparing.confident() && preparing.type() == DocumentType.MORE_INFO_REQUEST)
                .as("never accepted as the plan's request: " + preparing.type() + " " + preparing.confidence())
                .isFalse();
    }
}
