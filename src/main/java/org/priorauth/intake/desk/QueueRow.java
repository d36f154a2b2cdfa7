package org.priorauth.intake.desk;

import java.time.Instant;
import org.priorauth.intake.intake.DocumentState;
import org.priorauth.intake.intake.ReceivedDocument;

/** One line of the review queue: enough to pick the next document without opening each. */
record QueueRow(
        long id,
        Instant receivedAt,
        String channel,
        String sourceName,
        DocumentState state,
        String type,
        Double confidence,
        String patient,
        String payer,
        String drug,
        Long caseId,
        String why) {

    static QueueRow of(ReceivedDocument d) {
        String why = d.state() == DocumentState.FAILED
                ? d.error()
                : d.evidence() == null ? null : d.evidence().path("review").asString(null);
        return new QueueRow(
                d.id(),
                d.receivedAt(),
                d.channel().name(),
                d.sourceName(),
                d.state(),
                d.documentType(),
                d.confidence(),
                text(d, "patientName"),
                text(d, "payer"),
                text(d, "drug"),
                d.caseId(),
                why);
    }

    private static String text(ReceivedDocument d, String field) {
        return d.fields() == null ? null : d.fields().path(field).asString(null);
    }

    public boolean waiting() {
        return state == DocumentState.NEEDS_REVIEW || state == DocumentState.FAILED;
    }
}
