package org.priorauth.intake.cases;

import java.time.Instant;

/** One prior-authorization request for one patient, drug and payer. */
public record PriorAuthCase(
        long id,
        CaseStatus status,
        Patient patient,
        String payer,
        String drug,
        String paReference,
        Instant createdAt,
        Instant statusChangedAt) {}
