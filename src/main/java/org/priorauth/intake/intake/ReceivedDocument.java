package org.priorauth.intake.intake;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** A document as the API shows it (CONTRACT.md); {@code fields} and {@code evidence} as stored. */
public record ReceivedDocument(
        long id,
        Channel channel,
        String sourceName,
        String messageId,
        Instant receivedAt,
        Integer pages,
        DocumentState state,
        String documentType,
        Double confidence,
        Long caseId,
        JsonNode fields,
        JsonNode evidence,
        String error,
        String sha256) {}
