package org.priorauth.intake.intake;

import java.time.Instant;
import java.util.Map;

/**
 * One document as a channel hands it over: its bytes, the name it came under, and what the channel knows
 * about it (sender, subject, the mail body kept as context). Channels only produce these; the pipeline
 * does the rest.
 *
 * @param unreadableReason set when the channel could not even unpack the source (a malformed mail, a
 *     corrupt ZIP): the item still carries the raw bytes so the original is kept and the failure shown
 */
public record IntakeItem(
        Channel channel,
        String sourceName,
        byte[] content,
        String messageId,
        Instant receivedAt,
        Map<String, String> context,
        String unreadableReason) {

    public IntakeItem {
        context = context == null ? Map.of() : Map.copyOf(context);
    }

    public static IntakeItem of(Channel channel, String sourceName, byte[] content, Instant receivedAt) {
        return new IntakeItem(channel, sourceName, content, null, receivedAt, Map.of(), null);
    }

    public IntakeItem unreadable(String reason) {
        return new IntakeItem(channel, sourceName, content, messageId, receivedAt, context, reason);
    }
}
