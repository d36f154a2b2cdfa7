package org.priorauth.intake.fields;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * The fields of CONTRACT.md. Absent means the text does not say it (or says two different things); the JSON
 * form leaves absent fields out.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Fields(
        String patientName,
        LocalDate dateOfBirth,
        String memberId,
        String paReference,
        String payer,
        String drug,
        LocalDate decisionDate,
        LocalDate deadline,
        List<String> requestedItems,
        String denialReason,
        @JsonIgnore List<FieldEvidence> evidence) {

    public Fields {
        requestedItems = requestedItems == null ? List.of() : List.copyOf(requestedItems);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public static Fields none() {
        return new Fields(null, null, null, null, null, null, null, null, List.of(), null, List.of());
    }

    /** Requested items belong to a request for information, a denial reason to a denial (CONTRACT.md). */
    public Fields keepTypeSpecific(boolean keepRequestedItems, boolean keepDenialReason) {
        List<FieldEvidence> kept = evidence.stream()
                .filter(e -> keepRequestedItems || !e.field().equals("requestedItems"))
                .filter(e -> keepDenialReason || !e.field().equals("denialReason"))
                .toList();
        return new Fields(
                patientName,
                dateOfBirth,
                memberId,
                paReference,
                payer,
                drug,
                decisionDate,
                deadline,
                keepRequestedItems ? requestedItems : List.of(),
                keepDenialReason ? denialReason : null,
                kept);
    }
}
