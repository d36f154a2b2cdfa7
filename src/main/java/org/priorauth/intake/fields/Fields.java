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

    /**
     * What belongs to one type of letter only (CONTRACT.md): requested items to a request for information, a
     * denial reason to a denial, a decision date to a denial or an approval, a deadline (to appeal, to answer) to a
     * denial or a request. A pharmacy's "next dose due" is no deadline.
     */
    public Fields keepTypeSpecific(boolean isRequest, boolean isDenial, boolean isApproval) {
        boolean keepDecisionDate = isDenial || isApproval;
        boolean keepDeadline = isDenial || isRequest;
        List<FieldEvidence> kept = evidence.stream()
                .filter(e -> isRequest || !e.field().equals("requestedItems"))
                .filter(e -> isDenial || !e.field().equals("denialReason"))
                .filter(e -> keepDecisionDate || !e.field().equals("decisionDate"))
                .filter(e -> keepDeadline || !e.field().equals("deadline"))
                .toList();
        return new Fields(
                patientName,
                dateOfBirth,
                memberId,
                paReference,
                payer,
                drug,
                keepDecisionDate ? decisionDate : null,
                keepDeadline ? deadline : null,
                isRequest ? requestedItems : List.of(),
                isDenial ? denialReason : null,
                kept);
    }
}
