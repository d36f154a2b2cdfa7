package org.priorauth.intake.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnHeadersTest {

    @Test
    void aRowOfHeadingsOverItsValuesBecomesLabelledLines() {
        String labels = ColumnHeaders.labels(
                """
                Harborline Pharmacy Review
                CASE ID MEMBER NAME DATE OF BIRTH
                HL-20931774 . | OSTROWSKA, MARGIT 03/14/1969
                MEMBER ID GROUP PRESCRIBER
                KWV5520193-02 GRP-4410 Lionel Abernathy, MD
                PRESCRIBER NPI PRESCRIBER FAX MEDICATION
                1457700321 (555) 010-2217 Sotyktu 6 mg tablet
                """);
        assertThat(labels)
                .contains("Case id: HL-20931774\n")
                .contains("Member name: OSTROWSKA, MARGIT\n")
                .contains("Date of birth: 03/14/1969\n")
                .contains("Member id: KWV5520193-02\n")
                .contains("Group: GRP-4410\n")
                .contains("Prescriber: Lionel Abernathy, MD\n")
                .contains("Prescriber fax: (555) 010-2217\n")
                .contains("Medication: Sotyktu 6 mg tablet\n");
    }

    @Test
    void aRowThatDoesNotSplitCleanlyGivesNothing() {
        // the OCR put a space inside the member ID: its second half would become the group, and the group a name
        assertThat(ColumnHeaders.labels("MEMBER ID GROUP PRESCRIBER\nKWV55 20193-02 GRP-4410 Lionel Abernathy, MD"))
                .isEmpty();
        // prose in capitals is no row of headings
        assertThat(ColumnHeaders.labels("PLEASE SEND THE MEMBER NAME\nand the date of birth of the patient"))
                .isEmpty();
        // a date missing where the heading promises one
        assertThat(ColumnHeaders.labels("MEMBER NAME DATE OF BIRTH\nOSTROWSKA, MARGIT unknown"))
                .isEmpty();
    }
}
