package org.priorauth.intake.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A person's corrections of fields, and the fields a new type brings back. */
class FieldsTest {

    private static final Fields FILED_AS_OTHER = new Fields(
            "Ruth Albers", null, "RA5501", null, "Aetna", "Taltz", null, null, List.of(), null, null, null, List.of());

    @Test
    void aPersonSetsClearsAndDatesFieldsByName() {
        Fields f = FILED_AS_OTHER
                .with("dateOfBirth", "04/09/1990")
                .with("memberId", " ")
                .with("requestedItems", "BSA\n\nchart notes\n");
        assertThat(f.dateOfBirth()).isEqualTo(LocalDate.of(1990, 4, 9));
        assertThat(f.memberId())
                .as("blank clears a value the letter does not hold")
                .isNull();
        assertThat(f.requestedItems()).containsExactly("BSA", "chart notes");
        assertThat(f.text("requestedItems")).isEqualTo("BSA\nchart notes");
        assertThatThrownBy(() -> f.with("deadline", "soon")).hasMessageContaining("must be a date");
        assertThatThrownBy(() -> f.with("shoeSize", "9")).hasMessageContaining("no field named");
    }

    @Test
    void aLetterRetypedAsADenialGetsBackItsDeadlineAndReasonButKeepsWhatAPersonSet() {
        Fields reread = new Fields(
                "Ruth Albers (misread)",
                null,
                null,
                null,
                null,
                null,
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 8, 28),
                List.of(),
                "no trial of a topical steroid",
                null,
                null,
                List.of(new FieldEvidence("deadline", 1, "Appeal by August 28, 2027", null)));
        Fields denial = FILED_AS_OTHER.with("decisionDate", "2027-03-02").withTypeSpecificFrom(reread);

        assertThat(denial.deadline()).isEqualTo(LocalDate.of(2027, 8, 28));
        assertThat(denial.denialReason()).isEqualTo("no trial of a topical steroid");
        assertThat(denial.decisionDate()).as("set by a person: stays").isEqualTo(LocalDate.of(2027, 3, 2));
        assertThat(denial.patientName())
                .as("only the type's own fields come back")
                .isEqualTo("Ruth Albers");
        assertThat(denial.evidence()).extracting(FieldEvidence::field).containsExactly("deadline");
    }
}
