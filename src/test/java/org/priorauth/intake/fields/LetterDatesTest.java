package org.priorauth.intake.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LetterDatesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "03/14/1979        | 1979-03-14",
                "3/4/2026          | 2026-03-04",
                "3-14-79           | 1979-03-14",
                "2026-11-02        | 2026-11-02",
                "November 16, 2026 | 2026-11-16",
                "Nov 16 2026       | 2026-11-16",
                "16 Nov 2026       | 2026-11-16",
                "Sept. 3, 2026     | 2026-09-03",
                "O3/l4/2O26        | 2026-03-14",
                "11 / 16 / 2026    | 2026-11-16",
                "15 JAN \u20182027      | 2027-01-15",
                "Feb 2, '2027      | 2027-02-02"
            })
    void readsTheFormsLettersPrint(String printed, LocalDate expected) {
        assertThat(LetterDates.parse(printed)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"13/45/2026", "02/30/2026", "Smarch 3, 2026", "", "12345"})
    void leavesImpossibleDatesEmpty(String printed) {
        assertThat(LetterDates.parse(printed)).isEmpty();
    }
}
