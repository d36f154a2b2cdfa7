package org.priorauth.intake.intake;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * A document as the API shows it (CONTRACT.md); {@code fields} and {@code evidence} as stored.
 * {@code contentType} is what the channel knew of the content (a mail body has no file name to go by).
 */
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
        String sha256,
        @JsonIgnore String contentType) {}
