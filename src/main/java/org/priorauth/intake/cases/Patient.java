package org.priorauth.intake.cases;

import java.time.LocalDate;

public record Patient(String name, LocalDate dateOfBirth, String memberId) {}
