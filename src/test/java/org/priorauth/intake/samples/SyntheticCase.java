package org.priorauth.intake.samples;

import java.time.LocalDate;

/** A made-up patient and PA request. Names are invented combinations; no real person is meant. */
public record SyntheticCase(
        String name, LocalDate dob, String memberId, String payer, String drug, String generic, String paReference) {

    String dobUs() {
        return String.format("%02d/%02d/%d", dob.getMonthValue(), dob.getDayOfMonth(), dob.getYear());
    }

    String lastFirst() {
        String[] parts = name.split(" ");
        return parts[parts.length - 1].toUpperCase() + ", " + parts[0].toUpperCase();
    }
}
